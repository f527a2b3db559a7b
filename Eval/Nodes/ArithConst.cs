namespace Golfcart;

/// <summary>
/// <c>x + 1</c>, <c>n - 1</c>, <c>k * 2</c>, <c>i % 3</c>: an <see cref="Arith"/> whose right operand is a
/// number literal (not 0 for <c>/</c> and <c>%</c>), read once at parse time instead of evaluated every time.
/// </summary>
internal sealed record ArithConst(SrcPos Pos, ArithOp Op, Node Left, Literal Constant) : Arith(Pos, Op, Left, Constant)
{
    private readonly double _k = Constant.Constant.Num;

    public override Value Eval(Frame frame)
    {
        var a = Left.Eval(frame);
        if (a.Obj is null)
        {
            return Op switch
            {
                ArithOp.Add => Value.Number(a.Num + _k),
                ArithOp.Sub => Value.Number(a.Num - _k),
                ArithOp.Mul => Value.Number(a.Num * _k),
                ArithOp.Div => Value.Number(a.Num / _k),       // made only for a non-zero constant
                _ => Value.Number(Ops.Remainder(a.Num, _k)),
            };
        }
        if (a.IsSignal) return a;
        return Ops.Arith(Op, a, Constant.Constant, Pos, frame.Cx);
    }
}
