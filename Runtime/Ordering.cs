using System.Runtime.CompilerServices;

namespace Golfcart;

/// <summary>
/// Sort keys (LANGUAGE.md §11): a number, a string or a key list. Key lists compare element by
/// element — numbers with numbers, strings with strings, lists with lists, a shorter prefix first —
/// and two different types at one position are an error when a comparison meets them.
/// </summary>
internal static partial class Builtins
{
    /// <summary>Whether a top-level key is a number (0), a string (1), a list (2), or none of them (-1).</summary>
    private static int KeyKind(in Value v) => v.IsNumber ? 0 : v.IsString ? 1 : v.AsList is not null ? 2 : -1;

    /// <summary>How deeply key lists may nest inside each other in a comparison: deeper ones most likely contain themselves.</summary>
    private const int MaxKeyDepth = 10_000;

    /// <summary>Compares two keys of the same kind (see <see cref="CheckOrderable"/>); key lists may fail midway.</summary>
    private static int CompareKeys(Context cx, string fn, in Value x, in Value y) =>
        x.AsList is { } xl ? CompareKeyLists(cx, fn, xl, y.List, 1) : Order(x, y);

    /// <summary>Key lists in lexicographic order, element by element; each element compared is a step.</summary>
    private static int CompareKeyLists(Context cx, string fn, GList x, GList y, int depth)
    {
        if (depth > MaxKeyDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Throw.Runtime(Messages.SortKeyTooDeep(fn));
        int n = Math.Min(x.Count, y.Count);
        cx.Charge(n);
        for (int i = 0; i < n; i++)
        {
            Value a = x[i], b = y[i];
            int kind = KeyKind(a);
            if (kind != KeyKind(b)) throw Throw.Runtime(Messages.SortMixedInList(fn, a.Type, b.Type, i));
            if (kind < 0) throw Throw.Runtime(Messages.SortTypeInList(fn, a.Type, i));
            int c = kind == 2 ? CompareKeyLists(cx, fn, a.List, b.List, depth + 1) : Order(a, b);
            if (c != 0) return c;
        }
        return x.Count.CompareTo(y.Count);
    }

    /// <summary>
    /// The indexes of <paramref name="keys"/> in key order (descending when <paramref name="descending"/>),
    /// equal keys in their original order. A merge sort: stable by itself, it compares pairs in an
    /// order that does not depend on the runtime, and an error in a comparison simply propagates.
    /// </summary>
    private static int[] MergeSortOrder(Context cx, string fn, Value[] keys, bool descending)
    {
        int n = keys.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        var scratch = new int[n];
        for (int width = 1; width < n; width *= 2)
        {
            for (int lo = 0; lo < n; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, n), hi = Math.Min(lo + 2 * width, n);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                {
                    int c = CompareKeys(cx, fn, keys[order[i]], keys[order[j]]);
                    // the left run came first: on a tie it goes first, whichever the direction
                    bool right = descending ? c < 0 : c > 0;
                    scratch[k++] = right ? order[j++] : order[i++];
                }
                while (i < mid) scratch[k++] = order[i++];
                while (j < hi) scratch[k++] = order[j++];
            }
            (order, scratch) = (scratch, order);
        }
        return order;
    }

    /// <summary>The index of the smallest key (<paramref name="sign"/> -1) or the largest (1); the first one on ties.</summary>
    private static int ExtremeIndex(Context cx, string fn, ReadOnlySpan<Value> keys, int sign)
    {
        int best = 0;
        for (int i = 1; i < keys.Length; i++)
            if (Math.Sign(CompareKeys(cx, fn, keys[i], keys[best])) == sign) best = i;
        return best;
    }
}
