namespace Golfcart;

/// <summary>Unary <c>~x</c> on a whole number: -x - 1, the bits of its two's complement flipped.</summary>
internal sealed record BitNot(SrcPos Pos, Node Operand) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var v = Operand.Eval(frame);
        if (v.IsSignal) return v;
        if (v.Obj is not null) throw Throw.At(Pos, Messages.UnaryType("~", "whole number", v.Type));
        return Value.Number(Ops.BitNot(v.Num, Pos));
    }

    public override string Label => "Unary ~";
    protected override Node[] MakeChildren() => [Operand];
}
