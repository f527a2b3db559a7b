namespace Golfcart;

/// <summary>
/// An AST node. Each kind is a small sealed record with its own <see cref="Eval"/>. A node that
/// meets a control-flow <see cref="Signal"/> from a child returns it at once, unchanged.
/// </summary>
internal abstract record Node(SrcPos Pos)
{
    public abstract Value Eval(Frame frame);

    /// <summary>
    /// Evaluates this node as a condition (of an <c>if</c> or a loop, or an operand of <c>and</c>/<c>or</c>):
    /// <see cref="Ops.True"/>, <see cref="Ops.False"/>, or the <see cref="Signal.Code"/> of a signal to
    /// hand up. Anything but a bool is an error naming <paramref name="where"/>. The comparisons and
    /// <c>and</c>/<c>or</c> override it to give their answer without making a bool value to test.
    /// </summary>
    public virtual int Test(Frame frame, string where) => Ops.Test(Eval(frame), where, this);

    /// <summary>One line describing the node, for <c>golfcart ast</c>.</summary>
    public abstract string Label { get; }

    public virtual IEnumerable<Node> Children => [];
}
