namespace Golfcart;

/// <summary>
/// Lists: range, sort, map, filter, reduce, sum, min, max, copy, and the priority queue
/// heap_push/heap_pop over a plain list.
/// </summary>
internal static partial class Builtins
{
    private static void AddLists()
    {
        Add("range", 1, 3, Range);
        Add("sort", 1, 3, Sort, callsBack: true);
        Add("map", 2, 2, Map, callsBack: true);
        Add("filter", 2, 2, Filter, callsBack: true);
        Add("reduce", 3, 3, Reduce, callsBack: true);
        Add("sum", 0, -1, Sum);
        Add("min", 1, -1, (cx, a) => Extreme(cx, a, "min", -1), callsBack: true);
        Add("max", 1, -1, (cx, a) => Extreme(cx, a, "max", 1), callsBack: true);
        Add("copy", 1, 1, Copy);
        Add("heap_push", 3, 3, HeapPush);
        Add("heap_pop", 1, 1, HeapPop);
    }

    /// <summary>Calls a function value from inside a builtin, as if from the builtin's own call site.</summary>
    private static Value CallBack(Context cx, in Value fn, ReadOnlySpan<Value> args)
    {
        if (fn.AsUserFunction is { } uf && uf.ParamCount != args.Length)
            throw Throw.Runtime(Messages.CallbackArity(cx.CurrentFunction?.Name ?? "the builtin", uf.Name, uf.ParamCount, args.Length));
        return Calls.Invoke(cx, fn, args, cx.Site);
    }

    private static Value Range(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("range", a);
        double start = 0, end, step = 1;
        if (a.Length == 1) end = args.Number(0);
        else
        {
            start = args.Number(0);
            end = args.Number(1);
            if (a.Length == 3) step = args.Number(2);
        }
        if (step == 0) throw Throw.Runtime(Messages.ZeroStep);
        if (double.IsNaN(start) || double.IsNaN(end) || double.IsNaN(step)) throw Throw.Runtime("range() bounds must be numbers, not nan");
        double count = Math.Max(0, Math.Ceiling((end - start) / step));
        cx.Alloc(32 + (long)Math.Min(count * 16, long.MaxValue / 2));
        cx.Charge((long)Math.Min(count, long.MaxValue / 2));
        if (count > Limits.MaxElements) throw Throw.Runtime(Messages.TooMany("range", count, Limits.MaxElements));
        var items = new Value[(int)count];
        for (int i = 0; i < items.Length; i++) items[i] = Value.Number(start + i * step);
        return Value.FromList(new GList(items, items.Length));
    }

    /// <summary>Orders number with number or string with string (by code point); anything else is an error.</summary>
    private static int Order(in Value x, in Value y) =>
        x.Obj is string sx ? CodePoints.Compare(sx, (string)y.Obj!) : x.Num.CompareTo(y.Num);

    /// <summary>
    /// Checks that every key is a number, every key a string or every key a list, so that a comparison
    /// can fail midway only inside key lists.
    /// </summary>
    private static void CheckOrderable(string fn, ReadOnlySpan<Value> keys)
    {
        if (keys.Length == 0) return;
        int kind = KeyKind(keys[0]);
        foreach (var k in keys)
        {
            if (KeyKind(k) < 0) throw Throw.Runtime(Messages.SortType(fn, k.Type));
            if (KeyKind(k) != kind) throw Throw.Runtime(Messages.SortMixed(fn, keys[0].Type, k.Type));
        }
    }

    /// <summary>The key of each item: <paramref name="key"/>(item), computed once each, or the item itself when key is nil.</summary>
    private static Value[] Keys(Context cx, Value[] items, Value key)
    {
        if (key.IsNil) return items;
        var keys = new Value[items.Length];
        var one = new Value[1];
        for (int i = 0; i < items.Length; i++)
        {
            one[0] = items[i];
            keys[i] = CallBack(cx, key, one).Plain; // a string still being built is made plain, so Order can read it
        }
        return keys;
    }

