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

    /// <summary>
    /// The bytes of data (strings, list and dict storage) one run may allocate, counted as it
    /// allocates them (garbage included); null for no limit. Past it: a <see cref="LimitKind.Memory"/> error.
    /// </summary>
    public long? MaxMemoryBytes { get; init; }

    /// <summary>How long one run may take; null for no limit. Checked every few thousand steps.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Stops every run of the engine when cancelled (a <see cref="GolfcartLimitException"/> with <see cref="LimitKind.Cancelled"/>).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>How long one regular-expression match (<c>match</c>, <c>find_all</c>) may run.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Lets scripts read files with <c>read(path)</c>. Off by default.</summary>
    public bool AllowFiles { get; init; }

    /// <summary>Lets scripts read the input with <c>in()</c> and <c>read()</c>. Off by default.</summary>
    public bool AllowStdin { get; init; }

    /// <summary>What <c>args()</c> gives the script.</summary>
    public IReadOnlyList<string> ScriptArguments { get; init; } = [];
}
