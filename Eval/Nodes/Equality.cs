namespace Golfcart;

/// <summary><c>==</c> and <c>!=</c>: never an error; see <see cref="Value.Equal"/> for the rules.</summary>
internal sealed record Equality(SrcPos Pos, bool Negated, Node Left, Node Right) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var a = Left.Eval(frame);
        if (a.IsSignal) return a;
        var b = Right.Eval(frame);
        if (b.IsSignal) return b;
        return Value.Bool(Value.Equal(a, b) != Negated);
    }

    /// <summary>As a condition: the answer without making the bool value.</summary>
    public override int Test(Frame frame, string where)
    {
        var a = Left.Eval(frame);
        if (a.IsSignal) return a.SignalCode;
        var b = Right.Eval(frame);
        if (b.IsSignal) return b.SignalCode;
        return Value.Equal(a, b) != Negated ? Ops.True : Ops.False;
    }

    public override string Label => Negated ? "Binary !=" : "Binary ==";
    protected override Node[] MakeChildren() => [Left, Right];
}
