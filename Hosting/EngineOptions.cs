namespace Golfcart;

/// <summary>How an <see cref="Engine"/> runs scripts: its limits and its input and output.</summary>
public sealed class EngineOptions
{
    /// <summary>The most loop iterations and calls a run may take; null for no limit.</summary>
    public long? MaxSteps { get; init; }

    /// <summary>
    /// The most nested Golfcart calls. The default suits a default 1 MiB thread stack; the engine
    /// also stops before the thread's stack runs out, whatever this says.
    /// </summary>
    public int MaxCallDepth { get; init; } = 1_000;

    /// <summary>Where <c>log</c> writes; the console by default.</summary>
    public TextWriter? Output { get; init; }

    /// <summary>Where <c>in</c> reads from; the console by default.</summary>
    public TextReader? Input { get; init; }

    /// <summary>What <c>args()</c> gives the script.</summary>
    public IReadOnlyList<string> ScriptArguments { get; init; } = [];
}
