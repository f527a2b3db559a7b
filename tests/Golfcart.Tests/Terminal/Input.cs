namespace Golfcart.Tests.Terminal;

/// <summary>
/// A piece of what a test types: text (which a paste can carry, newlines as Enter) or a key
/// (a control character or an escape sequence, which is always typed).
/// </summary>
internal sealed record Input(string Bytes, bool IsKey)
{
    public static Input Text(string text) => new(text, false);
    public static Input Key(string bytes) => new(bytes, true);

    public static implicit operator Input(string text) => Text(text);

    public static readonly Input Enter = Key("\r");
    public static readonly Input AltEnter = Key("\u001b\r");
    public static readonly Input Tab = Key("\t");
    public static readonly Input Left = Key("\u001b[D");
    public static readonly Input Right = Key("\u001b[C");
    public static readonly Input Up = Key("\u001b[A");
    public static readonly Input Down = Key("\u001b[B");
    public static readonly Input Escape = Key("\u001b");
    public static readonly Input AltB = Key("\u001bb");
    public static readonly Input AltF = Key("\u001bf");

    /// <summary>Ctrl and a letter: the control character the terminal sends.</summary>
    public static Input Ctrl(char letter) => Key(((char)(char.ToUpperInvariant(letter) - 'A' + 1)).ToString());
}
