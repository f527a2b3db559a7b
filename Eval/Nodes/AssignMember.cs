namespace Golfcart;

/// <summary><c>d.k = v</c> (and compound forms): sets a dict entry.</summary>
internal sealed record AssignMember(SrcPos Pos, Node Target, string Key, ArithOp? Op, Node Source) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var t = Target.Eval(frame);
        if (t.IsSignal) return t;
        var v = Source.Eval(frame);
        if (v.IsSignal) return v;
        if (Op is { } op) v = Ops.Arith(op, Ops.Member(t, Key, Pos), v, Pos, frame.Cx);
        int before = t.AsDict is { } d ? d.Count : 0;
        Ops.SetMember(t, Key, v, Pos);
        if (t.AsDict is { } after && after.Count > before) frame.Cx.Alloc(48);
        return v;
    }

    public override string Label => $"AssignMember .{Key} {AssignOps.Text(Op)}";
    protected override Node[] MakeChildren() => [Target, Source];
}
