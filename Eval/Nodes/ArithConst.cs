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
        var a = Ident.Operand(Left, LeftVar, frame);
        if (a.Obj is null) return Ops.Numbers(Op, a.Num, _k, Pos);
        if (a.IsSignal) return a;
        return Ops.Arith(Op, a, Constant.Constant, Pos, frame.Cx);
    }
}
