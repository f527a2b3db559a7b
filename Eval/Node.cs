namespace Golfcart;

/// <summary>
/// An AST node. Each kind is a small sealed record with its own <see cref="Eval"/>. A node that
/// meets a control-flow <see cref="Signal"/> from a child returns it at once, unchanged.
/// </summary>
internal abstract record Node(SrcPos Pos)
{
    public abstract Value Eval(Frame frame);

    /// <summary>One line describing the node, for <c>golfcart ast</c>.</summary>
    public abstract string Label { get; }

    public virtual IEnumerable<Node> Children => [];
}