    /// <summary>
    /// <c>sort(l)</c>, <c>sort(l, key)</c>, <c>sort(l, key, descending)</c>: a new list, stable in
    /// either direction; <c>key</c> may be nil; each key is computed once.
    /// </summary>
    private static Value Sort(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("sort", a);
        var items = args.List(0).ToArray();
        if (a.Length >= 2 && !a[1].IsNil && a[1].Obj is not GFunction) throw args.Wrong(1, "a key function or nil");
        var keys = a.Length >= 2 ? Keys(cx, items, a[1]) : items;
        bool descending = a.Length == 3 && args.Bool(2);
        CheckOrderable("sort", keys);
        cx.Alloc(32 + 16L * items.Length);
        cx.Charge((long)(items.Length * Math.Log2(items.Length + 1)));
        int[] order;
        if (keys.Length > 0 && keys[0].AsList is not null) order = MergeSortOrder(cx, "sort", keys, descending);
        else
        {
            // Numbers or strings: no comparison can fail, so the runtime's sort does it, ties by position.
            order = new int[items.Length];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            int direction = descending ? -1 : 1;
            Array.Sort(order, (i, j) =>
            {
                int c = Math.Sign(Order(keys[i], keys[j])) * direction;
                return c != 0 ? c : i.CompareTo(j);
            });
        }
        var sorted = new Value[items.Length];
        for (int i = 0; i < sorted.Length; i++) sorted[i] = items[order[i]];
        return Value.FromList(new GList(sorted, sorted.Length));
    }

    private static Value Map(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("map", a);
        var items = args.List(0).ToArray();
        var f = args.Function(1);
        cx.Alloc(32 + 16L * items.Length);
        var result = new Value[items.Length];
        var one = new Value[1];
        for (int i = 0; i < items.Length; i++)
        {
            one[0] = items[i];
            result[i] = CallBack(cx, f, one);
        }
        return Value.FromList(new GList(result, result.Length));
    }

    private static Value Filter(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("filter", a);
        var items = args.List(0).ToArray();
        var f = args.Function(1);
        var result = new GList();
        var one = new Value[1];
        foreach (var item in items)
        {
            one[0] = item;
            var keep = CallBack(cx, f, one);
            if (!keep.IsBool) throw Throw.Runtime(Messages.NotBoolResult("filter", keep.Type));
            if (keep.IsTrue) result.Add(item);
        }
        return Value.FromList(result);
    }

    private static Value Reduce(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("reduce", a);
        var items = args.List(0).ToArray();
        var f = args.Function(1);
        var acc = a[2];
        var two = new Value[2];
        foreach (var item in items)
        {
            two[0] = acc;
            two[1] = item;
            acc = CallBack(cx, f, two);
        }
        return acc;
    }

    /// <summary>The values of <c>f(list)</c> or <c>f(a, b, …)</c>.</summary>
    private static ReadOnlySpan<Value> ListOrValues(ReadOnlySpan<Value> a) =>
        a.Length == 1 && a[0].Obj is GList l ? l.Span : a;

