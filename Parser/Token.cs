namespace Golfcart;

/// <summary>What a token is: a word (a name or a keyword), a literal, one of the symbols, or the end.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, digits and <c>_</c> that are not a keyword: <c>x</c>, <c>in</c>.</summary>
    Word,
    /// <summary>One of <see cref="Scanner.Keywords"/>: <c>if</c>, <c>and</c>, …</summary>
    Keyword,
    /// <summary><c>12</c>, <c>3.25</c>, <c>.5</c>; <see cref="Token.Text"/> is the number as written.</summary>
    Number,
    /// <summary>A string literal; <see cref="Token.Text"/> is its value with the escapes applied.</summary>
    String,

    // Symbols. Scanner.Symbols pairs each with its text.
    Assign, AddAssign, SubAssign, MulAssign, DivAssign, ModAssign,
    EqualEqual, BangEqual, Less, LessEqual, Greater, GreaterEqual,
    Plus, Minus, Star, Slash, Percent, Bang, Arrow,
    Amp, Pipe, Caret, Tilde, ShiftLeft, ShiftRight, AmpAssign, PipeAssign, CaretAssign, ShiftLeftAssign, ShiftRightAssign,
    /// <summary>What Python habits write (<c>&amp;&amp; || ** ++</c>): no rule accepts them; the error says what Golfcart writes.</summary>
    AmpAmp, PipePipe, StarStar, PlusPlus,
    LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Colon, Semicolon, Dot,

    /// <summary>A character no token starts with (<c>@</c>, <c>#</c>, a backtick): no rule accepts it.</summary>
    Unknown,
    /// <summary>A string or comment the scanner could not finish; <see cref="ScanResult.Error"/> says why.</summary>
    Bad,
    /// <summary>After the last token, positioned just after the last thing written.</summary>
    End,
}

/// <summary>
/// One token: its kind, where it starts, its text, and whether a line break comes between it and
/// the token before — the same-line rule for calls, indexes and members (LANGUAGE.md §2) and for
/// <c>return</c>'s value reads that. A token holds no references (its text is a number into the
/// scan's table of texts, its position needs the scan's source), so the scanner's array of them is
/// 16 bytes a token and the garbage collector never looks inside it; <see cref="Pos"/> and
/// <see cref="Text"/> read the scan that is <see cref="ScanResult.Current"/> on this thread.
/// </summary>
internal readonly struct Token(TokenKind kind, int line, int col, int text, bool newlineBefore)
{
    public readonly TokenKind Kind = kind;
    public readonly bool NewlineBefore = newlineBefore;
    public readonly int Line = line, Col = col;
    private readonly int _text = text;

    /// <summary>Where the token starts.</summary>
    public SrcPos Pos => new(ScanResult.Current.Source, Line, Col);

    /// <summary>A word's or number's text as written, a string literal's value; null for a symbol (its kind says which), the end or a bad token.</summary>
    public string? Text => _text < 0 ? null : ScanResult.Current.Texts[_text];

    /// <summary>A word's <see cref="Golfcart.Name"/>, made once per distinct word of the scan.</summary>
    public Name Name => ScanResult.Current.NameOf(_text);

    public override string ToString() => $"{Kind} {Line}:{Col}";
}

/// <summary>
/// What the scanner made of a source: its tokens, ending with an <see cref="TokenKind.End"/>, their
/// texts, and the scanner's error if it met one. Scanning stops at its first error, which becomes a
/// <see cref="TokenKind.Bad"/> token (or a string token whose value could not be read): the error
/// is reported when the parser reaches that token, so an earlier syntax error is still reported first.
/// </summary>
internal sealed class ScanResult(SourceText source, List<Token> tokens, List<string> texts, GolfcartSyntaxException? error)
{
    public readonly SourceText Source = source;
    public readonly List<string> Texts = texts;
    public readonly GolfcartSyntaxException? Error = error;

    private Name?[]? _names;

    /// <summary>The <see cref="Golfcart.Name"/> of text number <paramref name="text"/>.</summary>
    public Name NameOf(int text)
    {
        _names ??= new Name?[Texts.Count];
        return _names[text] ??= Name.Of(Texts[text]);
    }

    /// <summary>The tokens, read in place (no copy of the scanner's list).</summary>
    public ReadOnlySpan<Token> Tokens => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);

    [ThreadStatic] private static ScanResult? _current;

    /// <summary>The scan whose tokens this thread is reading (see <see cref="Use"/>).</summary>
    public static ScanResult Current => _current ?? throw new InvalidOperationException("no scan is being read on this thread");

    /// <summary>Makes this scan <see cref="Current"/> until the result is disposed (then the one before it is again).</summary>
    public Reading Use()
    {
        var outer = _current;
        _current = this;
        return new Reading(outer);
    }

    public readonly struct Reading(ScanResult? outer) : IDisposable
    {
        public void Dispose() => _current = outer;
    }
}
