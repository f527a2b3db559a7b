using System.Runtime.CompilerServices;

namespace Golfcart;

/// <summary>
/// Dicts and lists (LANGUAGE.md §11): get, equal, counts, count, unique, zip, flatten, transpose,
/// any, all.
/// </summary>
internal static partial class Builtins
{
    private static void AddCollections()
    {
        Add("get", 2, 3, Get);
        Add("equal", 2, 2, (cx, a) => Value.Bool(DeepEqual(cx, a[0], a[1])));
        Add("counts", 1, 1, Counts);
        Add("count", 2, 2, Count);
        Add("unique", 1, 1, Unique);
        Add("zip", 0, -1, Zip);
        Add("flatten", 1, 1, Flatten);
        Add("transpose", 1, 1, Transpose);
        Add("any", 1, 2, (cx, a) => AnyAll(cx, a, "any", stopAt: true), callsBack: true);
        Add("all", 1, 2, (cx, a) => AnyAll(cx, a, "all", stopAt: false), callsBack: true);
    }

    /// <summary>A new list over <paramref name="items"/>, taken as it is.</summary>
    private static Value NewList(Value[] items) => Value.FromList(new GList(items, items.Length));

    /// <summary><c>get(d, k, default?)</c> and <c>get(l, i, default?)</c>: the entry or element if there is one, else the default (nil).</summary>
    private static Value Get(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("get", a);
        var fallback = a.Length == 3 ? a[2] : Value.Nil;
        switch (a[0].Obj)
        {
            case GDict d:
            {
                if (a[1].AsList is null) args.Key(1); // checks the key's type, for the error's wording
                return d.TryGet(a[1], null, out var found) ? found : fallback;
            }
            case GList l:
            {
                double i = args.Number(1);
                if (i != Math.Floor(i) || double.IsInfinity(i)) throw args.WrongValue(1, "a whole number");
                if (i < 0) i += l.Count;
                return i >= 0 && i < l.Count ? l[(int)i] : fallback;
            }
            default:
                throw args.Wrong(0, "a dict or list");
        }
    }

    /// <summary>Compares two containers by reference, for the pairs <see cref="DeepEqual"/> has met.</summary>
    private sealed class PairComparer : IEqualityComparer<(object, object)>
    {
        public static readonly PairComparer Instance = new();
        public bool Equals((object, object) x, (object, object) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);
        public int GetHashCode((object, object) p) => HashCode.Combine(RuntimeHelpers.GetHashCode(p.Item1), RuntimeHelpers.GetHashCode(p.Item2));
    }

    /// <summary>
    /// <c>equal(a, b)</c>: lists element by element, dicts by the same keys with equal values in any
    /// order, anything else as <c>==</c>. Without recursion, so any depth works: a work list of pairs
    /// still to compare, and each pair of containers is compared once. A pair met again (a cycle, or
    /// shared structure) is taken as equal — it is being compared already, and any difference will
    /// be found there — so cyclic values compare as the same infinite trees.
    /// </summary>
    internal static bool DeepEqual(Context cx, Value a, Value b)
    {
        if (!IsContainer(a)) return Value.Equal(a, b);
        var met = new HashSet<(object, object)>(PairComparer.Instance);
        var work = new Stack<(Value, Value)>();
        work.Push((a, b));
        while (work.Count > 0)
        {
            var (x, y) = work.Pop();
            if (x.Obj!.GetType() != y.Obj?.GetType()) return false;
            if (!met.Add((x.Obj, y.Obj!))) continue;
            cx.Alloc(48);
            if (x.Obj is GList xl)
            {
                var yl = (GList)y.Obj!;
                if (xl.Count != yl.Count) return false;
                cx.Charge(1 + xl.Count / 8);
                for (int i = 0; i < xl.Count; i++)
                    if (!CompareOrPush(work, xl[i], yl[i])) return false;
            }
            else
            {
                var xd = (GDict)x.Obj;
                var yd = (GDict)y.Obj!;
                if (xd.Count != yd.Count) return false;
                cx.Charge(1 + xd.Count / 4);
                foreach (var e in xd.Entries())
                {
                    if (!yd.Has(e.Key) || !CompareOrPush(work, e.Value, yd.Get(e.Key))) return false;
                }
            }
        }
        return true;
    }

    private static bool IsContainer(in Value v) => v.AsList is not null || v.AsDict is not null;

    /// <summary>Compares two plain values now (false when they differ); a pair with a container waits in the work list.</summary>
    private static bool CompareOrPush(Stack<(Value, Value)> work, in Value x, in Value y)
    {
        if (!IsContainer(x)) return Value.Equal(x, y);
        work.Push((x, y));
        return true;
    }

    /// <summary>
    /// The dict key of each element (as <c>d[x]</c> would use), with its index; an element that cannot
    /// be a key is an error naming <paramref name="fn"/>.
    /// </summary>
    private static object ElementKey(string fn, in Value v, int index) =>
        DictKeys.TryOf(v) ?? throw Throw.Runtime(Messages.NotKeyElement(fn, v.Type, index));

    /// <summary><c>counts(l)</c>: a dict from each element (as a key) to how often it occurs, in first-seen order.</summary>
    private static Value Counts(Context cx, ReadOnlySpan<Value> a)
    {
        var items = new Args("counts", a).List(0).Span;
        cx.Charge(items.Length);
        var result = new GDict();
        for (int i = 0; i < items.Length; i++)
        {
            object key = ElementKey("counts", items[i], i);
            var seen = result.Get(key);
            if (seen.IsNil) cx.Alloc(64);
            result.Set(key, Value.Number(seen.IsNil ? 1 : seen.Num + 1));
        }
        return Value.FromDict(result);
    }

