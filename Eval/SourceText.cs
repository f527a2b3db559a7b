namespace Golfcart;

/// <summary>A program's text and the name it is reported under (a file path, or e.g. "&lt;repl&gt;").</summary>
internal sealed class SourceText(string name, string text)
{
    public readonly string Name = name;
    public readonly string Text = text;
    private string[]? _lines;

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
