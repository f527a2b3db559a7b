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
        if (a.Obj is null && b.Obj is null)
        {
            double x = a.Num, y = b.Num;
            bool r = Op switch
            {
                CompareOp.Less => x < y, CompareOp.LessEqual => x <= y,
                CompareOp.Greater => x > y, _ => x >= y,
            };
            return r ? Value.True : Value.False;
        }
        return Value.Bool(Ops.Compare(Op, a, b, Pos));
    }

    public override string Label => $"Binary {Ops.Symbol(Op)}";
    public override IEnumerable<Node> Children => [Left, Right];
}
