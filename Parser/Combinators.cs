using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Pidgin;
using static Pidgin.Parser;

namespace Golfcart;

/// <summary>
/// The few combinators the grammar needs beyond Pidgin's own: tokens by kind, error wording
/// (<see cref="Expect{T}"/>), nesting that is counted (<see cref="Nested"/>), left-associative
/// operator levels built with a loop (<see cref="LeftAssoc"/>), and bracketed comma lists
/// (<see cref="CommaList{T}"/>). Each is small and built on Pidgin's parsers, so that every rule
/// in <see cref="Grammar"/> reads like its line in <c>grammar.ebnf</c>.
/// </summary>
internal static class Combinators
{
    /// <summary>How deeply expressions may nest (brackets, operands, bodies) before it is a syntax error.</summary>
    public const int MaxNesting = 200;

    /// <summary>
    /// A rule defined further down (the grammar's fields are made in order), reached through
    /// Pidgin's <c>Rec</c> once it exists.
    /// </summary>
    public static Parser<Token, T> Ref<T>(Func<Parser<Token, T>?> rule) =>
        Rec(() => rule() ?? throw new InvalidOperationException("a grammar rule was used before it was defined"));

    /// <summary>
    /// The first of <paramref name="choices"/> that succeeds, as Pidgin's <c>OneOf</c>: a choice that
    /// fails after consuming input fails the whole. Unlike <c>OneOf</c> it keeps no list of what
    /// each choice expected (the grammar words its errors with <see cref="Expect{T}"/>): <c>OneOf</c>
    /// rents and returns a pooled array for that list at nearly every token, a tenth of the parse.
    /// </summary>
    public static Parser<Token, T> Choice<T>(params Parser<Token, T>[] choices) => new ChoiceParser<T>(choices);

    /// <summary>A token of kind <paramref name="kind"/>.</summary>
    public static Parser<Token, Token> Tok(TokenKind kind) => new TokenParser(kind, null, sameLine: false);

    /// <summary>A token of kind <paramref name="kind"/> on the line where the token before it ends (LANGUAGE.md §2).</summary>
    public static Parser<Token, Token> SameLine(TokenKind kind) => new TokenParser(kind, null, sameLine: true);

    /// <summary>The keyword <paramref name="word"/>.</summary>
    public static Parser<Token, Token> Keyword(string word) => new TokenParser(TokenKind.Keyword, [word], sameLine: false);

    /// <summary>Any one of the keywords <paramref name="words"/>.</summary>
    public static Parser<Token, Token> Keyword(params string[] words) => new TokenParser(TokenKind.Keyword, words, sameLine: false);

    /// <summary>A word that is a keyword only where this rule expects it (<c>in</c> in a <c>for</c> header).</summary>
    public static Parser<Token, Token> Contextual(string word) => new TokenParser(TokenKind.Word, [word], sameLine: false);

    /// <summary>The next token, consumed or not: succeeds without consuming anything (the input always ends with an End token).</summary>
    public static readonly Parser<Token, Token> Peek = Lookahead(Parser<Token>.Any);

    /// <summary>Succeeds, consuming nothing, when the next token starts on the same line as the token before it.</summary>
    public static readonly Parser<Token, Token> OnSameLine = Lookahead(Parser<Token>.Token(t => !t.NewlineBefore));

    /// <summary>
    /// <paramref name="parser"/>, which when it fails without consuming anything makes the error
    /// "expected <paramref name="what"/>, found …" at the token where it was tried. (Pidgin's own
    /// <c>Labelled</c> also replaces the error of a parser that failed further on, which would hide
    /// the real mistake.) <c>{open}</c> in <paramref name="what"/> becomes the line and column of the
    /// innermost bracket still open there (see <see cref="SyntaxErrors"/>).
    /// </summary>
    public static Parser<Token, T> Expect<T>(this Parser<Token, T> parser, string what) => new ExpectParser<T>(parser, what);

    /// <summary>
    /// Counts nesting: beyond <see cref="MaxNesting"/> levels, or when the thread's stack is nearly
    /// used up, the program is a syntax error rather than a stack overflow. A result that would
    /// make a long chain of evaluation without a stack check gets one (<see cref="StackCheck"/>).
    /// </summary>
    public static Parser<Token, Node> Nested(Parser<Token, Node> parser) => new NestedParser(parser);

    /// <summary>A binary operator of one level: its token (and word, for <c>and</c>/<c>or</c>), its text, and the node it makes.</summary>
    public sealed record BinaryOp(TokenKind Kind, string? Word, string Text, Func<SrcPos, Node, Node, Node> Make)
    {
        public bool Matches(in Token t) => t.Kind == Kind && (Word is null || t.Text == Word);
    }

    public static BinaryOp Op(TokenKind kind, Func<SrcPos, Node, Node, Node> make) => new(kind, null, Scanner.TextOf(kind), make);

    public static BinaryOp WordOp(string word, Func<SrcPos, Node, Node, Node> make) => new(TokenKind.Keyword, word, word, make);

    /// <summary>
    /// One left-associative level: <c>operand { op operand }</c>. The operators after the first
    /// operand are read in a loop and folded into a left-deep tree as they come, so a sum of a
    /// million terms needs no deeper stack than a sum of two, and no list of the terms.
    /// </summary>
    public static Parser<Token, Node> LeftAssoc(Parser<Token, Node> operand, params BinaryOp[] ops) =>
        new LeftAssocParser(operand, ops);

