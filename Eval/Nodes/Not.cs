namespace Golfcart;

/// <summary>Unary <c>!x</c> on a bool.</summary>
internal sealed record Not(SrcPos Pos, Node Operand) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var v = Operand.Eval(frame);
        if (v.IsSignal) return v;
        if (!v.IsBool) throw Throw.At(Pos, Messages.UnaryType("!", "bool", v.Type));
        return Value.Bool(!v.AsBool);
    }

    public override string Label => "Unary !";
    protected override Node[] MakeChildren() => [Operand];
}
