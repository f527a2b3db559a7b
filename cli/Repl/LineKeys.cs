using RadLine;

namespace Golfcart.Cli.Repl;

/// <summary>
/// readline's keys for the line the cursor is on: delete to its start or end, delete the word
/// before the cursor, move by words. Words for moving are letters, digits and <c>_</c>, as in
/// readline; Ctrl-W deletes back to the previous space, as readline's does.
/// </summary>
internal static class LineKeys
{
    /// <summary>Ctrl-U.</summary>
    public static LineEditorCommand DeleteToStart() => new ActionCommand(ctx =>
    {
        var b = ctx.Buffer;
        int end = b.Position;
        b.Clear(0, end);
        b.Move(0);
    });

    /// <summary>Ctrl-K.</summary>
    public static LineEditorCommand DeleteToEnd() => new ActionCommand(ctx => ctx.Buffer.Clear(ctx.Buffer.Position, ctx.Buffer.Length - ctx.Buffer.Position));

    /// <summary>Ctrl-W.</summary>
    public static LineEditorCommand DeleteWordBefore() => new ActionCommand(ctx =>
    {
        var b = ctx.Buffer;
        string s = b.Content;
        int end = b.Position, start = end;
        while (start > 0 && char.IsWhiteSpace(s[start - 1])) start--;
        while (start > 0 && !char.IsWhiteSpace(s[start - 1])) start--;
        b.Clear(start, end - start);
        b.Move(start);
    });

    /// <summary>Alt-B, Ctrl-Left: to the start of this word or the one before.</summary>
    public static LineEditorCommand WordLeft() => new ActionCommand(ctx =>
    {
        string s = ctx.Buffer.Content;
        int p = ctx.Buffer.Position;
        while (p > 0 && !IsWordChar(s[p - 1])) p--;
        while (p > 0 && IsWordChar(s[p - 1])) p--;
        ctx.Buffer.Move(p);
    });

    /// <summary>Alt-F, Ctrl-Right: to the end of this word or the next.</summary>
    public static LineEditorCommand WordRight() => new ActionCommand(ctx =>
    {
        string s = ctx.Buffer.Content;
        int p = ctx.Buffer.Position;
        while (p < s.Length && !IsWordChar(s[p])) p++;
        while (p < s.Length && IsWordChar(s[p])) p++;
        ctx.Buffer.Move(p);
    });

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
