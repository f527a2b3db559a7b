namespace Golfcart;

/// <summary><c>x[i]</c> on a list, string or dict; positioned at the <c>[</c>.</summary>
internal sealed record Index(SrcPos Pos, Node Target, Node Key) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var t = Target.Eval(frame);
        if (t.IsSignal) return t;
        var k = Key.Eval(frame);
        if (k.IsSignal) return k;
        if (t.Obj is GList list && Ops.TryWholeIndex(k, list.Count, out int i)) return list[i];
        return Ops.Index(t, k, Pos);
    }

    public override string Label => "Index";
    public override IEnumerable<Node> Children => [Target, Key];
}
