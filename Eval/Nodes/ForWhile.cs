namespace Golfcart;

/// <summary><c>for cond { }</c>, or <c>for { }</c> forever (no condition). Gives its iteration count.</summary>
internal sealed record ForWhile(SrcPos Pos, Node? Cond, Block Body) : Node(Pos), IScoped, ILoopPasses
{
    /// <summary>What each iteration runs (see <see cref="Block.Unwrapped"/>).</summary>
    private readonly Node _body = Body.Unwrapped;

    /// <summary>Set by the <see cref="Resolver"/>; 0 means the loop declares nothing and gets no frame.</summary>
    public int FrameSize { get; set; }

    public override Value Eval(Frame frame)
    {
        var loop = FrameSize == 0 ? frame : new Frame(frame, FrameSize);
        return Loops.Run(this, loop);
    }

    /// <summary>Up to <see cref="Loops.PassesPerCall"/> passes of condition and body (see <see cref="ILoopPasses"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public int RunPasses(Frame loop, out bool ended, out Value exit)
    {
        var cx = loop.Cx;
        int pass = 0;
        while (pass < Loops.PassesPerCall)
        {
            if (Cond is not null)
            {
                var c = Cond.Eval(loop);
                if (c.IsSignal) return Loops.End(pass, c, out ended, out exit);
                if (!Ops.Truth(c, "a `for` condition", Cond.Pos)) return Loops.End(pass, default, out ended, out exit);
            }
            cx.Step(Pos);
            pass++;
            var r = _body.Eval(loop);
            if (r.IsSignal)
            {
                if (ReferenceEquals(r.Obj, Signal.Break)) return Loops.End(pass, default, out ended, out exit);
                if (ReferenceEquals(r.Obj, Signal.Return)) return Loops.End(pass, r, out ended, out exit);
            }
        }
        ended = false;
        exit = default;
        return pass;
    }

    public override string Label => Cond is null ? "For (forever)" : "For (while)";
    public override IEnumerable<Node> Children => Cond is null ? [Body] : [Cond, Body];
}
