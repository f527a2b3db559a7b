namespace Golfcart;

/// <summary><c>break</c> or <c>continue</c>: hands the signal up to the nearest loop.</summary>
internal sealed record Jump(SrcPos Pos, Signal Kind) : Node(Pos)
{
    public override Value Eval(Frame frame) => Value.FromSignal(Kind);
    public override string Label => Kind.Name == "break" ? "Break" : "Continue";
}
