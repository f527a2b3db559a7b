namespace Golfcart;

/// <summary><c>&lt; &lt;= &gt; &gt;=</c>: numbers with numbers, strings with strings (by code point).</summary>
internal sealed record Compare(SrcPos Pos, CompareOp Op, Node Left, Node Right) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var a = Left.Eval(frame);
        if (a.IsSignal) return a;
        var b = Right.Eval(frame);
        if (b.IsSignal) return b;
        return Value.Bool(Ops.Compare(Op, a, b, Pos));
    }

    public override string Label => $"Binary {Ops.Symbol(Op)}";
    public override IEnumerable<Node> Children => [Left, Right];
}
