namespace Golfcart;

/// <summary>
/// <c>for init; cond; post { }</c>: one frame for the whole loop; <c>init</c> runs in it (so an
/// assignment there follows the assignment rule). Gives the number of iterations whose body started.
/// </summary>
internal sealed record ForClassic(SrcPos Pos, Node Init, Node Cond, Node Post, Block Body) : Node(Pos), IScoped, ILoopPasses
{
    /// <summary>What each iteration runs (see <see cref="Block.Unwrapped"/>).</summary>
    private readonly Node _body = Body.Unwrapped;

    /// <summary>Set by the <see cref="Resolver"/>; 0 means the loop declares nothing and gets no frame.</summary>
    public int FrameSize { get; set; }

    public override Value Eval(Frame frame)
    {
        var loop = FrameSize == 0 ? frame : new Frame(frame, FrameSize);
        var init = Init.Eval(loop);
        if (init.IsSignal) return init;
        return Loops.Run(this, loop);
    }

    /// <summary>Up to <see cref="Loops.PassesPerCall"/> passes of condition, body, post (see <see cref="ILoopPasses"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public int RunPasses(Frame loop, out bool ended, out Value exit)
    {
        var cx = loop.Cx;
        int pass = 0;
        while (pass < Loops.PassesPerCall)
        {
            var c = Cond.Eval(loop);
            if (c.IsSignal) return Loops.End(pass, c, out ended, out exit);
            if (!Ops.Truth(c, "a `for` condition", Cond.Pos)) return Loops.End(pass, default, out ended, out exit);
            cx.Step(Pos);
            pass++;
            var r = _body.Eval(loop);
            if (r.IsSignal)
            {
                if (ReferenceEquals(r.Obj, Signal.Break)) return Loops.End(pass, default, out ended, out exit);
                if (ReferenceEquals(r.Obj, Signal.Return)) return Loops.End(pass, r, out ended, out exit);
            }
            var p = Post.Eval(loop);
            if (p.IsSignal) return Loops.End(pass, p, out ended, out exit);
        }
        ended = false;
        exit = default;
        return pass;
    }

    public override string Label => "For (init; cond; post)";
    public override IEnumerable<Node> Children => [Init, Cond, Post, Body];
}
