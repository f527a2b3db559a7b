using Sprache;

namespace Golfcart;

/// <summary>
/// The lexical layer of the grammar: trivia (white space and comments), keywords, symbols,
/// identifiers, numbers and strings. Every token parser skips the trivia before it and none after,
/// so the remainder after an expression sits right where it ended — which is what the same-line
/// rule for postfix operators needs.
/// </summary>
internal static class Lexical
{
    public static readonly string[] Keywords =
        ["if", "else", "for", "return", "break", "continue", "true", "false", "nil", "and", "or"];

    /// <summary>Every operator and punctuation symbol of the language (for the EBNF check).</summary>
    public static readonly string[] Symbols =
    [
        "=", "+=", "-=", "*=", "/=", "%=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%",
        "!", "=>", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".",
    ];

    private static readonly HashSet<string> KeywordSet = new(Keywords, StringComparer.Ordinal);

    public static bool IsKeyword(string word) => KeywordSet.Contains(word);

    /// <summary>The source being parsed on this thread (positions point into it).</summary>
    [ThreadStatic] public static SourceText? Source;

    public static SrcPos PosOf(IInput i) => new(Source!, i.Line, i.Column);

    public static bool IsIdentStart(char c) => char.IsAsciiLetter(c) || c == '_';
    public static bool IsIdentPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>The character <paramref name="ahead"/> places after the current one, or <c>'\0'</c> past the end (read from the source: no input is made).</summary>
    private static char Peek(IInput i, int ahead = 1)
    {
        int at = i.Position + ahead;
        return at < i.Source.Length ? i.Source[at] : '\0';
    }

    /// <summary>True when the input at <paramref name="i"/> (trivia already skipped) starts with <paramref name="text"/>.</summary>
    public static bool LooksAt(IInput i, string text)
    {
        // A plain loop, not string.CompareOrdinal: the framework's precompiled code for that is
        // not used on processors with AVX-512, so it would be compiled at start-up (docs/performance.md).
        string source = i.Source;
        int at = i.Position;
        if (text.Length > source.Length - at) return false;
        for (int k = 0; k < text.Length; k++)
        {
            if (source[at + k] != text[k]) return false;
        }
        return true;
    }

    /// <summary>Skips white space, <c>// line</c> and <c>/* block */</c> comments.</summary>
    public static IInput SkipTrivia(IInput i)
    {
        while (!i.AtEnd)
        {
            char c = i.Current;
            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v' or '\uFEFF')
            {
                i = i.Advance();
            }
            else if (c == '/' && Peek(i) == '/')
            {
                while (!i.AtEnd && i.Current != '\n') i = i.Advance();
            }
            else if (c == '/' && Peek(i) == '*')
            {
                var open = i;
                i = i.Advance().Advance();
                while (!(i.AtEnd || (i.Current == '*' && Peek(i) == '/'))) i = i.Advance();
                if (i.AtEnd) throw Unclosed(open, Messages.UnterminatedComment);
                i = i.Advance().Advance();
            }
            else break;
        }
        return i;
    }

    /// <summary>
    /// A syntax error at <paramref name="at"/>. When the input ended too soon the caret goes just after the
    /// last thing written, not onto an empty line after it.
    /// </summary>
    public static GolfcartSyntaxException Error(IInput at, string message) =>
        at.AtEnd ? new(message, EndOfContent(), true) : new(message, PosOf(at), false);

    /// <summary>A syntax error at an opening token that was never closed (a string or a comment).</summary>
    public static GolfcartSyntaxException Unclosed(IInput opener, string message) => new(message, PosOf(opener), true);

    private static SrcPos EndOfContent()
    {
        string text = Source!.Text;
        int end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        int line = 1, col = 1;
        for (int k = 0; k < end; k++)
        {
            if (text[k] == '\n') { line++; col = 1; }
            else col++;
        }
        return new SrcPos(Source, line, col);
    }

    /// <summary>Describes the token at <paramref name="i"/> for an error message: <c>`x`</c> or "the end of the input".</summary>
    public static string Describe(IInput i)
    {
        i = SkipTrivia(i);
        if (i.AtEnd) return "the end of the input";
        char c = i.Current;
        if (IsIdentStart(c) || char.IsAsciiDigit(c))
        {
            var word = new System.Text.StringBuilder();
            while (!i.AtEnd && IsIdentPart(i.Current) && word.Length < 30) { word.Append(i.Current); i = i.Advance(); }
            return $"`{word}`";
        }
        if (c == '"') return "a string";
        string two = new([c, Peek(i)]);
        if (Symbols.Contains(two)) return $"`{two}`";
        return c == '`' ? "a backtick" : $"`{c}`";
    }

    /// <summary>The position after trivia, consuming nothing but the trivia.</summary>
    internal static readonly Parser<SrcPos> Here = i =>
    {
        var j = SkipTrivia(i);
        return Result.Success(PosOf(j), j);
    };

