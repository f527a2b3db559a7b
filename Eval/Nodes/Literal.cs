namespace Golfcart;

/// <summary>A number, string, bool or nil written in the source.</summary>
internal sealed record Literal(SrcPos Pos, Value Constant) : Node(Pos)
{
    public override Value Eval(Frame frame) => Constant;
    public override string Label => $"Literal {Display.Repr(Constant)}";
}
