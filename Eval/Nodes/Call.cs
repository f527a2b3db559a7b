namespace Golfcart;

/// <summary><c>f(a, b)</c>. A user function's arguments go straight into its new frame; others use the context's argument stack.</summary>
internal sealed record Call(SrcPos Pos, Node Callee, Node[] Args) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var callee = Callee.Eval(frame);
        if (callee.IsSignal) return callee;
        var cx = frame.Cx;
        if (callee.Obj is UserFunction uf)
        {
            var ps = uf.Literal.Params;
            if (ps.Length != Args.Length) throw Throw.At(Pos, Messages.Arity(Calls.Describe(uf), ps.Length, Args.Length));
            int size = uf.Literal.FrameSize;
            var inner = size == 0 ? uf.Closure : new Frame(uf.Closure, size, ps.Length);
            for (int i = 0; i < Args.Length; i++)
            {
                var v = Args[i].Eval(frame);
                if (v.IsSignal) return v;
                inner.Slots[i] = v; // parameters are the first slots
            }
            return Calls.RunBody(cx, uf, inner, Pos);
        }
        int n = Args.Length;
        int start = cx.ReserveArgs(n);
        for (int i = 0; i < n; i++)
        {
            var v = Args[i].Eval(frame);
            if (v.IsSignal)
            {
                cx.ReleaseArgs(start);
                return v;
            }
            cx.SetArg(start + i, v);
        }
        var r = Calls.Invoke(cx, callee, cx.Args(start, n), Pos);
        cx.ReleaseArgs(start);
        return r;
    }

    public override string Label => $"Call ({Args.Length} args)";
    public override IEnumerable<Node> Children => [Callee, .. Args];
}
