using Pidgin;

namespace Golfcart;

/// <summary>
/// Turns Pidgin's <see cref="ParseError{TToken}"/> into a <see cref="GolfcartSyntaxException"/>:
/// <c>expected LABEL, found TOKEN</c> at the token where the parse stopped, with the label from
/// the grammar (<see cref="Combinators.Expect{T}"/>) and <c>{open}</c> in it replaced by where the
/// innermost bracket still open there was opened. The scanner's own errors (an unterminated
/// string or comment, a bad escape) are reported as the scanner made them.
/// </summary>
internal static class SyntaxErrors
{
    /// <summary>The label of the program's end: "unexpected X: expected the start of an expression".</summary>
    public const string StartOfExpression = "the start of an expression";

    /// <summary>The scanner's error, which belongs to <paramref name="token"/> (the scan's last but one).</summary>
    public static GolfcartSyntaxException ScanError(Token token) =>
        ScanResult.Current.Error ?? new GolfcartSyntaxException(Messages.UnterminatedString, token.Pos, true);

    public static GolfcartSyntaxException From(ScanResult scan, ParseError<Token> error)
    {
        var tokens = scan.Tokens;
        int at = Math.Clamp(error.ErrorOffset, 0, tokens.Length - 1);
        var token = error.Unexpected.HasValue ? error.Unexpected.Value : tokens[at];
        if (token.Kind == TokenKind.Bad && scan.Error is not null) return scan.Error;
        if (Hints.For(tokens, at) is var (hint, where)) return new(hint, where.Pos, false);
        string found = Scanner.Describe(token);
        bool atEnd = token.Kind == TokenKind.End;
        var labels = error.Expected.Select(e => e.Label ?? (e.IsEof ? "the end of the input" : string.Join(" ", e.Tokens))).Distinct().ToList();
        if (labels.Count == 1 && labels[0] == StartOfExpression) return new(Messages.UnexpectedAtTop(found), token.Pos, atEnd);
        string what = labels.Count == 0 ? "something else" : string.Join(" or ", labels);
        if (what.Contains("{open}")) what = what.Replace("{open}", InnermostOpen(tokens, at));
        return new(Messages.Expected(what, found), token.Pos, atEnd);
    }

    /// <summary>"LINE:COL" of the innermost bracket opened before token <paramref name="at"/> and not closed before it.</summary>
    private static string InnermostOpen(ReadOnlySpan<Token> tokens, int at)
    {
        var open = new Stack<Token>();
        for (int i = 0; i < at; i++)
        {
            switch (tokens[i].Kind)
            {
                case TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace:
                    open.Push(tokens[i]);
                    break;
                case TokenKind.RParen or TokenKind.RBracket or TokenKind.RBrace:
                    if (open.Count > 0) open.Pop();
                    break;
            }
        }
        return open.TryPeek(out var t) ? $"{t.Pos.Line}:{t.Pos.Col}" : "?";
    }
}
