namespace Golfcart;

/// <summary>
/// <c>for init; cond; post { }</c>: one frame for the whole loop; <c>init</c> runs in it (so an
/// assignment there follows the assignment rule). Gives the number of iterations whose body started.
/// </summary>
internal sealed record ForClassic(SrcPos Pos, Node Init, Node Cond, Node Post, Block Body) : Node(Pos), IScoped
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
        var init = Init.Eval(loop);
        if (init.IsSignal) return init;
        return Loops.Run(Pos, Cond, _body, Post, loop);
    }

    public override string Label => "For (init; cond; post)";
    protected override Node[] MakeChildren() => [Init, Cond, Post, Body];
}
