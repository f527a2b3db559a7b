namespace Golfcart;

/// <summary>Unary <c>-x</c> on a number.</summary>
internal sealed record Negate(SrcPos Pos, Node Operand) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var v = Operand.Eval(frame);
        if (v.IsSignal) return v;
        if (v.Obj is not null) throw Throw.At(Pos, Messages.UnaryType("-", "number", v.Type));
        return Value.Number(-v.Num);
    }

    public override string Label => "Unary -";
    protected override Node[] MakeChildren() => [Operand];
}
