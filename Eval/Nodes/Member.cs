namespace Golfcart;

/// <summary><c>x.name</c>: a dict entry, or a list method bound to its list; positioned at the <c>.</c>.</summary>
internal sealed record Member(SrcPos Pos, Node Target, string Key) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var t = Target.Eval(frame);
        if (t.IsSignal) return t;
        return Ops.Member(t, Key, Pos);
    }

    public override string Label => $"Member .{Key}";
    public override IEnumerable<Node> Children => [Target];
}
