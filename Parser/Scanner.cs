using System.Globalization;
using System.Text;

namespace Golfcart;

/// <summary>
/// The scanner: turns source text into <see cref="Token"/>s in one pass, left to right. It owns
/// everything below the grammar — white space and comments (which it skips, noting line breaks),
/// words, numbers, strings and their escapes, and symbols (longest first, so <c>&lt;=</c> is one
/// token) — and the errors of those: an unterminated string or comment, reported where it
/// opened, and a bad escape, reported at its backslash.
/// </summary>
internal static class Scanner
{
    public static readonly string[] Keywords =
        ["if", "else", "for", "return", "break", "continue", "true", "false", "nil", "and", "or"];

    /// <summary>Every symbol and its kind; the scanner takes the longest that matches.</summary>
    public static readonly (string Text, TokenKind Kind)[] SymbolTable =
    [
        ("=", TokenKind.Assign), ("+=", TokenKind.AddAssign), ("-=", TokenKind.SubAssign), ("*=", TokenKind.MulAssign),
        ("/=", TokenKind.DivAssign), ("%=", TokenKind.ModAssign), ("==", TokenKind.EqualEqual), ("!=", TokenKind.BangEqual),
        ("<", TokenKind.Less), ("<=", TokenKind.LessEqual), (">", TokenKind.Greater), (">=", TokenKind.GreaterEqual),
        ("+", TokenKind.Plus), ("-", TokenKind.Minus), ("*", TokenKind.Star), ("/", TokenKind.Slash), ("%", TokenKind.Percent),
        ("!", TokenKind.Bang), ("=>", TokenKind.Arrow), ("(", TokenKind.LParen), (")", TokenKind.RParen),
        ("[", TokenKind.LBracket), ("]", TokenKind.RBracket), ("{", TokenKind.LBrace), ("}", TokenKind.RBrace),
        (",", TokenKind.Comma), (":", TokenKind.Colon), (";", TokenKind.Semicolon), (".", TokenKind.Dot),
        ("&", TokenKind.Amp), ("|", TokenKind.Pipe), ("^", TokenKind.Caret), ("~", TokenKind.Tilde),
        ("<<", TokenKind.ShiftLeft), (">>", TokenKind.ShiftRight), ("&=", TokenKind.AmpAssign), ("|=", TokenKind.PipeAssign),
        ("^=", TokenKind.CaretAssign), ("<<=", TokenKind.ShiftLeftAssign), (">>=", TokenKind.ShiftRightAssign),
        ("&&", TokenKind.AmpAmp), ("||", TokenKind.PipePipe), ("**", TokenKind.StarStar), ("++", TokenKind.PlusPlus),
    ];

    /// <summary>The symbols a Python habit writes, which no rule accepts (the EBNF does not list them).</summary>
    public static readonly string[] HabitSymbols = ["&&", "||", "**", "++"];

    /// <summary>Every operator and punctuation symbol of the language (for the EBNF check).</summary>
    public static readonly string[] Symbols = Array.ConvertAll(SymbolTable, s => s.Text);

    private static readonly HashSet<string> KeywordSet = new(Keywords, StringComparer.Ordinal);

    /// <summary>For each ASCII character, the symbols that start with it, longest first.</summary>
    private static readonly (string Text, TokenKind Kind)[][] SymbolsByFirst = BySymbolStart();

    /// <summary>The text of each symbol kind.</summary>
    private static readonly string[] SymbolText = SymbolTexts();

    public static bool IsKeyword(string word) => KeywordSet.Contains(word);
    public static bool IsIdentStart(char c) => char.IsAsciiLetter(c) || c == '_';
    public static bool IsIdentPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>The text of a symbol kind, e.g. <c>"+="</c> for <see cref="TokenKind.AddAssign"/>.</summary>
    public static string TextOf(TokenKind kind) => SymbolText[(int)kind] ?? kind.ToString();

    private static (string, TokenKind)[][] BySymbolStart()
    {
        var table = new (string, TokenKind)[128][];
        for (int c = 0; c < 128; c++)
        {
            table[c] = SymbolTable.Where(s => s.Text[0] == c).OrderByDescending(s => s.Text.Length).ToArray();
        }
        return table;
    }

    private static string[] SymbolTexts()
    {
        var texts = new string[(int)TokenKind.End + 1];
        foreach (var (text, kind) in SymbolTable) texts[(int)kind] = text;
        return texts;
    }

    public static ScanResult Scan(SourceText source)
    {
        var scanner = new Run(source);
        return scanner.All();
    }

    /// <summary>One scan: the position, the current line, and the tokens so far.</summary>
    private sealed class Run(SourceText source)
    {
        private readonly string _text = source.Text;
        private readonly List<Token> _tokens = new(source.Text.Length / 3 + 16); // programs have a token every 3.5-4.5 characters
        private readonly List<string> _texts = new(source.Text.Length / 16 + 16);
        // Each distinct word, number or symbol is one text: a name used a thousand times is stored once.
        private readonly Dictionary<string, int> _textIds = new(StringComparer.Ordinal);
        private int _at, _line = 1, _lineStart;
        private bool _newline = true;
        private GolfcartSyntaxException? _error;

