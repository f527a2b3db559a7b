namespace Golfcart;

/// <summary>A variable read: the nearest frame (or the globals) where the name is declared.</summary>
internal sealed record Ident(SrcPos Pos, Name Name) : Node(Pos)
{
    /// <summary>Set by the <see cref="Resolver"/>: where the name can live.</summary>
    public Binding Binding { get; set; } = null!;

    public override Value Eval(Frame frame) => Binding.Read(frame, this);

    /// <summary>
    /// The value of an operand: <paramref name="asVar"/> is the operand itself when it is a
    /// variable (a node keeps it from construction, <c>Left as Ident</c>), read here without the
    /// virtual call; any other operand is evaluated. Variables are the commonest operands, and
    /// without a profile of the program the JIT cannot make that call direct itself.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Value Operand(Node node, Ident? asVar, Frame frame) =>
        asVar is { } v ? v.Binding.Read(frame, v) : node.Eval(frame);

    public override string Label => $"Ident {Name.Text}";
}
