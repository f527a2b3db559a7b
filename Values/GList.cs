namespace Golfcart;

/// <summary>
/// A Golfcart list: a growable array with a movable start, so <c>pop_left</c> is O(1).
/// A <c>for … in</c> loop takes a snapshot in O(1); a mutation while a snapshot is alive
/// copies the array first, so the loop sees the list as it was when it started.
/// </summary>
internal sealed class GList
{
    private Value[] _items;
    private int _start;
    private int _count;
    private int _snapshots;

    /// <summary>For a <c>[priority, value]</c> entry made by heap_push: its insertion number, which breaks ties.</summary>
    internal long HeapSequence;

    public GList(int capacity = 4) => _items = capacity == 0 ? [] : new Value[capacity];

    /// <summary>A list over <paramref name="items"/> (taken, not copied).</summary>
    public GList(Value[] items, int count)
    {
        for (int i = 0; i < count; i++)
            if (items[i].Obj is StrView) items[i] = items[i].Plain;
        _items = items;
        _count = count;
    }

    public static GList Of(IEnumerable<Value> values)
    {
        var arr = values.ToArray();
        return new GList(arr, arr.Length);
    }

    public int Count => _count;

    public Value this[int i]
    {
        get => _items[_start + i];
        set
        {
            BeforeWrite();
            Value.Store(ref _items[_start + i], value.Plain);
        }
    }

    public ReadOnlySpan<Value> Span => _items.AsSpan(_start, _count);

    public Value[] ToArray() => Span.ToArray();

    /// <summary>Takes an O(1) snapshot for a loop; pair with <see cref="EndSnapshot"/>.</summary>
    public (Value[] Items, int Start, int Count) Snapshot()
    {
        _snapshots++;
        return (_items, _start, _count);
    }

    public void EndSnapshot(Value[] items)
    {
        if (ReferenceEquals(items, _items) && _snapshots > 0) _snapshots--;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void BeforeWrite()
    {
        if (_snapshots != 0) CopyForSnapshots();
    }

    // Out of line: a write while a loop walks the list is rare, and the check above is inlined into every write.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void CopyForSnapshots()
    {
        _items = (Value[])_items.Clone();
        _snapshots = 0;
    }

    // Left as precompiled: called a few times per list, it is warm in list-building programs but
    // never hot, and the runtime would otherwise compile it again while the program warms up — in a
    // host with the profile-guided tier on (the .NET default; the command turns it off), twice:
    // ~13 million of the JIT thread's cycles in sort.golf, where that thread is the warm-up's
    // bottleneck (docs/performance.md, sessions 14 and 17). Compiled ahead of time (the command's
    // Native publish profile), it is simply not optimised: a few instructions around Array.Copy.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
    private void Grow(int needed)
    {
        int cap = Math.Max(needed, Math.Max(4, _count * 2));
        var fresh = new Value[cap];
        Array.Copy(_items, _start, fresh, 0, _count);
        _items = fresh;
        _start = 0;
        _snapshots = 0;
    }

    public void Add(Value v)
    {
        if (_start + _count == _items.Length) Grow(_count + 1);
        else BeforeWrite();
        Value.Store(ref _items[_start + _count++], v.Plain);
    }

    public void Insert(int index, Value v)
    {
        if (index == 0 && _start > 0)
        {
            BeforeWrite();
            _items[--_start] = v.Plain;
            _count++;
            return;
        }
        if (_start + _count == _items.Length) Grow(_count + 1);
        else BeforeWrite();
        Array.Copy(_items, _start + index, _items, _start + index + 1, _count - index);
        _items[_start + index] = v.Plain;
        _count++;
    }

    public Value RemoveAt(int index)
    {
        BeforeWrite();
        var v = _items[_start + index];
        if (index == 0)
        {
            _items[_start] = default;
            _start++;
            _count--;
            if (_count == 0) _start = 0;
            return v;
        }
        Array.Copy(_items, _start + index + 1, _items, _start + index, _count - index - 1);
        _count--;
        _items[_start + _count] = default;
        return v;
    }

    public Value RemoveLast()
    {
        BeforeWrite();
        _count--;
        var v = _items[_start + _count];
        _items[_start + _count] = default;
        return v;
    }
}