    /// <summary>A symbol such as <c>+</c> or <c>=&gt;</c>; fails if followed by one of <paramref name="notBefore"/> (so <c>=</c> is not the start of <c>==</c>).</summary>
    public static Parser<SrcPos> Sym(string text, string notBefore = "") => Exact(text, notBefore.Contains);

    /// <summary>A keyword, not followed by an identifier character.</summary>
    public static Parser<SrcPos> Keyword(string word) => Exact(word, IsIdentPart);

    /// <summary><paramref name="text"/> after trivia, not followed by a character that <paramref name="mayNotFollow"/> accepts; gives its position.</summary>
    private static Parser<SrcPos> Exact(string text, Func<char, bool> mayNotFollow)
    {
        // Most attempts fail (an `Or` tries each choice): the failure's message is made once.
        var (message, expectations) = ($"expected `{text}`", new[] { text });
        return i =>
        {
            var j = SkipTrivia(i);
            var at = j;
            foreach (char ch in text)
            {
                if (j.AtEnd || j.Current != ch) return Result.Failure<SrcPos>(i, message, expectations);
                j = j.Advance();
            }
            if (!j.AtEnd && mayNotFollow(j.Current)) return Result.Failure<SrcPos>(i, message, expectations);
            return Result.Success(PosOf(at), j);
        };
    }

    /// <summary>A word: letters, digits and <c>_</c>, keyword or not.</summary>
    public static readonly Parser<Token> Word = i =>
    {
        var j = SkipTrivia(i);
        if (j.AtEnd || !IsIdentStart(j.Current)) return Result.Failure<Token>(i, "expected a name", ["name"]);
        var pos = PosOf(j);
        int start = j.Position;
        while (!j.AtEnd && IsIdentPart(j.Current)) j = j.Advance();
        return Result.Success(new Token(pos, j.Source[start..j.Position]), j);
    };

    /// <summary>An identifier: a word that is not a keyword.</summary>
    public static readonly Parser<Token> Identifier =
        Word.Where(w => !IsKeyword(w.Text)).Named("name");

    /// <summary><c>12</c>, <c>3.25</c>, <c>.5</c>: no sign, no exponent.</summary>
    public static readonly Parser<Node> Number = i =>
    {
        var j = SkipTrivia(i);
        var pos = PosOf(j);
        var sb = new System.Text.StringBuilder();
        while (!j.AtEnd && char.IsAsciiDigit(j.Current)) { sb.Append(j.Current); j = j.Advance(); }
        if (!j.AtEnd && j.Current == '.' && char.IsAsciiDigit(Peek(j)))
        {
            sb.Append('.');
            j = j.Advance();
            while (!j.AtEnd && char.IsAsciiDigit(j.Current)) { sb.Append(j.Current); j = j.Advance(); }
        }
        if (sb.Length == 0) return Result.Failure<Node>(i, "expected a number", ["number"]);
        double d = double.Parse(sb.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        return Result.Success<Node>(new Literal(pos, Value.Number(d)), j);
    };

    /// <summary>A double-quoted string; may span lines; escapes <c>\n \t \r \" \\ \0 \u{…}</c>.</summary>
    public static readonly Parser<Node> String = i =>
    {
        var j = SkipTrivia(i);
        if (j.AtEnd || j.Current != '"') return Result.Failure<Node>(i, "expected a string", ["string"]);
        var open = j;
        var pos = PosOf(j);
        j = j.Advance();
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            if (j.AtEnd) throw Unclosed(open, Messages.UnterminatedString);
            char c = j.Current;
            if (c == '"') { j = j.Advance(); break; }
            if (c != '\\') { sb.Append(c); j = j.Advance(); continue; }
            var escape = j;
            j = j.Advance();
            if (j.AtEnd) throw Unclosed(open, Messages.UnterminatedString);
            char e = j.Current;
            j = j.Advance();
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '0': sb.Append('\0'); break;
                case 'u': j = UnicodeEscape(j, escape, sb); break;
                default: throw Error(escape, Messages.BadEscape("\\" + e));
            }
        }
        return Result.Success<Node>(new Literal(pos, Value.String(sb.ToString())), j);
    };

    private static IInput UnicodeEscape(IInput j, IInput escape, System.Text.StringBuilder sb)
    {
        if (j.AtEnd || j.Current != '{') throw Error(escape, Messages.BadUnicodeEscape);
        j = j.Advance();
        int code = 0, digits = 0;
        while (!j.AtEnd && char.IsAsciiHexDigit(j.Current) && digits < 7)
        {
            code = code * 16 + Convert.ToInt32(j.Current.ToString(), 16);
            digits++;
            j = j.Advance();
        }
        if (j.AtEnd || j.Current != '}' || digits is 0 or > 6 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            throw Error(escape, Messages.BadUnicodeEscape);
        sb.Append(char.ConvertFromUtf32(code));
        return j.Advance();
    }
}
