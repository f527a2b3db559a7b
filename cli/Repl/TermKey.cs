namespace Golfcart.Cli.Repl;

/// <summary>
/// One key as the REPL reads it: the key with its modifiers, and whether it came inside a
/// bracketed paste (then Tab is text, not completion).
/// </summary>
public readonly record struct TermKey(ConsoleKeyInfo Info, bool Pasted = false)
{
    public ConsoleKey Key => Info.Key;
    public char Char => Info.KeyChar;
    public ConsoleModifiers Modifiers => Info.Modifiers;

    /// <summary>A character to insert (Shift allowed, as in capitals).</summary>
    public static TermKey Text(char c, bool pasted = false) => new(new ConsoleKeyInfo(c, KeyOf(c), char.IsAsciiLetterUpper(c), false, false), pasted);

    /// <summary>A key without a character of its own, such as an arrow or Enter with a modifier.</summary>
    public static TermKey Special(ConsoleKey key, ConsoleModifiers modifiers = 0, char c = '\0', bool pasted = false) =>
        new(new ConsoleKeyInfo(c, key, modifiers.HasFlag(ConsoleModifiers.Shift), modifiers.HasFlag(ConsoleModifiers.Alt), modifiers.HasFlag(ConsoleModifiers.Control)), pasted);

    /// <summary>Ctrl and a letter, as the terminal sends it (the control character 1–26).</summary>
    public static TermKey Control(char letter) => Special(ConsoleKey.A + (char.ToUpperInvariant(letter) - 'A'), ConsoleModifiers.Control, (char)(char.ToUpperInvariant(letter) - 'A' + 1));

    /// <summary>Alt and a character: no character of its own, so the editor looks it up in its key bindings instead of inserting it.</summary>
    public static TermKey Alt(char c) => Special(KeyOf(c), ConsoleModifiers.Alt);

    public bool Is(ConsoleKey key, ConsoleModifiers modifiers = 0) => Key == key && Modifiers == modifiers;

    public bool IsControl(char letter) => Is(ConsoleKey.A + (char.ToUpperInvariant(letter) - 'A'), ConsoleModifiers.Control);

    /// <summary>A printable character typed or pasted, to insert as it is.</summary>
    public bool IsText => Char != '\0' && !char.IsControl(Char);

    private static ConsoleKey KeyOf(char c) => c switch
    {
        >= 'a' and <= 'z' => ConsoleKey.A + (c - 'a'),
        >= 'A' and <= 'Z' => ConsoleKey.A + (c - 'A'),
        >= '0' and <= '9' => ConsoleKey.D0 + (c - '0'),
        ' ' => ConsoleKey.Spacebar,
        '\r' or '\n' => ConsoleKey.Enter,
        '\t' => ConsoleKey.Tab,
        _ => ConsoleKey.NoName,
    };
}
