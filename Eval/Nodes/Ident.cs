namespace Golfcart;

/// <summary>A variable read: the nearest frame (or the globals) where the name is declared.</summary>
internal sealed record Ident(SrcPos Pos, Name Name) : Node(Pos)
{
    /// <summary>Set by the <see cref="Resolver"/>: where the name can live.</summary>
    public Binding Binding { get; set; } = null!;

    public override Value Eval(Frame frame) => Binding.Read(frame, this);

    public override string Label => $"Ident {Name.Text}";
}
