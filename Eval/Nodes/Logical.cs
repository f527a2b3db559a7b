namespace Golfcart;

/// <summary><c>and</c> / <c>or</c>: bools only, short-circuit.</summary>
internal sealed record Logical(SrcPos Pos, bool IsAnd, Node Left, Node Right) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var a = Left.Eval(frame);
        if (a.IsSignal) return a;
        bool left = Ops.Truth(a, IsAnd ? LeftAnd : LeftOr, Left);
        if (left != IsAnd) return a; // false and …, true or …
        var b = Right.Eval(frame);
        if (b.IsSignal) return b;
        Ops.Truth(b, IsAnd ? RightAnd : RightOr, Right);
        return b;
    }

    /// <summary>As a condition: the operands' answers, without making the bool value.</summary>
    public override int Test(Frame frame, string where)
    {
        int left = Left.Test(frame, IsAnd ? LeftAnd : LeftOr);
        if (left > Ops.True || (left == Ops.True) != IsAnd) return left; // a signal; false and …, true or …
        return Right.Test(frame, IsAnd ? RightAnd : RightOr);
    }

    internal const string LeftAnd = "the left operand of `and`", RightAnd = "the right operand of `and`";
    internal const string LeftOr = "the left operand of `or`", RightOr = "the right operand of `or`";

    public override string Label => IsAnd ? "Binary and" : "Binary or";
    protected override Node[] MakeChildren() => [Left, Right];
}
