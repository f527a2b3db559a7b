namespace Golfcart;

/// <summary>
/// A dict indexed by a list literal, <c>seen[[r, c]]</c>: the literal's elements are evaluated into
/// a buffer on the stack and the dict looked up with them, so no list is made for a key that is
/// only read, and only the key itself is made for a new entry. Up to four elements, the grid and
/// state keys programs write; longer literals take the ordinary path. Against making the list and
/// then its key, bfs.golf runs 0.961 of the instructions (callgrind).
/// </summary>
internal static class KeyItems
{
    public const int Most = 4;

    [System.Runtime.CompilerServices.InlineArray(Most)]
    private struct Buffer
    {
        private Value _first;
    }

    /// <summary>The elements of a key written as a list literal, if the node indexes with one short enough.</summary>
    public static Node[]? Of(Node key) => key is ListLit { Items.Length: <= Most } literal ? literal.Items : null;

    /// <summary><c>dict[[a, b]]</c>: the elements evaluated in order, then the lookup; a signal if an element gave one.</summary>
    public static Value Read(Frame frame, Node[] items, GDict dict, SrcPos pos)
    {
        var buffer = new Buffer();
        Span<Value> values = buffer;
        for (int i = 0; i < items.Length; i++)
        {
            var v = items[i].Eval(frame);
            if (v.IsSignal) return v;
            values[i] = v;
        }
        return dict.Get(values[..items.Length], pos);
    }

    /// <summary><c>dict[[a, b]] = value</c>: the elements evaluated in order, then the value, then the store; a signal if one came.</summary>
    public static Value Write(Frame frame, Node[] items, GDict dict, Node source, SrcPos pos)
    {
        var buffer = new Buffer();
        Span<Value> values = buffer;
        for (int i = 0; i < items.Length; i++)
        {
            var v = items[i].Eval(frame);
            if (v.IsSignal) return v;
            values[i] = v;
        }
        var value = source.Eval(frame);
        if (value.IsSignal) return value;
        int before = dict.Count;
        dict.Set(values[..items.Length], value, pos);
        if (dict.Count > before) frame.Cx.Alloc(48 + 16L * items.Length);
        return value;
    }
}
