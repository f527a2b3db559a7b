namespace Golfcart;

/// <summary>A variable read: the nearest frame (or the globals) where the name is declared.</summary>
internal sealed record Ident(SrcPos Pos, Name Name) : Node(Pos)
{
    /// <summary>Set by the <see cref="Resolver"/>: where the name can live.</summary>
    public Binding Binding { get; set; } = null!;

    public override Value Eval(Frame frame) => Binding.Read(frame, this);

    // Out of line: this node is inlined into many others, and the error is rare.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal GolfcartRuntimeException Undefined() => Throw.At(Pos, Messages.Undefined(Name.Text));

    public override string Label => $"Ident {Name.Text}";
}
