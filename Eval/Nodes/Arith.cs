namespace Golfcart;

/// <summary><c>a + b</c>, <c>a - b</c>, <c>a * b</c>, <c>a / b</c>, <c>a % b</c>; positioned at the operator.</summary>
internal sealed record Arith(SrcPos Pos, ArithOp Op, Node Left, Node Right) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var a = Left.Eval(frame);
        if (a.IsSignal) return a;
        var b = Right.Eval(frame);
        if (b.IsSignal) return b;
        if (a.Obj is null && b.Obj is null)
        {
            switch (Op)
            {
                case ArithOp.Add: return Value.Number(a.Num + b.Num);
                case ArithOp.Sub: return Value.Number(a.Num - b.Num);
                case ArithOp.Mul: return Value.Number(a.Num * b.Num);
            }
        }
        return Ops.Arith(Op, a, b, Pos, frame.Cx);
    }

    public override string Label => $"Binary {Ops.Symbol(Op)}";
    public override IEnumerable<Node> Children => [Left, Right];
}
