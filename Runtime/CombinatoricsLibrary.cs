namespace Golfcart;

/// <summary>
/// combinations, permutations and product (LANGUAGE.md §11), in the order of Python's itertools.
/// The size of the result is known in advance: one longer than <see cref="Limits.MaxElements"/> is an
/// error before anything is built, and the memory and steps are charged before too.
/// </summary>
internal static partial class Builtins
{
    private static void AddCombinatorics()
    {
        Add("combinations", 2, 2, Combinations);
        Add("permutations", 1, 2, Permutations);
        Add("product", 0, -1, Product);
    }

    /// <summary>Checks and charges a result of <paramref name="count"/> new lists of <paramref name="width"/> elements each.</summary>
    private static int ReserveResult(Context cx, string fn, double count, int width)
    {
        if (!(count <= Limits.MaxElements)) throw Throw.Runtime(Messages.TooManyResults(fn, count, Limits.MaxElements));
        long n = (long)count;
        cx.Charge(n * (1 + width));
        cx.Alloc(32 + n * (16 + 48 + 16L * width));
        return (int)n;
    }

    /// <summary>A new list of the elements of <paramref name="pool"/> at <paramref name="indexes"/>.</summary>
    private static Value Pick(Value[] pool, ReadOnlySpan<int> indexes)
    {
        var items = new Value[indexes.Length];
        for (int i = 0; i < items.Length; i++) items[i] = pool[indexes[i]];
        return NewList(items);
    }

    /// <summary>
    /// <c>combinations(l, k)</c>: every choice of k elements in their order in l, the index lists in
    /// lexicographic order; <c>k = 0</c> gives <c>[[]]</c>, <c>k &gt; len(l)</c> gives <c>[]</c>.
    /// </summary>
    private static Value Combinations(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("combinations", a);
        var pool = args.List(0).ToArray();
        double kd = args.WholeBetween(1, 0, ExactLimit, "a whole number ≥ 0");
        int n = pool.Length;
        if (kd > n) return NewList([]);
        int k = (int)kd;
        // C(n, k) by the product formula: each partial result is C(n, i + 1), a whole number, exact far past the limit.
        double count = 1;
        for (int i = 0; i < Math.Min(k, n - k) && !double.IsInfinity(count); i++) count = count * (n - i) / (i + 1);
        var result = new Value[ReserveResult(cx, "combinations", count, k)];
        var idx = new int[k];
        for (int i = 0; i < k; i++) idx[i] = i;
        for (int r = 0; ; r++)
        {
            result[r] = Pick(pool, idx);
            // the rightmost index that can still move right, then the ones after it just behind it
            int j = k - 1;
            while (j >= 0 && idx[j] == n - k + j) j--;
            if (j < 0) break;
            idx[j]++;
            for (int i = j + 1; i < k; i++) idx[i] = idx[i - 1] + 1;
        }
        return NewList(result);
    }

    /// <summary>
    /// <c>permutations(l)</c>, <c>permutations(l, k)</c>: every ordering of k of the elements (all of
    /// them by default), the index lists in lexicographic order, as itertools gives them.
    /// </summary>
    private static Value Permutations(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("permutations", a);
        var pool = args.List(0).ToArray();
        int n = pool.Length;
        double kd = a.Length == 2 ? args.WholeBetween(1, 0, ExactLimit, "a whole number ≥ 0") : n;
        if (kd > n) return NewList([]);
        int k = (int)kd;
        double count = 1;
        for (int i = 0; i < k && !double.IsInfinity(count); i++) count *= n - i;
        var result = new Value[ReserveResult(cx, "permutations", count, k)];
        // Depth-first over the positions: idx[p] is the pool index at position p, used[] the ones taken.
        var idx = new int[k];
        var used = new bool[n];
        int r = 0;
        int pos = 0;
        if (k == 0)
        {
            result[0] = NewList([]);
            return NewList(result);
        }
        idx[0] = -1;
        while (pos >= 0)
        {
            // the next free index at this position, after the one it holds
            if (idx[pos] >= 0) used[idx[pos]] = false;
            int next = idx[pos] + 1;
            while (next < n && used[next]) next++;
            if (next == n)
            {
                pos--;
                continue;
            }
            idx[pos] = next;
            used[next] = true;
            if (pos == k - 1) result[r++] = Pick(pool, idx);
            else idx[++pos] = -1;
        }
        return NewList(result);
    }

    /// <summary><c>product(a, b, …)</c>: every list of one element from each, the last list varying fastest; <c>product()</c> is <c>[[]]</c>.</summary>
    private static Value Product(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("product", a);
        var pools = new Value[a.Length][];
        double count = 1;
        for (int i = 0; i < a.Length; i++)
        {
            pools[i] = args.List(i).ToArray();
            count *= pools[i].Length;
        }
        // An empty list makes the product empty, however large the others' (even an infinite count).
        if (Array.Exists(pools, p => p.Length == 0)) return NewList([]);
        var result = new Value[ReserveResult(cx, "product", count, a.Length)];
        var idx = new int[a.Length];
        for (int r = 0; r < result.Length; r++)
        {
            var items = new Value[a.Length];
            for (int i = 0; i < items.Length; i++) items[i] = pools[i][idx[i]];
            result[r] = NewList(items);
            // an odometer: the last wheel turns every time, a wheel past its end turns the one before
            for (int i = a.Length - 1; i >= 0 && ++idx[i] == pools[i].Length; i--) idx[i] = 0;
        }
        return NewList(result);
    }
}
