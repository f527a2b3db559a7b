namespace Golfcart;

/// <summary><c>(a, b) => body</c>: evaluates to a closure over the current frame.</summary>
internal sealed record FuncLit(SrcPos Pos, Name[] Params, Node Body) : Node(Pos)
{
    /// <summary>Set by the parser when the literal is assigned straight to a name or member.</summary>
    public string? Name { get; set; }

    /// <summary>Set by the <see cref="Resolver"/>: slots in a call's frame (parameters first); 0 means no frame.</summary>
    public int FrameSize { get; set; }

    /// <summary>
    /// Set by the <see cref="Resolver"/>: true when no function literal appears in the body, so no
    /// closure can capture a call's frame and the frame can be reused once the call returns.
    /// </summary>
    public bool PoolFrame { get; set; }

    /// <summary>What a call runs: the body, a block unwrapped (see <see cref="Block.Unwrapped"/>).</summary>
    public Node Run { get; } = Body is Block b ? b.Unwrapped : Body;

    public override Value Eval(Frame frame) => Value.FromFunction(new UserFunction(this, frame));

    public override string Label =>
        $"Function {Name ?? "<anonymous>"}({string.Join(", ", Params.Select(p => p.Text))})";

    protected override Node[] MakeChildren() => [Body];

    /// <summary>Making a closure evaluates nothing below it: the body runs in a call, which checks the stack.</summary>
    protected override bool StartsAfresh => true;
}
