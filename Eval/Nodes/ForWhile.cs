namespace Golfcart;

/// <summary><c>for cond { }</c>, or <c>for { }</c> forever (no condition). Gives its iteration count.</summary>
internal sealed record ForWhile(SrcPos Pos, Node? Cond, Block Body) : Node(Pos), IScoped
{
    /// <summary>What each iteration runs (see <see cref="Block.Unwrapped"/>).</summary>
    private readonly Node _body = Body.Unwrapped;

    /// <summary>Set by the <see cref="Resolver"/>; 0 means the loop declares nothing and gets no frame.</summary>
    public int FrameSize { get; set; }

    public override Value Eval(Frame frame)
    {
        var cx = frame.Cx;
        var loop = FrameSize == 0 ? frame : new Frame(frame, FrameSize);
        double count = 0;
        while (true)
        {
            if (Cond is not null)
            {
                var c = Cond.Eval(loop);
                if (c.IsSignal) return c;
                if (!Ops.Truth(c, "a `for` condition", Cond.Pos)) break;
            }
            cx.Step(Pos);
            count++;
            var r = _body.Eval(loop);
            if (r.IsSignal)
            {
                if (ReferenceEquals(r.Obj, Signal.Break)) break;
                if (ReferenceEquals(r.Obj, Signal.Return)) return r;
            }
        }
        return Value.Number(count);
    }

    public override string Label => Cond is null ? "For (forever)" : "For (while)";
    public override IEnumerable<Node> Children => Cond is null ? [Body] : [Cond, Body];
}
