namespace Golfcart;

/// <summary>A loop node that runs its passes in batches (see <see cref="Loops.PassesPerCall"/>).</summary>
internal interface ILoopPasses
{
    /// <summary>
    /// Runs up to <see cref="Loops.PassesPerCall"/> passes; gives the number of bodies started, with
    /// <paramref name="ended"/> set when the loop ended and any signal to hand up in <paramref name="exit"/>.
    /// </summary>
    int RunPasses(Frame loop, out bool ended, out Value exit);
}

/// <summary>What the loop nodes share.</summary>
internal static class Loops
{
    /// <summary>
    /// How many passes a loop node runs in one call of its pass method before returning to its
    /// <c>Eval</c>. The command starts from precompiled code, and .NET recompiles a method with what
    /// it has seen it call (calling the commonest node types directly, even inline) only once the
    /// method has been called 30 times, and learns which nodes a call reaches only at calls written
    /// in a method it compiled on its own. A program's main loop is entered once: run inside its
    /// <c>Eval</c>, it would keep its precompiled code and call its condition and body through the
    /// virtual table to the end. Its passes, run by a method called every 64 of them, are soon
    /// recompiled; the extra call costs little (docs/performance.md, session 5).
    /// </summary>
    public const int PassesPerCall = 64;

    /// <summary>Runs <paramref name="node"/>'s passes until the loop ends: the signal to hand up, or the number of bodies started.</summary>
    public static Value Run(ILoopPasses node, Frame loop)
    {
        double count = 0;
        while (true)
        {
            count += node.RunPasses(loop, out bool ended, out var exit);
            if (ended) return exit.IsSignal ? exit : Value.Number(count);
        }
    }

    /// <summary>A pass method's way out: the loop ended after <paramref name="passes"/> bodies of this call, handing up <paramref name="signal"/> unless it is <c>default</c>.</summary>
    public static int End(int passes, Value signal, out bool ended, out Value exit)
    {
        ended = true;
        exit = signal;
        return passes;
    }
}