    private static Value Sum(Context cx, ReadOnlySpan<Value> a)
    {
        var values = ListOrValues(a);
        double total = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (!values[i].IsNumber)
                throw a.Length == 1 && a[0].Obj is GList
                    ? Throw.Runtime($"sum() expects a list of numbers, got a {values[i].Type} at index {i}")
                    : new Args("sum", a).Wrong(i, "a list or numbers");
            total += values[i].Num;
        }
        cx.Charge(values.Length / 8);
        return Value.Number(total);
    }

    /// <summary>
    /// <c>min</c> / <c>max</c> of a list or of several values, or <c>min(l, key)</c> / <c>max(l, key)</c>:
    /// the element with the smallest / largest key. The first one on ties.
    /// </summary>
    private static Value Extreme(Context cx, ReadOnlySpan<Value> a, string fn, int sign)
    {
        if (a.Length == 1 && a[0].Obj is not GList) throw new Args(fn, a).Wrong(0, "a list, or two or more numbers");
        if (a.Length == 2 && a[0].AsList is { } list && a[1].Obj is GFunction)
        {
            // min(l, key): the elements are copied, as the key function may change the list
            var items = list.ToArray();
            if (items.Length == 0) throw Throw.Runtime(Messages.Empty(fn));
            var keys = Keys(cx, items, a[1]);
            CheckOrderable(fn, keys);
            cx.Charge(items.Length / 8);
            return items[ExtremeIndex(cx, fn, keys, sign)];
        }
        var values = ListOrValues(a);
        if (values.Length == 0) throw Throw.Runtime(Messages.Empty(fn));
        CheckOrderable(fn, values);
        cx.Charge(values.Length / 8);
        return values[ExtremeIndex(cx, fn, values, sign)];
    }

    private static Value Copy(Context cx, ReadOnlySpan<Value> a)
    {
        switch (a[0].Obj)
        {
            case GList l:
            {
                cx.Charge(l.Count / 8);
                cx.Alloc(32 + 16L * l.Count);
                var items = l.ToArray();
                return Value.FromList(new GList(items, items.Length));
            }
            case GDict d:
            {
                cx.Charge(d.Count / 8);
                cx.Alloc(64 + 48L * d.Count);
                var copy = new GDict();
                foreach (var e in d.Entries()) copy.Set(e.Key, e.Value);
                return Value.FromDict(copy);
            }
            default:
                throw new Args("copy", a).Wrong(0, "a list or dict");
        }
    }

    // ---- priority queue: a binary min-heap of [priority, value] entries in a plain list ----

    private static int HeapOrder(in Value x, in Value y)
    {
        var ex = x.List;
        var ey = y.List;
        var px = ex[0];
        var py = ey[0];
        if (px.IsString != py.IsString) throw Throw.Runtime(Messages.SortMixed("heap_pop", px.Type, py.Type));
        int c = Order(px, py);
        return c != 0 ? c : ex.HeapSequence.CompareTo(ey.HeapSequence);
    }

    private static bool IsHeapEntry(in Value v) => v.Obj is GList { Count: 2 } e && (e[0].IsNumber || e[0].IsString);

    /// <summary><c>heap_push(l, priority, value)</c>: adds <c>[priority, value]</c>, keeping the smallest priority first.</summary>
    private static Value HeapPush(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("heap_push", a);
        var heap = args.List(0);
        if (!a[1].IsNumber && !a[1].IsString) throw args.Wrong(1, "a number or string priority");
        cx.Alloc(96);
        var entry = new GList(2) { HeapSequence = cx.HeapSequence++ };
        entry.Add(a[1]);
        entry.Add(a[2]);
        var item = Value.FromList(entry);
        heap.Add(item);
        int i = heap.Count - 1;
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (!IsHeapEntry(heap[parent])) throw Throw.Runtime("heap_push() needs a list used only with heap_push() and heap_pop()");
            if (HeapOrder(heap[parent], item) <= 0) break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = item;
        cx.Charge(1 + (long)Math.Log2(heap.Count));
        return Value.Nil;
    }

    /// <summary><c>heap_pop(l)</c>: removes and returns the entry with the smallest priority (ties in insertion order).</summary>
    private static Value HeapPop(Context cx, ReadOnlySpan<Value> a)
    {
        var heap = new Args("heap_pop", a).List(0);
        if (heap.Count == 0) throw Throw.Runtime(Messages.EmptyHeap);
        var top = heap[0];
        if (!IsHeapEntry(top)) throw Throw.Runtime(Messages.NotAHeap);
        var last = heap.RemoveLast();
        int n = heap.Count;
        if (n > 0)
        {
            int i = 0;
            while (true)
            {
                int child = 2 * i + 1;
                if (child >= n) break;
                if (!IsHeapEntry(heap[child])) throw Throw.Runtime(Messages.NotAHeap);
                if (child + 1 < n)
                {
                    if (!IsHeapEntry(heap[child + 1])) throw Throw.Runtime(Messages.NotAHeap);
                    if (HeapOrder(heap[child + 1], heap[child]) < 0) child++;
                }
                if (HeapOrder(last, heap[child]) <= 0) break;
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
        }
        cx.Charge(1 + (long)Math.Log2(n + 1));
        // The caller gets a fresh [priority, value] pair, not the queue's own entry.
        var entry = top.List;
        var pair = new GList(2);
        pair.Add(entry[0]);
        pair.Add(entry[1]);
        return Value.FromList(pair);
    }
}
