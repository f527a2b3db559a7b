namespace Golfcart;

/// <summary><c>l[i] = v</c>, <c>d[k] = v</c> (and compound forms): target and key are evaluated once.</summary>
internal sealed record AssignIndex(SrcPos Pos, Node Target, Node Key, ArithOp? Op, Node Source) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var t = Target.Eval(frame);
        if (t.IsSignal) return t;
        var k = Key.Eval(frame);
        if (k.IsSignal) return k;
        var v = Source.Eval(frame);
        if (v.IsSignal) return v;
        if (Op is null && t.AsList is { } list && Ops.TryWholeIndex(k, list.Count, out int i))
        {
            list[i] = v;
            return v;
        }
        if (Op is { } op) v = Ops.Arith(op, Ops.Index(t, k, Pos), v, Pos, frame.Cx);
        int before = t.AsDict is { } d ? d.Count : 0;
        Ops.SetIndex(t, k, v, Pos);
        if (t.AsDict is { } after && after.Count > before) frame.Cx.Alloc(48);
        return v;
    }

    public override string Label => $"AssignIndex {AssignOps.Text(Op)}";
    public override IEnumerable<Node> Children => [Target, Key, Source];
}
