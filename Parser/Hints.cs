namespace Golfcart;

/// <summary>
/// Python habits (LANGUAGE.md §11): when a program fails to parse, and the tokens at the mistake
/// show a habit — <c>while</c>, <c>elif</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>**</c>, <c>not x</c>,
/// <c>x in xs</c> outside a <c>for</c> header, <c>i++</c>, <c>a, b = …</c> — the error names the
/// Golfcart way instead, at the word or token of the habit. A program that parses is never
/// touched, so <c>while</c>, <c>elif</c> and <c>not</c> stay usable as names.
/// </summary>
internal static class Hints
{
    public static (string Message, Token At)? For(ReadOnlySpan<Token> tokens, int at)
    {
        var token = tokens[at];
        switch (token.Kind)
        {
            case TokenKind.AmpAmp: return (Messages.HintAnd, token);
            case TokenKind.PipePipe: return (Messages.HintOr, token);
            case TokenKind.StarStar: return (Messages.HintPower, token);
            case TokenKind.PlusPlus: return (Messages.HintIncrement, token);
            case TokenKind.Word when token.Text == "in": return (Messages.HintIn, token);
            case TokenKind.Comma when at > 0 && tokens[at - 1].Kind == TokenKind.Word && InnermostOpen(tokens, at) is null or TokenKind.LBrace
                                      && AssignsLater(tokens, at):
                return (Messages.HintMultipleAssign, token);
        }
        if (at > 0 && tokens[at - 1].Kind == TokenKind.Word && tokens[at - 1].Text == "not" && !token.NewlineBefore && StartsExpression(token))
            return (Messages.HintNot, tokens[at - 1]);
        // `while cond { … }` and `elif cond { … }` read as a name, an expression and a dict: the
        // mistake is on the word's line, or inside a brace that line opened.
        foreach (int line in new[] { token.Line, InnermostBraceLine(tokens, at) })
        {
            if (line > 0 && LeadingWord(tokens, at, line) is { } word)
                return (word.Text == "while" ? Messages.HintWhile : Messages.HintElif, word);
        }
        return null;
    }

    /// <summary>The habit word (<c>while</c>, <c>elif</c>) on <paramref name="line"/> before token <paramref name="at"/>, followed on that line by what starts an expression.</summary>
    private static Token? LeadingWord(ReadOnlySpan<Token> tokens, int at, int line)
    {
        for (int i = Math.Min(at, tokens.Length - 1); i >= 0 && tokens[i].Line >= line; i--)
        {
            var t = tokens[i];
            if (t.Line != line || t.Kind != TokenKind.Word || (t.Text != "while" && t.Text != "elif")) continue;
            if (i + 1 < tokens.Length && !tokens[i + 1].NewlineBefore && StartsExpression(tokens[i + 1])) return t;
        }
        return null;
    }

    /// <summary>The line of the innermost <c>{</c> still open at token <paramref name="at"/>, or 0.</summary>
    private static int InnermostBraceLine(ReadOnlySpan<Token> tokens, int at) =>
        Innermost(tokens, at) is { Kind: TokenKind.LBrace } brace ? brace.Line : 0;

    /// <summary>The kind of the innermost bracket still open at token <paramref name="at"/>, or null at the top.</summary>
    private static TokenKind? InnermostOpen(ReadOnlySpan<Token> tokens, int at) => Innermost(tokens, at)?.Kind;

    private static Token? Innermost(ReadOnlySpan<Token> tokens, int at)
    {
        var open = new Stack<Token>();
        for (int i = 0; i < at; i++)
        {
            if (tokens[i].Kind is TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace) open.Push(tokens[i]);
            else if (tokens[i].Kind is TokenKind.RParen or TokenKind.RBracket or TokenKind.RBrace && open.Count > 0) open.Pop();
        }
        return open.TryPeek(out var t) ? t : null;
    }

    /// <summary>An <c>=</c> follows on the same line, outside brackets: <c>a, b = 1, 2</c>.</summary>
    private static bool AssignsLater(ReadOnlySpan<Token> tokens, int at)
    {
        int depth = 0;
        for (int i = at + 1; i < tokens.Length && !tokens[i].NewlineBefore; i++)
        {
            switch (tokens[i].Kind)
            {
                case TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace: depth++; break;
                case TokenKind.RParen or TokenKind.RBracket or TokenKind.RBrace:
                    if (--depth < 0) return false; // the comma's own bracket closes: it was a list of arguments or items
                    break;
                case TokenKind.Assign when depth == 0: return true;
            }
        }
        return false;
    }

    private static bool StartsExpression(Token t) => t.Kind switch
    {
        TokenKind.Word or TokenKind.Number or TokenKind.String or TokenKind.LParen or TokenKind.LBracket
            or TokenKind.Minus or TokenKind.Bang or TokenKind.Tilde => true,
        TokenKind.Keyword => t.Text is "true" or "false" or "nil",
        _ => false,
    };
}
