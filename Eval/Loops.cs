namespace Golfcart;

/// <summary>What the loop nodes share: the classic and while loops' passes, and the batching of all loops.</summary>
internal static class Loops
{
    /// <summary>
    /// How many passes a loop runs in one call of its pass method before returning to its
    /// <c>Eval</c>. The command starts from precompiled code, and .NET recompiles a method into its
    /// optimised code only once the method has been called 30 times (where the profile-guided tier
    /// is on, as in a .NET host by default, that code also calls the node types it has seen
    /// directly, even inline). A program's main loop is entered once: run inside its <c>Eval</c>, it
    /// would keep its precompiled code to the end. Its passes, run by a method called every 64 of
    /// them, are soon recompiled; the extra call costs little (docs/performance.md, sessions 5 and 17).
    /// </summary>
    public const int PassesPerCall = 64;

    /// <summary>
    /// Runs a classic or while loop in its frame until it ends: <paramref name="cond"/> (none: forever),
    /// the body, <paramref name="post"/> (none for a while loop), again and again. Gives the signal to
    /// hand up, or the number of bodies started.
    /// </summary>
    public static Value Run(SrcPos pos, Node? cond, Node body, Node? post, Frame loop)
    {
        double count = 0;
        while (true)
        {
            count += RunPasses(pos, cond, body, post, loop, out bool ended, out var exit);
            if (ended) return exit.IsSignal ? exit : Value.Number(count);
        }
    }

    /// <summary>
    /// Up to <see cref="PassesPerCall"/> passes; gives the number of bodies started, with
    /// <paramref name="ended"/> set when the loop ended and any signal to hand up in <paramref name="exit"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int RunPasses(SrcPos pos, Node? cond, Node body, Node? post, Frame loop, out bool ended, out Value exit)
    {
        var cx = loop.Cx;
        int pass = 0;
        while (pass < PassesPerCall)
        {
            if (cond is not null)
            {
                int test = cond.Test(loop, "a `for` condition");
                if (test != Ops.True) return End(pass, test == Ops.False ? default : Signal.ValueOf(test), out ended, out exit);
            }
            cx.Step(pos);
            pass++;
            var r = body.Eval(loop);
            if (r.IsSignal)
            {
                if (ReferenceEquals(r.Obj, Signal.Break)) return End(pass, default, out ended, out exit);
                if (ReferenceEquals(r.Obj, Signal.Return)) return End(pass, r, out ended, out exit);
            }
            if (post is null) continue;
            var p = post.Eval(loop);
            if (p.IsSignal) return End(pass, p, out ended, out exit);
        }
        ended = false;
        exit = default;
        return pass;
    }

    /// <summary>A pass method's way out: the loop ended after <paramref name="passes"/> bodies of this call, handing up <paramref name="signal"/> unless it is <c>default</c>.</summary>
    public static int End(int passes, Value signal, out bool ended, out Value exit)
    {
        ended = true;
        exit = signal;
        return passes;
    }
}
