namespace Golfcart.Cli.Repl;

/// <summary>
/// The terminal through .NET's console, where <see cref="UnixTerminal"/> is not available
/// (Windows, macOS): keys as <c>Console.ReadKey</c> reports them, no bracketed paste.
/// </summary>
internal sealed class ConsoleTerminal : ITerminal
{
    public bool AtEnd => false;

    public void EditMode() => Console.TreatControlCAsInput = true;

    public void EvalMode() => Console.TreatControlCAsInput = false;

    public bool Read(List<TermKey> keys, int timeoutMs)
    {
        if (timeoutMs >= 0 && !Console.KeyAvailable) return false;
        var key = Console.ReadKey(intercept: true);
        // Alt or Ctrl with a letter: a key binding, never a character to insert.
        if (key.Modifiers.HasFlag(ConsoleModifiers.Alt) || (key.Modifiers.HasFlag(ConsoleModifiers.Control) && !char.IsControl(key.KeyChar)))
            key = new ConsoleKeyInfo('\0', key.Key, key.Modifiers.HasFlag(ConsoleModifiers.Shift), key.Modifiers.HasFlag(ConsoleModifiers.Alt), key.Modifiers.HasFlag(ConsoleModifiers.Control));
        keys.Add(new TermKey(key));
        return true;
    }

    public void Restore() => Console.TreatControlCAsInput = false;
}
