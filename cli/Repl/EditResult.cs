namespace Golfcart.Cli.Repl;

/// <summary>How an editor session ended, with its text (null after Ctrl-C or Ctrl-D) and where the cursor was.</summary>
internal sealed record EditResult(EditEnding Ending, string? Text, int Line, int Column, bool WasEmpty, IReadOnlyList<string> Candidates)
{
    /// <summary>The same text with the cursor where it was.</summary>
    public EditStart Resume() => new(Text ?? "", Line, Column, []);

    /// <summary>The text with a line break at the cursor, the cursor at the start of the new line.</summary>
    public EditStart SplitAtCursor()
    {
        string[] lines = (Text ?? "").Split('\n');
        int line = Math.Clamp(Line, 0, lines.Length - 1);
        int column = Math.Clamp(Column, 0, lines[line].Length);
        var split = lines.Take(line)
            .Append(lines[line][..column])
            .Append(lines[line][column..])
            .Concat(lines.Skip(line + 1));
        return new EditStart(string.Join('\n', split), line + 1, 0, []);
    }
}
