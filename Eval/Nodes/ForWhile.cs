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
        var loop = FrameSize == 0 ? frame : new Frame(frame, FrameSize);
        double count = 0;
        Value exit;
        while (RunPasses(loop, ref count, out exit)) { }
        return exit.IsSignal ? exit : Value.Number(count);
    }

    /// <summary>
    /// Up to <see cref="Loops.PassesPerCall"/> passes of condition and body; true when the loop goes
    /// on, false when it ended, with any signal to hand up in <paramref name="exit"/>.
    /// </summary>
    // In its own method, called again and again: see Loops.PassesPerCall.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool RunPasses(Frame loop, ref double count, out Value exit)
    {
        exit = default;
        var cx = loop.Cx;
        for (int pass = 0; pass < Loops.PassesPerCall; pass++)
        {
            if (Cond is not null)
            {
                var c = Cond.Eval(loop);
                if (c.IsSignal)
                {
                    exit = c;
                    return false;
                }
                if (!Ops.Truth(c, "a `for` condition", Cond.Pos)) return false;
            }
            cx.Step(Pos);
            count++;
            var r = _body.Eval(loop);
            if (r.IsSignal)
            {
                if (ReferenceEquals(r.Obj, Signal.Break)) return false;
                if (ReferenceEquals(r.Obj, Signal.Return))
                {
                    exit = r;
                    return false;
                }
            }
        }
        return true;
    }

    public override string Label => Cond is null ? "For (forever)" : "For (while)";
    public override IEnumerable<Node> Children => Cond is null ? [Body] : [Cond, Body];
}