        public ScanResult All()
        {
            while (_error is null && SkipTrivia() && _at < _text.Length) Next();
            var end = EndOfContent();
            _tokens.Add(new Token(TokenKind.End, end.Line, end.Col, -1, _newline));
            return new ScanResult(source, _tokens, _texts, _error);
        }

        private SrcPos Here => new(source, _line, _at - _lineStart + 1);

        private SrcPos At(int offset)
        {
            // Only for positions on the current line or earlier ones the caller kept (an opening quote).
            return new(source, _line, offset - _lineStart + 1);
        }

        /// <summary>Skips white space and comments; false (with a <see cref="TokenKind.Bad"/> token) at an unterminated comment.</summary>
        private bool SkipTrivia()
        {
            string text = _text;
            while (_at < text.Length)
            {
                char c = text[_at];
                if (c == '\n')
                {
                    NewLine(_at);
                    _newline = true;
                    _at++;
                }
                else if (c is ' ' or '\t' or '\r' or '\f' or '\v' or '\uFEFF')
                {
                    _at++;
                }
                else if (c == '/' && _at + 1 < text.Length && text[_at + 1] == '/')
                {
                    while (_at < text.Length && text[_at] != '\n') _at++;
                }
                else if (c == '/' && _at + 1 < text.Length && text[_at + 1] == '*')
                {
                    var open = Here;
                    int start = _at;
                    _at += 2;
                    while (_at < text.Length && !(text[_at] == '*' && _at + 1 < text.Length && text[_at + 1] == '/'))
                    {
                        if (text[_at] == '\n')
                        {
                            NewLine(_at);
                            _newline = true;
                        }
                        _at++;
                    }
                    if (_at >= text.Length)
                    {
                        Fail(TokenKind.Bad, open, new GolfcartSyntaxException(Messages.UnterminatedComment, open, true));
                        return false;
                    }
                    _at += 2;
                }
                else break;
            }
            return true;
        }

        /// <summary>A line starts after <paramref name="at"/> (in trivia or inside a string).</summary>
        private void NewLine(int at)
        {
            _line++;
            _lineStart = at + 1;
        }

        private void Add(TokenKind kind, SrcPos pos, int text)
        {
            _tokens.Add(new Token(kind, pos.Line, pos.Col, text, _newline));
            _newline = false;
        }

        private void Fail(TokenKind kind, SrcPos pos, GolfcartSyntaxException error)
        {
            Add(kind, pos, -1);
            _error = error;
        }

        /// <summary>The number of the text from <paramref name="start"/> to here in the table of texts, added once per distinct text.</summary>
        private int Interned(int start) => Interned(_text.AsSpan(start, _at - start));

        private int Interned(ReadOnlySpan<char> span)
        {
            var lookup = _textIds.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(span, out int id))
            {
                id = _texts.Count;
                string text = span.ToString();
                _texts.Add(text);
                _textIds[text] = id;
            }
            return id;
        }

        /// <summary>A string literal's value: not shared (two equal literals are rarely in one program), just stored.</summary>
        private int Stored(string value)
        {
            _texts.Add(value);
            return _texts.Count - 1;
        }

        private void Next()
        {
            char c = _text[_at];
            if (IsIdentStart(c)) Word();
            else if (char.IsAsciiDigit(c) || (c == '.' && _at + 1 < _text.Length && char.IsAsciiDigit(_text[_at + 1]))) Number();
            else if (c == '"') String();
            else if (c < 128 && SymbolsByFirst[c] is { Length: > 0 } candidates) Symbol(candidates);
            else
            {
                // Anything else is a token no rule accepts; the parser reports it where it stands.
                int length = char.IsHighSurrogate(c) && _at + 1 < _text.Length && char.IsLowSurrogate(_text[_at + 1]) ? 2 : 1;
                Add(TokenKind.Unknown, Here, Interned(_text.AsSpan(_at, length)));
                _at += length;
            }
        }

        private void Word()
        {
            int start = _at;
            while (_at < _text.Length && IsIdentPart(_text[_at])) _at++;
            int word = Interned(start);
            Add(IsKeyword(_texts[word]) ? TokenKind.Keyword : TokenKind.Word, At(start), word);
        }

        private void Number()
        {
            int start = _at;
            while (_at < _text.Length && char.IsAsciiDigit(_text[_at])) _at++;
            if (_at + 1 < _text.Length && _text[_at] == '.' && char.IsAsciiDigit(_text[_at + 1]))
            {
                _at++;
                while (_at < _text.Length && char.IsAsciiDigit(_text[_at])) _at++;
            }
            Add(TokenKind.Number, At(start), Interned(start));
        }

