namespace Golfcart;

/// <summary><c>and</c> / <c>or</c>: bools only, short-circuit.</summary>
internal sealed record Logical(SrcPos Pos, bool IsAnd, Node Left, Node Right) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        string op = IsAnd ? "and" : "or";
        var a = Left.Eval(frame);
        if (a.IsSignal) return a;
        bool left = Ops.Truth(a, $"the left operand of `{op}`", Left.Pos);
        if (left != IsAnd) return a; // false and …, true or …
        var b = Right.Eval(frame);
        if (b.IsSignal) return b;
        Ops.Truth(b, $"the right operand of `{op}`", Right.Pos);
        return b;
    }

    public override string Label => IsAnd ? "Binary and" : "Binary or";
    public override IEnumerable<Node> Children => [Left, Right];
}
