namespace Golfcart;

/// <summary>List methods: <c>l.append(x)</c>, <c>l.prepend(x)</c>, <c>l.pop()</c>, <c>l.pop_left()</c>, <c>l.insert(i, x)</c>, <c>l.remove_at(i)</c>.</summary>
internal static partial class Builtins
{
    /// <summary><c>l.append(v)</c>'s work, also run inline by the <see cref="Call"/> node: charge the memory, add the value.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Append(Context cx, GList list, Value v)
    {
        cx.Alloc(16);
        list.Add(v);
    }

    private static void AddListMethods()
    {
        AddMethod("append", 1, 1, (cx, a) =>
        {
            Append(cx, a[0].List, a[1]);
            return a[0];
        });
        AddMethod("prepend", 1, 1, (cx, a) =>
        {
            cx.Alloc(16);
            a[0].List.Insert(0, a[1]);
            return a[0];
        });
        AddMethod("pop", 0, 0, (_, a) =>
        {
            var l = a[0].List;
            return l.Count == 0 ? throw Throw.Runtime(Messages.EmptyPop) : l.RemoveLast();
        });
        AddMethod("pop_left", 0, 0, (_, a) =>
        {
            var l = a[0].List;
            return l.Count == 0 ? throw Throw.Runtime(Messages.EmptyPop) : l.RemoveAt(0);
        });
        AddMethod("insert", 2, 2, (cx, a) =>
        {
            cx.Alloc(16);
            var l = a[0].List;
            int i = new Args("insert", a, isMethod: true).Integer(1);
            if (i < 0 || i > l.Count) throw Throw.Runtime(Messages.IndexRange("insert", i.ToString(), l.Count));
            l.Insert(i, a[2]);
            return a[0];
        });
        AddMethod("remove_at", 1, 1, (_, a) =>
        {
            var l = a[0].List;
            int i = new Args("remove_at", a, isMethod: true).Integer(1);
            if (i < 0 || i >= l.Count) throw Throw.Runtime(Messages.IndexRange("list", i.ToString(), l.Count));
            return l.RemoveAt(i);
        });
    }
}