        private void Symbol((string Text, TokenKind Kind)[] candidates)
        {
            foreach (var (text, kind) in candidates)
            {
                if (string.CompareOrdinal(_text, _at, text, 0, text.Length) != 0) continue;
                Add(kind, Here, -1); // the kind says which symbol
                _at += text.Length;
                return;
            }
        }

        /// <summary>A double-quoted string; may span lines; escapes <c>\n \t \r \" \\ \0 \u{…}</c>.</summary>
        private void String()
        {
            var open = Here;
            string text = _text;
            _at++;
            StringBuilder? sb = null;
            int runStart = _at;
            while (true)
            {
                if (_at >= text.Length)
                {
                    Fail(TokenKind.String, open, new GolfcartSyntaxException(Messages.UnterminatedString, open, true));
                    return;
                }
                char c = text[_at];
                if (c == '"') break;
                if (c == '\n') NewLine(_at);
                if (c != '\\')
                {
                    _at++;
                    continue;
                }
                // An escape: keep what came before it, then its character.
                sb ??= new StringBuilder();
                sb.Append(text, runStart, _at - runStart);
                var escape = Here;
                if (_at + 1 >= text.Length)
                {
                    Fail(TokenKind.String, open, new GolfcartSyntaxException(Messages.UnterminatedString, open, true));
                    return;
                }
                char e = text[_at + 1];
                _at += 2;
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '0': sb.Append('\0'); break;
                    case 'u':
                        if (!UnicodeEscape(sb))
                        {
                            Fail(TokenKind.String, open, new GolfcartSyntaxException(Messages.BadUnicodeEscape, escape, false));
                            return;
                        }
                        break;
                    case '\n' or '\r':
                        Fail(TokenKind.String, open, new GolfcartSyntaxException(Messages.BackslashAtLineEnd, escape, false));
                        return;
                    default:
                        // The escape's text as written: a character, or both halves of a surrogate pair.
                        int length = char.IsHighSurrogate(e) && _at < text.Length && char.IsLowSurrogate(text[_at]) ? 2 : 1;
                        Fail(TokenKind.String, open,
                            new GolfcartSyntaxException(Messages.BadEscape("\\" + text.Substring(_at - 1, length)), escape, false));
                        return;
                }
                runStart = _at;
            }
            string value = sb is null ? text.Substring(runStart, _at - runStart) : sb.Append(text, runStart, _at - runStart).ToString();
            _at++;
            Add(TokenKind.String, open, Stored(value));
        }

        /// <summary>The <c>{1F384}</c> after <c>\u</c>: 1 to 6 hex digits naming a code point that is not a surrogate.</summary>
        private bool UnicodeEscape(StringBuilder sb)
        {
            string text = _text;
            if (_at >= text.Length || text[_at] != '{') return false;
            _at++;
            int code = 0, digits = 0;
            while (_at < text.Length && char.IsAsciiHexDigit(text[_at]) && digits < 7)
            {
                code = code * 16 + HexValue(text[_at]);
                digits++;
                _at++;
            }
            if (_at >= text.Length || text[_at] != '}' || digits is 0 or > 6 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
                return false;
            _at++;
            sb.Append(char.ConvertFromUtf32(code));
            return true;
        }

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        /// <summary>
        /// Where an error "at the end of the input" points: just after the last thing written, not
        /// onto an empty line after it.
        /// </summary>
        private SrcPos EndOfContent()
        {
            string text = _text;
            int end = text.Length;
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            int line = 1, lineStart = 0;
            for (int k = text.IndexOf('\n'); k >= 0 && k < end; k = text.IndexOf('\n', k + 1))
            {
                line++;
                lineStart = k + 1;
            }
            return new SrcPos(source, line, end - lineStart + 1);
        }
    }

    /// <summary>The value of a number token.</summary>
    public static double NumberValue(Token token) =>
        double.Parse(token.Text!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>
    /// Describes the token at <paramref name="token"/> for an error message: <c>`x`</c>, "a string",
    /// or "the end of the input". A word or number is shown up to 30 characters; a symbol as the
    /// one or two characters that make it.
    /// </summary>
    public static string Describe(Token token)
    {
        if (token.Kind == TokenKind.End) return "the end of the input";
        var source = ScanResult.Current.Source;
        string text = source.Text;
        int at = source.OffsetOf(token.Line, token.Col);
        char c = text[at];
        if (IsIdentStart(c) || char.IsAsciiDigit(c))
        {
            int end = at;
            while (end < text.Length && IsIdentPart(text[end]) && end - at < 30) end++;
            return $"`{text[at..end]}`";
        }
        if (c == '"') return "a string";
        if (at + 1 < text.Length && Symbols.Contains(text.Substring(at, 2))) return $"`{text.Substring(at, 2)}`";
        if (c == '`') return "a backtick";
        if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])) return $"`{text.Substring(at, 2)}`";
        return $"`{c}`";
    }
}
