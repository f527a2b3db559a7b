namespace Golfcart;

/// <summary><c>a + b</c>, <c>a - b</c>, <c>a * b</c>, <c>a / b</c>, <c>a % b</c>; positioned at the operator.</summary>
internal record Arith(SrcPos Pos, ArithOp Op, Node Left, Node Right) : Node(Pos)
{
    /// <summary>
    /// The node for <c>l op r</c>: with a number literal on the right (<c>n - 1</c>), one that skips
    /// evaluating it, and for a remainder by a whole number (<c>i % 3</c>), one that also skips the division.
    /// </summary>
    public static Arith Make(SrcPos pos, ArithOp op, Node l, Node r)
    {
        if (r is not Literal { Constant.Obj: null } c) return new Arith(pos, op, l, r);
        if (op == ArithOp.Mod && RemainderConst.Fits(c.Constant.Num)) return new RemainderConst(pos, l, c);
        return op is ArithOp.Add or ArithOp.Sub or ArithOp.Mul || c.Constant.Num != 0
            ? new ArithConst(pos, op, l, c)
            : new Arith(pos, op, l, r);
    }

    /// <summary>The operands that are variables, read without a virtual call (<see cref="Ident.Operand"/>).</summary>
    private protected readonly Ident? LeftVar = Left as Ident, RightVar = Right as Ident;

    public override Value Eval(Frame frame)
    {
        var a = Ident.Operand(Left, LeftVar, frame);
        if (a.IsSignal) return a;
        var b = Ident.Operand(Right, RightVar, frame);
        if (b.IsSignal) return b;
        if (a.Obj is null && b.Obj is null) return Ops.Numbers(Op, a.Num, b.Num, Pos);
        return Ops.Arith(Op, a, b, Pos, frame.Cx);
    }

    public override string Label => $"Binary {Ops.Symbol(Op)}";
    protected override Node[] MakeChildren() => [Left, Right];
}
