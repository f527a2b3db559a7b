namespace Golfcart;

/// <summary>
/// <c>for v in xs { }</c> and <c>for k, v in xs { }</c> over a list (index, element), a string
/// (index, character) or a dict (key, value). The variables are local to the loop's frame; the loop
/// sees the collection as it was when it started. Gives its iteration count.
/// </summary>
internal sealed record ForIn(SrcPos Pos, Name? KeyVar, Name ValueVar, Node Source, Block Body) : Node(Pos)
{
    /// <summary>What each iteration runs (see <see cref="Block.Unwrapped"/>).</summary>
    private readonly Node _body = Body.Unwrapped;

    /// <summary>Set by the <see cref="Resolver"/>: the loop frame's slots (the loop variables first).</summary>
    public int FrameSize { get; set; }
    public Binding? KeyBinding { get; set; }
    public Binding ValueBinding { get; set; } = null!;

    public override Value Eval(Frame frame)
    {
        var src = Source.Eval(frame);
        if (src.IsSignal) return src;
        var loop = new Frame(frame, FrameSize);
        switch (src.Obj)
        {
            case GList list: return OverList(list, loop);
            case string or StrView: return OverString(src.Str, src, loop);
            case GDict dict: return OverDict(dict, loop);
            default: throw Throw.At(Source.Pos, $"cannot loop over a {src.Type}: expected a list, string or dict");
        }
    }

    /// <summary>Runs one iteration; returns false when the loop must stop, with any signal to hand up in <paramref name="exit"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Iterate(Frame loop, Value key, Value value, ref double count, out Value exit)
    {
        exit = default;
        loop.Cx.Step(Pos);
        count++;
        KeyBinding?.Declare(loop, key);
        ValueBinding.Declare(loop, value);
        var r = _body.Eval(loop);
        if (!r.IsSignal || ReferenceEquals(r.Obj, Signal.Continue)) return true;
        if (ReferenceEquals(r.Obj, Signal.Return)) exit = r;
        return false;
    }

    private Value OverList(GList list, Frame loop)
    {
        var (items, start, n) = list.Snapshot();
        double count = 0;
        var exit = default(Value);
        for (int i = 0; i < n; i += Loops.PassesPerCall)
        {
            count += ListPasses(loop, items, start + i, i, Math.Min(Loops.PassesPerCall, n - i), out bool ended, out exit);
            if (ended) break;
        }
        list.EndSnapshot(items);
        return exit.IsSignal ? exit : Value.Number(count);
    }

    /// <summary>
    /// The passes over <paramref name="length"/> elements of a list's snapshot from
    /// <paramref name="offset"/> (list index <paramref name="index"/>), as <see cref="Iterate"/> runs
    /// each; gives the number of bodies started, with <paramref name="ended"/> set when the loop ended.
    /// </summary>
    // In its own method, called again and again, and with Iterate's steps written out so that the
    // body's call is this method's own: see Loops.PassesPerCall.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int ListPasses(Frame loop, Value[] items, int offset, int index, int length, out bool ended, out Value exit)
    {
        var cx = loop.Cx;
        for (int pass = 0; pass < length; pass++)
        {
            cx.Step(Pos);
            KeyBinding?.Declare(loop, Value.Number(index + pass));
            ValueBinding.Declare(loop, items[offset + pass]);
            var r = _body.Eval(loop);
            if (!r.IsSignal || ReferenceEquals(r.Obj, Signal.Continue)) continue;
            return Loops.End(pass + 1, ReferenceEquals(r.Obj, Signal.Return) ? r : default, out ended, out exit);
        }
        ended = false;
        exit = default;
        return length;
    }

    private Value OverString(string s, Value str, Frame loop)
    {
        double count = 0;
        var exit = default(Value);
        bool plain = str.StrLength == s.Length;
        for (int off = 0, i = 0; off < s.Length; i++)
        {
            int width = !plain && char.IsHighSurrogate(s[off]) && off + 1 < s.Length && char.IsLowSurrogate(s[off + 1]) ? 2 : 1;
            var ch = Value.String(width == 1 ? CharStrings.Get(s[off]) : s.Substring(off, 2));
            off += width;
            if (!Iterate(loop, Value.Number(i), ch, ref count, out exit)) break;
        }
        return exit.IsSignal ? exit : Value.Number(count);
    }

    private Value OverDict(GDict dict, Frame loop)
    {
        double count = 0;
        var exit = default(Value);
        foreach (var (k, v) in dict.Entries())
            if (!Iterate(loop, Value.String(k), v, ref count, out exit)) break;
        return exit.IsSignal ? exit : Value.Number(count);
    }

    public override string Label => KeyVar is null ? $"ForIn {ValueVar.Text}" : $"ForIn {KeyVar.Text}, {ValueVar.Text}";
    public override IEnumerable<Node> Children => [Source, Body];
}