    /// <summary>
    /// After an opening bracket: <c>[ item { "," item } [ "," ] ] close</c>, with the wording of each
    /// mistake: "an element or `]`" where an item or the end may come, "`,` or `]`" after an item.
    /// </summary>
    public static Parser<Token, T[]> CommaList<T>(Parser<Token, T> item, string itemWhat, TokenKind close, string what)
    {
        string closer = $"`{Scanner.TextOf(close)}` to close the {what} opened at {{open}}";
        var end = Tok(close);
        var comma = Tok(TokenKind.Comma);
        // A comma followed by another item (not by the closing bracket: that comma is a trailing one).
        var more = Try(comma.Before(Not(end))).Then(item.Expect($"{itemWhat} or {closer}"));
        var items = Map((first, rest) => rest.Prepend(first).ToArray(), item, more.Many())
            .Before(comma.Optional())
            .Before(end.Expect($"`,` or {closer}"));
        return Choice(end.ThenReturn(Array.Empty<T>()), items).Expect($"{itemWhat} or {closer}");
    }

    private sealed class ChoiceParser<T>(Parser<Token, T>[] choices) : Parser<Token, T>
    {
        public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, [MaybeNullWhen(false)] out T result)
        {
            long start = state.Location;
            var token = state.Current;
            foreach (var choice in choices)
            {
                int count = expecteds.Count;
                if (choice.TryParse(ref state, ref expecteds, out result)) return true;
                if (state.Location != start) return false; // it consumed input: its error stands
                while (expecteds.Count > count) expecteds.Pop();
            }
            state.SetError(Maybe.Just(token), false, start, null);
            result = default;
            return false;
        }
    }

    private sealed class LeftAssocParser(Parser<Token, Node> operand, BinaryOp[] ops) : Parser<Token, Node>
    {
        // The right operand after each operator, with the wording for a missing one.
        private readonly Parser<Token, Node>[] _rights = Array.ConvertAll(ops, op => operand.Expect($"an expression after `{op.Text}`"));

        public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, [MaybeNullWhen(false)] out Node result)
        {
            if (!operand.TryParse(ref state, ref expecteds, out var left))
            {
                result = null;
                return false;
            }
            while (true)
            {
                var at = state.Current;
                int k = 0;
                while (k < ops.Length && !ops[k].Matches(at)) k++;
                if (k == ops.Length) break;
                state.Advance();
                if (!_rights[k].TryParse(ref state, ref expecteds, out var right))
                {
                    result = null;
                    return false;
                }
                left = ops[k].Make(at.Pos, StackCheck.Around(left), StackCheck.Around(right));
            }
            result = left;
            return true;
        }
    }

    /// <summary>
    /// A token of one kind (and text, for a keyword), optionally only on the line where the token
    /// before it ends. A mismatch adds nothing to Pidgin's list of what was expected: the grammar
    /// words its errors with <see cref="Expect{T}"/>, and most mismatches are a choice not taken.
    /// </summary>
    private sealed class TokenParser(TokenKind kind, string[]? texts, bool sameLine) : Parser<Token, Token>
    {
        public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, [MaybeNullWhen(false)] out Token result)
        {
            var token = state.Current; // there is always one: the input ends with an End token, which no rule consumes but Program
            if (token.Kind == kind && (texts is null || Array.IndexOf(texts, token.Text) >= 0) && !(sameLine && token.NewlineBefore))
            {
                state.Advance();
                result = token;
                return true;
            }
            state.SetError(Maybe.Just(token), false, state.Location, null);
            result = default;
            return false;
        }
    }

    private sealed class ExpectParser<T>(Parser<Token, T> parser, string what) : Parser<Token, T>
    {
        private readonly Expected<Token> _label = new(what);

        public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, [MaybeNullWhen(false)] out T result)
        {
            long start = state.Location;
            var token = state.Current;
            var inner = new PooledList<Expected<Token>>(state.Configuration.ArrayPoolProvider.GetArrayPool<Expected<Token>>());
            bool ok = parser.TryParse(ref state, ref inner, out result);
            if (!ok)
            {
                if (state.Location == start)
                {
                    // Nothing consumed: the error is that WHAT was expected here.
                    state.SetError(Maybe.Just(token), false, start, null);
                    expecteds.Add(_label);
                }
                else
                {
                    expecteds.AddRange(inner.AsSpan());
                }
            }
            inner.Dispose();
            return ok;
        }
    }

    private sealed class NestedParser(Parser<Token, Node> parser) : Parser<Token, Node>
    {
        [ThreadStatic] private static int _depth;

        public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, [MaybeNullWhen(false)] out Node result)
        {
            var token = state.Current;
            if (_depth >= MaxNesting) throw new GolfcartSyntaxException(Messages.TooDeep, token.Pos, token.Kind == TokenKind.End);
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw new GolfcartSyntaxException(Messages.StackTooSmall, token.Pos, false);
            _depth++;
            try
            {
                if (!parser.TryParse(ref state, ref expecteds, out result)) return false;
                result = StackCheck.Around(result);
                return true;
            }
            finally
            {
                _depth--;
            }
        }
    }
}
