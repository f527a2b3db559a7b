namespace Golfcart;

/// <summary><c>f(a, b)</c>. A user function's arguments go straight into its new frame; others use the context's argument stack.</summary>
internal sealed record Call(SrcPos Pos, Node Callee, Node[] Args) : Node(Pos)
{
    /// <summary>The node for <c>callee(args)</c>: <c>len(x)</c> gets one that reads a length directly (<see cref="LenCall"/>).</summary>
    public static Node Make(SrcPos pos, Node callee, Node[] args) =>
        callee is Ident { Name.Text: "len" } name && args.Length == 1 ? new LenCall(pos, name, args[0]) : new Call(pos, callee, args);

    /// <summary>When the callee is <c>x.name</c>: a list method is called on x directly, without making a bound function.</summary>
    private readonly Member? _method = Callee as Member;

    /// <summary>The callee when it is a name (<c>f(x)</c>), read without a virtual call (<see cref="Ident.Operand"/>).</summary>
    private readonly Ident? _calleeVar = Callee as Ident;

    // Not inlined into the node that holds the call (the JIT would, through guarded devirtualization,
    // making that node's frame many times larger): see docs/performance.md.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public override Value Eval(Frame frame)
    {
        if (_method is not null) return EvalMethod(frame);
        var callee = Ident.Operand(Callee, _calleeVar, frame);
        if (callee.AsUserFunction is { } uf) return CallUser(frame, uf);
        if (callee.IsSignal) return callee;
        return CallOther(frame, callee);
    }

    /// <summary><c>x.name(...)</c>: a list method on x directly, or a function held in a dict.</summary>
    private Value EvalMethod(Frame frame)
    {
        var m = _method!;
        var target = m.Target.Eval(frame);
        if (target.IsSignal) return target;
        var cx = frame.Cx;
        if (target.AsList is { } list && m.ListMethod is { } builtin)
        {
            return ReferenceEquals(builtin, Builtins.AppendBuiltin) && Args.Length == 1
                ? Append(frame, cx, list, target)
                : CallMethod(frame, cx, builtin, target);
        }
        var callee = target.AsDict is { } dict ? dict.Get(m.Key) : throw Member.NoMember(m.Pos, target, m.Key);
        return callee.AsUserFunction is { } uf ? CallUserOutOfLine(frame, uf) : CallOther(frame, callee);
    }

    // A function held in a dict is called less often than a list method: its call path stays out of
    // EvalMethod's code, which the JIT then compiles faster and runs with a smaller frame.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Value CallUserOutOfLine(Frame frame, UserFunction uf) => CallUser(frame, uf);

    /// <summary>A user function: its arguments go straight into its new frame.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Value CallUser(Frame frame, UserFunction uf)
    {
        if (uf.ParamCount != Args.Length) throw ArityError(uf);
        if (!uf.PoolFrame) return CallFresh(frame, uf);
        // The arguments go straight into the rented frame. Calls made while evaluating them rent
        // frames above it and give them back first, so the pool stays last-in first-out.
        var cx = frame.Cx;
        var pooled = cx.RentFrame(uf.Closure, uf.FrameSize, Args.Length);
        for (int i = 0; i < Args.Length; i++)
        {
            var v = Args[i].Eval(frame);
            if (v.IsSignal)
            {
                cx.ReturnFrame();
                return v;
            }
            Value.Store(ref pooled.Slot(i), v);
        }
        var result = Calls.RunBody(cx, uf, pooled, Pos);
        cx.ReturnFrame();
        return result;
    }

    /// <summary>
    /// A user function whose frame is not pooled (a closure may keep it): a new frame. Out of line,
    /// so the code of <see cref="Eval"/>, which the runtime compiles again while a program warms up
    /// (twice where the profile-guided tier is on, as in a .NET host by default), holds the pooled
    /// call's path once rather than both (docs/performance.md, session 14).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Value CallFresh(Frame frame, UserFunction uf)
    {
        var cx = frame.Cx;
        int size = uf.FrameSize;
        var inner = size == 0 ? uf.Closure : new Frame(uf.Closure, size, Args.Length);
        for (int i = 0; i < Args.Length; i++)
        {
            var v = Args[i].Eval(frame);
            if (v.IsSignal) return v;
            Value.Store(ref inner.Slot(i), v); // parameters are the first slots
        }
        return Calls.RunBody(cx, uf, inner, Pos);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private GolfcartRuntimeException ArityError(UserFunction uf) =>
        Throw.At(Pos, Messages.Arity(Calls.Describe(uf), uf.ParamCount, Args.Length));

    /// <summary>A builtin, a bound method, or something that cannot be called: arguments on the context's argument stack.</summary>
    private Value CallOther(Frame frame, Value callee)
    {
        var cx = frame.Cx;
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
        if (callee.AsBuiltin is { } b)
        {
            // The arguments are already on the stack, plain: call the builtin in place.
            Calls.CheckArity(b, n, Pos);
            return Calls.RunBuiltin(cx, b, start, n, Pos);
        }
        var r = Calls.Invoke(cx, callee, cx.Args(start, n), Pos);
        cx.ReleaseArgs(start);
        return r;
    }

    /// <summary>
    /// <c>xs.append(v)</c>, the commonest call in list-building code, without the argument stack:
    /// the same steps, memory charge and result as the builtin, and on failure the same trace.
    /// </summary>
    private Value Append(Frame frame, Context cx, GList list, Value receiver)
    {
        var v = Args[0].Eval(frame);
        if (v.IsSignal) return v;
        cx.Step(Pos);
        try
        {
            Builtins.Append(cx, list, v);
        }
        catch (Exception) when (cx.TraceFailedBuiltin(Builtins.AppendBuiltin, Pos))
        {
            throw; // never reached: the filter only records
        }
        return receiver;
    }

    /// <summary>A list method: the receiver is argument 0 on the context's argument stack.</summary>
    private Value CallMethod(Frame frame, Context cx, Builtin method, Value receiver)
    {
        int n = Args.Length;
        Calls.CheckArity(method, n, Pos);
        int start = cx.ReserveArgs(n + 1);
        cx.SetArg(start, receiver);
        for (int i = 0; i < n; i++)
        {
            var v = Args[i].Eval(frame);
            if (v.IsSignal)
            {
                cx.ReleaseArgs(start);
                return v;
            }
            cx.SetArg(start + 1 + i, v);
        }
        return Calls.RunBuiltin(cx, method, start, n + 1, Pos);
    }

    public override string Label => $"Call ({Args.Length} args)";
    protected override Node[] MakeChildren() => [Callee, .. Args];
}
