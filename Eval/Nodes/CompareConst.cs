namespace Golfcart;

/// <summary><c>n &lt; 2</c>, <c>i &gt;= 0</c>: a <see cref="Compare"/> against a number literal, read once at parse time.</summary>
internal sealed record CompareConst(SrcPos Pos, CompareOp Op, Node Left, Literal Constant) : Compare(Pos, Op, Left, Constant)
{
    private readonly double _k = Constant.Constant.Num;

    public override Value Eval(Frame frame)
    {
        var a = Left.Eval(frame);
        if (a.Obj is null)
        {
            double x = a.Num;
            bool r = Op switch
            {
                CompareOp.Less => x < _k, CompareOp.LessEqual => x <= _k,
                CompareOp.Greater => x > _k, _ => x >= _k,
            };
            return r ? Value.True : Value.False;
        }
        if (a.IsSignal) return a;
        return Value.Bool(Ops.Compare(Op, a, Constant.Constant, Pos));
    }
}
