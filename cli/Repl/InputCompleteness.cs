namespace Golfcart.Cli.Repl;

/// <summary>
/// Decides whether REPL input is complete or needs another line: while a bracket, a string or a
/// block comment is open, or the parser says the input ended too soon (<c>x = 1 +</c>, <c>if x</c>),
/// Enter continues on a new line.
/// </summary>
public static class InputCompleteness
{
    public static bool IsComplete(string text)
    {
        if (!Balanced(text)) return false;
        try
        {
            Script.Parse(text, "<input>");
            return true;
        }
        catch (GolfcartSyntaxException e)
        {
            return !e.AtEndOfInput;
        }
    }

    /// <summary>
    /// True when no bracket, string or block comment is left open. A closing bracket with no
    /// opener makes the input "complete": running it reports the error.
    /// </summary>
    public static bool Balanced(string text)
    {
        var open = new Stack<char>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
                if (i >= text.Length) return false; // the string is still open
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n') i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) return false; // the comment is still open
                i = end + 2;
            }
            else
            {
                if (c is '(' or '[' or '{') open.Push(c);
                else if (c is ')' or ']' or '}')
                {
                    char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.Count == 0 || open.Pop() != expected) return true;
                }
                i++;
            }
        }
        return open.Count == 0;
    }
}
