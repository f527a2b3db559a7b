namespace Golfcart;

/// <summary>A variable read: the nearest frame that has the name.</summary>
internal sealed record Ident(SrcPos Pos, Name Name) : Node(Pos)
{
    public override Value Eval(Frame frame) =>
        frame.TryLookup(Name, out var v) ? v : throw Throw.At(Pos, Messages.Undefined(Name.Text));

    public override string Label => $"Ident {Name.Text}";
}
