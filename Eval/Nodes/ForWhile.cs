namespace Golfcart;

/// <summary><c>for cond { }</c>, or <c>for { }</c> forever (no condition). Gives its iteration count.</summary>
internal sealed record ForWhile(SrcPos Pos, Node? Cond, Block Body) : Node(Pos), IScoped
{
    /// <summary>What each iteration runs (see <see cref="Block.Unwrapped"/>).</summary>
    private readonly Node _body = Body.Unwrapped;

    /// <summary>Set by the <see cref="Resolver"/>; 0 means the loop declares nothing and gets no frame.</summary>
    public int FrameSize { get; set; }

    /// <summary>Set by the <see cref="Resolver"/>: the enclosing frame's slots that hold this scope's names when it has no frame of its own.</summary>
    public int LocalsFrom { get; set; }
    public int LocalsCount { get; set; }

    public override Value Eval(Frame frame)
    {
        var loop = frame.Enter(FrameSize, LocalsFrom, LocalsCount);
        return Loops.Run(Pos, Cond, _body, null, loop);
    }

    public override string Label => Cond is null ? "For (forever)" : "For (while)";
    protected override Node[] MakeChildren() => Cond is null ? [Body] : [Cond, Body];
}
