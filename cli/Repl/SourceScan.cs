namespace Golfcart.Cli.Repl;

/// <summary>Where the end of some Golfcart source is: inside a string, a comment, or in code.</summary>
public static class SourceScan
{
    public enum Place { Code, String, Comment }

    /// <summary>What the end of <paramref name="text"/> is inside (strings and block comments may span lines).</summary>
    public static Place AtEnd(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
                if (i >= text.Length) return Place.String;
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                int end = text.IndexOf('\n', i);
                if (end < 0) return Place.Comment;
                i = end + 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) return Place.Comment;
                i = end + 2;
            }
            else i++;
        }
        return Place.Code;
    }
}
