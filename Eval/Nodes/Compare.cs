namespace Golfcart;

/// <summary><c>&lt; &lt;= &gt; &gt;=</c>: numbers with numbers, strings with strings (by code point).</summary>
internal record Compare(SrcPos Pos, CompareOp Op, Node Left, Node Right) : Node(Pos)
{
    /// <summary>The node for <c>l op r</c>: with a number literal on the right (<c>n &lt; 2</c>), one that skips evaluating it.</summary>
    public static Compare Make(SrcPos pos, CompareOp op, Node l, Node r) =>
        r is Literal { Constant.Obj: null } c ? new CompareConst(pos, op, l, c) : new Compare(pos, op, l, r);

    /// <summary>The operands that are variables, read without a virtual call (<see cref="Ident.Operand"/>).</summary>
    private protected readonly Ident? LeftVar = Left as Ident, RightVar = Right as Ident;

    public override Value Eval(Frame frame)
    {
        var a = Ident.Operand(Left, LeftVar, frame);
        if (a.IsSignal) return a;
        var b = Ident.Operand(Right, RightVar, frame);
        if (b.IsSignal) return b;
        if (a.Obj is null && b.Obj is null) return Value.Bool(Ops.Holds(Op, a.Num, b.Num));
        return Value.Bool(Ops.Compare(Op, a, b, Pos));
    }

    /// <summary>As a condition: the answer without making the bool value.</summary>
    public override int Test(Frame frame, string where)
    {
        var a = Ident.Operand(Left, LeftVar, frame);
        if (a.IsSignal) return a.SignalCode;
        var b = Ident.Operand(Right, RightVar, frame);
        if (b.IsSignal) return b.SignalCode;
        bool holds = a.Obj is null && b.Obj is null ? Ops.Holds(Op, a.Num, b.Num) : Ops.Compare(Op, a, b, Pos);
        return holds ? Ops.True : Ops.False;
    }

    public override string Label => $"Binary {Ops.Symbol(Op)}";
    protected override Node[] MakeChildren() => [Left, Right];
}
