namespace Golfcart;

/// <summary>Calling a function value: user closures, builtins and bound list methods.</summary>
internal static class Calls
{
    public static string Describe(GFunction fn) => fn.Name is { } n ? $"{n}()" : "the function";

    /// <summary>Calls any function value with evaluated arguments (the path builtins such as <c>map</c> use).</summary>
    public static Value Invoke(Context cx, Value callee, ReadOnlySpan<Value> args, SrcPos site)
    {
        if (callee.AsUserFunction is { } uf)
        {
            int n = uf.ParamCount;
            if (n != args.Length) throw Throw.At(site, Messages.Arity(Describe(uf), n, args.Length));
            int size = uf.FrameSize;
            var frame = size == 0 ? uf.Closure : new Frame(uf.Closure, size, n);
            for (int i = 0; i < args.Length; i++) frame.Slot(i) = args[i];
            return RunBody(cx, uf, frame, site);
        }
        if (callee.AsBuiltin is { } b)
        {
            CheckArity(b, args.Length, site);
            int start = cx.ReserveArgs(args.Length);
            for (int i = 0; i < args.Length; i++) cx.SetArg(start + i, args[i]);
            return RunBuiltin(cx, b, start, args.Length, site);
        }
        if (callee.Obj is BoundMethod m)
        {
            CheckArity(m.Method, args.Length, site);
            int start = cx.ReserveArgs(args.Length + 1);
            cx.SetArg(start, m.Receiver);
            for (int i = 0; i < args.Length; i++) cx.SetArg(start + 1 + i, args[i]);
            return RunBuiltin(cx, m.Method, start, args.Length + 1, site);
        }
        throw Throw.At(site, Messages.NotCallable(callee.Type));
    }

    /// <summary>A builtin takes <c>MinArgs</c> to <c>MaxArgs</c> arguments (a list method's receiver not counted).</summary>
    public static void CheckArity(Builtin b, int n, SrcPos site)
    {
        if (n < b.MinArgs || (b.MaxArgs >= 0 && n > b.MaxArgs)) throw ArityError(b, n, site);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static GolfcartRuntimeException ArityError(Builtin b, int n, SrcPos site) =>
        Throw.At(site, Messages.ArityRange(b.Name + "()", b.MinArgs, b.MaxArgs, n));

    /// <summary>Runs a builtin on the <paramref name="count"/> arguments at <paramref name="start"/> of the argument stack, then frees them.</summary>
    public static Value RunBuiltin(Context cx, Builtin b, int start, int count, SrcPos site)
    {
        Value r;
        if (b.Leaf)
        {
            // A leaf builtin needs no call-stack entry while it runs: nothing it does reads the
            // stack. If it fails, the filter adds the entry before anything unwinds, so the error's
            // position and trace are as if it had been pushed.
            cx.Step(site);
            try
            {
                r = b.Fn(cx, cx.Args(start, count));
            }
            catch (Exception) when (cx.TraceFailedBuiltin(b, site))
            {
                throw; // never reached: the filter only records
            }
        }
        else
        {
            cx.PushBuiltin(b, site);
            r = b.Fn(cx, cx.Args(start, count));
            cx.PopCall();
        }
        cx.ReleaseArgs(start);
        return r;
    }

    /// <summary>Runs a user function's body in its prepared frame; a <c>return</c> signal becomes the result.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Value RunBody(Context cx, UserFunction uf, Frame frame, SrcPos site)
    {
        cx.PushCall(uf, site);
        var r = uf.Run.Eval(frame);
        cx.PopCall();
        if (r.IsSignal)
        {
            // Only `return` can reach here: the parser rejects break/continue outside a loop.
            r = cx.ReturnValue;
            cx.ReturnValue = default;
        }
        return r;
    }
}
