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

    private Node[]? _children;

    /// <summary>The node's children, in the order they are evaluated; made once, for the walks over the tree.</summary>
    public Node[] Children => _children ??= MakeChildren();

    protected virtual Node[] MakeChildren() => [];

    private int _height;

    /// <summary>
    /// How many <see cref="Eval"/> calls can be nested while evaluating this node before one of
    /// them checks the stack: 1 for a leaf, one more than its deepest child otherwise. A function
    /// literal counts 1 (its body runs in a call, which checks) and so does a <see cref="StackCheck"/>.
    /// The parser reads it as it builds the tree, bottom up, to place the stack checks.
    /// </summary>
    public int Height
    {
        get
        {
            if (_height == 0)
            {
                int deepest = 0;
                if (!StartsAfresh)
                {
                    foreach (var child in Children) deepest = Math.Max(deepest, child.Height);
                }
                _height = 1 + deepest;
            }
            return _height;
        }
    }

    /// <summary>True for a node below which evaluation starts with a stack check of its own.</summary>
    protected virtual bool StartsAfresh => false;
}
