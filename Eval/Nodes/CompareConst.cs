namespace Golfcart;

/// <summary><c>n &lt; 2</c>, <c>i &gt;= 0</c>: a <see cref="Compare"/> against a number literal, read once at parse time.</summary>
internal sealed record CompareConst(SrcPos Pos, CompareOp Op, Node Left, Literal Constant) : Compare(Pos, Op, Left, Constant)
{
    private readonly double _k = Constant.Constant.Num;

    public override Value Eval(Frame frame)
    {
        var a = Ident.Operand(Left, LeftVar, frame);
        if (a.Obj is null) return Value.Bool(Ops.Holds(Op, a.Num, _k));
        if (a.IsSignal) return a;
        return Value.Bool(Ops.Compare(Op, a, Constant.Constant, Pos));
    }

    public override int Test(Frame frame, string where)
    {
        var a = Ident.Operand(Left, LeftVar, frame);
        if (a.Obj is null) return Ops.Holds(Op, a.Num, _k) ? Ops.True : Ops.False;
        if (a.IsSignal) return a.SignalCode;
        return Ops.Compare(Op, a, Constant.Constant, Pos) ? Ops.True : Ops.False;
    }
}
