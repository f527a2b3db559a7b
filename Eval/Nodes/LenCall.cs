namespace Golfcart;

/// <summary>
/// <c>len(x)</c>: a call of the name <c>len</c> with one argument, the commonest call in loop
/// conditions (<c>for i &lt; len(xs)</c>). While the name holds the builtin, the length of a list,
/// dict or string is read here, without the general call's steps; otherwise — <c>len</c> given
/// another value, or an argument with no length — it runs as the plain <see cref="Call"/> it is.
/// </summary>
internal sealed record LenCall(SrcPos Pos, Ident Callee, Node Arg) : Node(Pos)
{
    /// <summary>The same call as a plain <see cref="Call"/>, over the same nodes.</summary>
    public Call AsCall { get; } = new(Pos, Callee, [Arg]);

    private readonly Ident? _argVar = Arg as Ident;

    public override Value Eval(Frame frame)
    {
        var callee = Callee.Binding.Read(frame, Callee);
        if (!ReferenceEquals(callee.Obj, Builtins.LenBuiltin)) return AsCall.Eval(frame);
        var v = Ident.Operand(Arg, _argVar, frame);
        if (v.IsSignal) return v;
        var cx = frame.Cx;
        if (!Builtins.TryLength(v, out int n)) return RunBuiltin(cx, v);
        cx.Step(Pos);
        return Value.Number(n);
    }

    /// <summary><c>len(v)</c> by the builtin itself: what a value with no length (a string being built included) takes, for the builtin's error and trace.</summary>
    private Value RunBuiltin(Context cx, Value v)
    {
        int start = cx.ReserveArgs(1);
        cx.SetArg(start, v);
        return Calls.RunBuiltin(cx, Builtins.LenBuiltin, start, 1, Pos);
    }

    public override string Label => AsCall.Label;
    protected override Node[] MakeChildren() => [Callee, Arg];
}
