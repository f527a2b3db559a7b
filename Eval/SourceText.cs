namespace Golfcart;

/// <summary>A program's text and the name it is reported under (a file path, or e.g. "&lt;repl&gt;").</summary>
internal sealed class SourceText(string name, string text)
{
    public readonly string Name = name;
    public readonly string Text = text;
    private string[]? _lines;

    /// <summary>The offset in <see cref="Text"/> of a line and column (for error messages).</summary>
    public int OffsetOf(int line, int col)
    {
        int start = 0;
        for (int l = 1; l < line; l++) start = Text.IndexOf('\n', start) + 1;
        return Math.Min(start + col - 1, Text.Length);
    }

    public string Line(int line)
    {
        _lines ??= Text.Split('\n');
        return line >= 1 && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : "";
    }
}

/// <summary>A position in a source: 1-based line and column.</summary>
internal readonly record struct SrcPos(SourceText Src, int Line, int Col)
{
    public override string ToString() => $"{Src.Name}:{Line}:{Col}";
}
