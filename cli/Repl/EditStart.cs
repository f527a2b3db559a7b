namespace Golfcart.Cli.Repl;

/// <summary>
/// How an editor session starts: its text, where the cursor goes (line and column, from 0), and
/// keys to act on once it is there (Enter to run a history match, or the key that ended a search).
/// </summary>
internal sealed record EditStart(string Text, int Line, int Column, IReadOnlyList<TermKey> Then)
{
    public static readonly EditStart Empty = new("", 0, 0, []);

    /// <summary>The text with the cursor at its end.</summary>
    public static EditStart AtEnd(string text, params TermKey[] then)
    {
        string[] lines = text.Split('\n');
        return new EditStart(text, lines.Length - 1, lines[^1].Length, then);
    }
}
