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

    public override Value Eval(Frame frame)
    {
        var cx = frame.Cx;
        var loop = FrameSize == 0 ? frame : new Frame(frame, FrameSize);
        var init = Init.Eval(loop);
        if (init.IsSignal) return init;
        double count = 0;
        while (true)
        {
            var c = Cond.Eval(loop);
            if (c.IsSignal) return c;
            if (!(c.Obj == (object)Value.BoolTag ? c.Num != 0 : Ops.Truth(c, "a `for` condition", Cond.Pos))) break;
            cx.Step(Pos);
            count++;
            var r = _body.Eval(loop);
            if (r.IsSignal)
            {
                if (ReferenceEquals(r.Obj, Signal.Break)) break;
                if (ReferenceEquals(r.Obj, Signal.Return)) return r;
            }
            var p = Post.Eval(loop);
            if (p.IsSignal) return p;
        }
        return Value.Number(count);
    }

    public override string Label => "For (init; cond; post)";
    public override IEnumerable<Node> Children => [Init, Cond, Post, Body];
}
