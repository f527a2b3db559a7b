using RadLine;
using Spectre.Console;

namespace Golfcart.Cli.Repl;

/// <summary>
/// Colours Golfcart as it is typed: keywords, builtins, numbers, strings and comments. RadLine
/// hands it a line's tokens left to right (runs of letters and digits, or single other
/// characters; spaces skipped), so it keeps a little state within the line.
/// </summary>
public sealed class Highlighter : IHighlighter
{
    private static readonly Style Keyword = new(Color.Magenta1, decoration: Decoration.Bold);
    private static readonly Style Builtin = new(Color.Yellow);
    private static readonly Style Number = new(Color.Aqua);
    private static readonly Style Text = new(Color.Green);
    private static readonly Style Comment = new(Color.Grey);

    private static readonly HashSet<string> Keywords = new(Language.Keywords.Append("in"), StringComparer.Ordinal);
    private static readonly HashSet<string> Builtins = new(Language.BuiltinNames, StringComparer.Ordinal);

    private bool _inString, _escape, _lineComment, _blockComment;
    private string _previous = "";

    /// <summary>Called before each line is drawn.</summary>
    public void StartLine()
    {
        _inString = _escape = _lineComment = _blockComment = false;
        _previous = "";
    }

    public Style? Highlight(string token)
    {
        string previous = _previous;
        _previous = token;
        if (_lineComment) return Comment;
        if (_blockComment)
        {
            if (previous == "*" && token == "/") _blockComment = false;
            return Comment;
        }
        if (_inString)
        {
            if (_escape) _escape = false;
            else if (token == "\\") _escape = true;
            else if (token == "\"") _inString = false;
            return Text;
        }
        switch (token)
        {
            case "\"":
                _inString = true;
                return Text;
            case "/" when previous == "/":
                _lineComment = true;
                return Comment;
            case "*" when previous == "/":
                _blockComment = true;
                _previous = ""; // so "/*/" does not close at once
                return Comment;
        }
        if (char.IsAsciiDigit(token[0])) return Number;
        if (Keywords.Contains(token)) return Keyword;
        if (Builtins.Contains(token)) return Builtin;
        return null;
    }
}
