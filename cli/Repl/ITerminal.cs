namespace Golfcart.Cli.Repl;

/// <summary>The keyboard side of the terminal the interactive REPL runs on.</summary>
internal interface ITerminal
{
    /// <summary>Set once standard input has ended (the terminal is gone): the REPL leaves.</summary>
    bool AtEnd { get; }

    /// <summary>Settings for editing: every key, Ctrl-C included, comes to the REPL.</summary>
    void EditMode();

    /// <summary>Settings while a program runs: Ctrl-C interrupts it.</summary>
    void EvalMode();

    /// <summary>Waits up to <paramref name="timeoutMs"/> (-1: for ever) for keys; adds them and returns true, or returns false.</summary>
    bool Read(List<TermKey> keys, int timeoutMs);

    /// <summary>Puts the terminal back as it was found. Safe to call more than once.</summary>
    void Restore();
}