    /// <summary><c>count(list, item)</c>: the elements <c>equal</c> to item; <c>count(s, sub)</c>: non-overlapping occurrences (the empty string: length + 1, as Python).</summary>
    private static Value Count(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("count", a);
        switch (a[0].Obj)
        {
            case GList l:
            {
                // Read in place: comparing calls no function, so nothing can change the list meanwhile
                // (a copy would double the memory of counting in a big list).
                var items = l.Span;
                cx.Charge(items.Length / 8);
                int n = 0;
                foreach (var v in items) if (DeepEqual(cx, v, a[1])) n++;
                return Value.Number(n);
            }
            case string s:
            {
                string sub = args.String(1);
                cx.Charge(s.Length / 16);
                if (sub.Length == 0) return Value.Number(a[0].StrLength + 1);
                int n = 0;
                for (int at = s.IndexOf(sub, StringComparison.Ordinal); at >= 0; at = s.IndexOf(sub, at + sub.Length, StringComparison.Ordinal)) n++;
                return Value.Number(n);
            }
            default:
                throw args.Wrong(0, "a list or string");
        }
    }

    /// <summary><c>unique(l)</c>: the elements without repeats (told apart as dict keys), first occurrences in order.</summary>
    private static Value Unique(Context cx, ReadOnlySpan<Value> a)
    {
        var items = new Args("unique", a).List(0).Span;
        cx.Charge(items.Length);
        var seen = new GDict();
        var result = new GList();
        for (int i = 0; i < items.Length; i++)
        {
            object key = ElementKey("unique", items[i], i);
            if (seen.Has(key)) continue;
            cx.Alloc(80);
            seen.Set(key, Value.True);
            result.Add(items[i]);
        }
        return Value.FromList(result);
    }

    /// <summary><c>zip(a, b, …)</c>: lists of the elements at each index, as many as the shortest list has.</summary>
    private static Value Zip(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("zip", a);
        var lists = new GList[a.Length];
        int shortest = int.MaxValue;
        for (int i = 0; i < a.Length; i++)
        {
            lists[i] = args.List(i);
            shortest = Math.Min(shortest, lists[i].Count);
        }
        if (a.Length == 0) shortest = 0;
        cx.Charge(shortest * (long)a.Length);
        cx.Alloc(32 + shortest * (48 + 16L * a.Length));
        var result = new Value[shortest];
        for (int j = 0; j < shortest; j++)
        {
            var row = new Value[a.Length];
            for (int i = 0; i < a.Length; i++) row[i] = lists[i][j];
            result[j] = NewList(row);
        }
        return NewList(result);
    }

    /// <summary><c>flatten(l)</c>: one level: the elements of each list element spliced in, other elements kept.</summary>
    private static Value Flatten(Context cx, ReadOnlySpan<Value> a)
    {
        var items = new Args("flatten", a).List(0).ToArray();
        long total = 0;
        foreach (var v in items) total += v.AsList is { } inner ? inner.Count : 1;
        cx.Charge(total);
        cx.Alloc(32 + 16 * total);
        if (total > Limits.MaxElements) throw Throw.Runtime(Messages.TooMany("flatten", total, Limits.MaxElements));
        var result = new Value[total];
        int at = 0;
        foreach (var v in items)
        {
            if (v.AsList is { } inner)
            {
                inner.Span.CopyTo(result.AsSpan(at));
                at += inner.Count;
            }
            else result[at++] = v;
        }
        return NewList(result);
    }

    /// <summary><c>transpose(grid)</c>: the columns of a list of lists of equal length.</summary>
    private static Value Transpose(Context cx, ReadOnlySpan<Value> a)
    {
        var rows = new Args("transpose", a).List(0).ToArray();
        var lists = new GList[rows.Length];
        for (int r = 0; r < rows.Length; r++)
        {
            lists[r] = rows[r].AsList ?? throw Throw.Runtime(Messages.NotListElement("transpose", rows[r].Type, r));
            if (lists[r].Count != lists[0].Count) throw Throw.Runtime(Messages.RaggedRows(r, lists[r].Count, lists[0].Count));
        }
        int width = rows.Length == 0 ? 0 : lists[0].Count;
        cx.Charge(width * (long)rows.Length);
        cx.Alloc(32 + width * (48 + 16L * rows.Length));
        var columns = new Value[width];
        for (int c = 0; c < width; c++)
        {
            var column = new Value[rows.Length];
            for (int r = 0; r < rows.Length; r++) column[r] = lists[r][c];
            columns[c] = NewList(column);
        }
        return NewList(columns);
    }

    /// <summary>
    /// <c>any(l)</c> / <c>all(l)</c> on a list of bools, or with a predicate <c>any(l, f)</c> / <c>all(l, f)</c>.
    /// Stops at the first element that decides (<paramref name="stopAt"/>: true for any, false for all),
    /// as Python's do: elements after it are not looked at, and the predicate is not called on them.
    /// </summary>
    private static Value AnyAll(Context cx, ReadOnlySpan<Value> a, string fn, bool stopAt)
    {
        var args = new Args(fn, a);
        var items = args.List(0).ToArray();
        var predicate = a.Length == 2 ? args.Function(1) : default;
        var one = new Value[1];
        for (int i = 0; i < items.Length; i++)
        {
            Value test;
            if (a.Length == 2)
            {
                one[0] = items[i];
                test = CallBack(cx, predicate, one);
                if (!test.IsBool) throw Throw.Runtime(Messages.NotBoolResult(fn, test.Type));
            }
            else
            {
                test = items[i];
                if (!test.IsBool) throw Throw.Runtime(Messages.NotBoolElement(fn, test.Type, i));
                cx.Charge(1);
            }
            if (test.IsTrue == stopAt) return Value.Bool(stopAt);
        }
        return Value.Bool(!stopAt);
    }
}
