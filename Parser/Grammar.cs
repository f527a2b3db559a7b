using Pidgin;
using static Golfcart.Combinators;
using static Pidgin.Parser;

namespace Golfcart;

/// <summary>
/// The Golfcart grammar, over the scanner's tokens, built with Pidgin: one public field per rule
/// of <c>Parser/grammar.ebnf</c> (a test keeps the two in step), loosest-binding first as in
/// LANGUAGE.md §4. A rule that uses one defined further down reaches it through <see cref="Combinators.Ref{T}"/>,
/// since the fields are made in order. The wording of every syntax error is here, as the
/// <see cref="Combinators.Expect{T}"/> labels: "expected LABEL, found …".
/// </summary>
internal static class Grammar
{
    // ---- Program and expressions ------------------------------------------------------------

    /// <summary>Program = { Expression } ; — then the end of the input.</summary>
    public static readonly Parser<Token, Block> Program = Map(
        (first, body, _) => new Block(new SrcPos(first.Pos.Src, 1, 1), body.ToArray()),
        Peek, Ref(() => Expression).Many(), Tok(TokenKind.End).Expect(SyntaxErrors.StartOfExpression));

    /// <summary>Expression = Assignment ; — nesting is counted here.</summary>
    public static readonly Parser<Token, Node> Expression = Nested(Ref(() => Assignment));

    private static readonly TokenKind[] AssignKinds =
    [
        TokenKind.Assign, TokenKind.AddAssign, TokenKind.SubAssign, TokenKind.MulAssign, TokenKind.DivAssign, TokenKind.ModAssign,
        TokenKind.AmpAssign, TokenKind.PipeAssign, TokenKind.CaretAssign, TokenKind.ShiftLeftAssign, TokenKind.ShiftRightAssign,
    ];

    /// <summary>AssignOperator = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&amp;=" | "|=" | "^=" | "&lt;&lt;=" | "&gt;&gt;=" ;</summary>
    public static readonly Parser<Token, Token> AssignOperator = Choice(Array.ConvertAll(AssignKinds, Tok));

    /// <summary>
    /// Assignment = Or [ AssignOperator Expression ] ; — right-associative; the target must be a
    /// name, an index, a member, or (with <c>=</c> only) a list pattern of targets.
    /// </summary>
    public static readonly Parser<Token, Node> Assignment = Map(Build.Assignment,
        Ref(() => Or), AssignOperator.Then(op => ValueAfter(op.Kind), (op, value) => (op, value)).Optional());

    /// <summary>The value of an assignment, for each operator: "expected an expression after `+=`" when it is missing.</summary>
    private static readonly Dictionary<TokenKind, Parser<Token, Node>> ValuesAfter =
        AssignKinds.ToDictionary(op => op, op => Expression.Expect($"an expression after `{Scanner.TextOf(op)}`"));

    private static Parser<Token, Node> ValueAfter(TokenKind op) => ValuesAfter[op];

    /// <summary>Or = And { "or" And } ;</summary>
    public static readonly Parser<Token, Node> Or = LeftAssoc(Ref(() => And),
        WordOp("or", (p, l, r) => new Logical(p, false, l, r)));

    /// <summary>And = Equality { "and" Equality } ;</summary>
    public static readonly Parser<Token, Node> And = LeftAssoc(Ref(() => Equality),
        WordOp("and", (p, l, r) => new Logical(p, true, l, r)));

    /// <summary>Equality = Comparison { ( "==" | "!=" ) Comparison } ;</summary>
    public static readonly Parser<Token, Node> Equality = LeftAssoc(Ref(() => Comparison),
        Op(TokenKind.EqualEqual, (p, l, r) => new Equality(p, false, l, r)),
        Op(TokenKind.BangEqual, (p, l, r) => new Equality(p, true, l, r)));

    /// <summary>Comparison = BitOr { ( "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ) BitOr } ;</summary>
    public static readonly Parser<Token, Node> Comparison = LeftAssoc(Ref(() => BitOr),
        Op(TokenKind.Less, (p, l, r) => Compare.Make(p, CompareOp.Less, l, r)),
        Op(TokenKind.LessEqual, (p, l, r) => Compare.Make(p, CompareOp.LessEqual, l, r)),
        Op(TokenKind.Greater, (p, l, r) => Compare.Make(p, CompareOp.Greater, l, r)),
        Op(TokenKind.GreaterEqual, (p, l, r) => Compare.Make(p, CompareOp.GreaterEqual, l, r)));

    /// <summary>BitOr = BitXor { "|" BitXor } ; — the bitwise levels sit between comparison and <c>+ -</c>, as in Python.</summary>
    public static readonly Parser<Token, Node> BitOr = LeftAssoc(Ref(() => BitXor),
        Op(TokenKind.Pipe, (p, l, r) => Arith.Make(p, ArithOp.BitOr, l, r)));

    /// <summary>BitXor = BitAnd { "^" BitAnd } ;</summary>
    public static readonly Parser<Token, Node> BitXor = LeftAssoc(Ref(() => BitAnd),
        Op(TokenKind.Caret, (p, l, r) => Arith.Make(p, ArithOp.BitXor, l, r)));

    /// <summary>BitAnd = Shift { "&amp;" Shift } ;</summary>
    public static readonly Parser<Token, Node> BitAnd = LeftAssoc(Ref(() => Shift),
        Op(TokenKind.Amp, (p, l, r) => Arith.Make(p, ArithOp.BitAnd, l, r)));

    /// <summary>Shift = Additive { ( "&lt;&lt;" | "&gt;&gt;" ) Additive } ;</summary>
    public static readonly Parser<Token, Node> Shift = LeftAssoc(Ref(() => Additive),
        Op(TokenKind.ShiftLeft, (p, l, r) => Arith.Make(p, ArithOp.Shl, l, r)),
        Op(TokenKind.ShiftRight, (p, l, r) => Arith.Make(p, ArithOp.Shr, l, r)));

    /// <summary>Additive = Multiplicative { ( "+" | "-" ) Multiplicative } ;</summary>
    public static readonly Parser<Token, Node> Additive = LeftAssoc(Ref(() => Multiplicative),
        Op(TokenKind.Plus, (p, l, r) => Arith.Make(p, ArithOp.Add, l, r)),
        Op(TokenKind.Minus, (p, l, r) => Arith.Make(p, ArithOp.Sub, l, r)));

    /// <summary>Multiplicative = Unary { ( "*" | "/" | "%" ) Unary } ;</summary>
    public static readonly Parser<Token, Node> Multiplicative = LeftAssoc(Ref(() => Unary),
        Op(TokenKind.Star, (p, l, r) => Arith.Make(p, ArithOp.Mul, l, r)),
        Op(TokenKind.Slash, (p, l, r) => Arith.Make(p, ArithOp.Div, l, r)),
        Op(TokenKind.Percent, (p, l, r) => Arith.Make(p, ArithOp.Mod, l, r)));

    /// <summary>Unary = ( "-" | "!" | "~" ) Unary | Postfix ;</summary>
    public static readonly Parser<Token, Node> Unary = Choice(
        Map((sign, operand) => (Node)new Negate(sign.Pos, operand),
            Tok(TokenKind.Minus), Nested(Ref(() => Unary)).Expect("an expression after `-`")),
        Map((sign, operand) => (Node)new Not(sign.Pos, operand),
            Tok(TokenKind.Bang), Nested(Ref(() => Unary)).Expect("an expression after `!`")),
        Map((sign, operand) => (Node)new BitNot(sign.Pos, operand),
            Tok(TokenKind.Tilde), Nested(Ref(() => Unary)).Expect("an expression after `~`")),
        Ref(() => Postfix));

    // ---- Postfix operators and primaries ----------------------------------------------------

    /// <summary>A call's arguments, an index or a member, applied to what comes before it (the postfix expression starts at <c>start</c>).</summary>
    private abstract record Suffix
    {
        public abstract Node Apply(SrcPos start, Node target);
    }

    private sealed record CallSuffix(Node[] Args) : Suffix
    {
        public override Node Apply(SrcPos start, Node target) => Call.Make(start, target, Args);
    }

    private sealed record IndexSuffix(SrcPos At, Node Key) : Suffix
    {
        public override Node Apply(SrcPos start, Node target) => new Index(At, target, Key);
    }

    private sealed record MemberSuffix(SrcPos At, string Name) : Suffix
    {
        public override Node Apply(SrcPos start, Node target) => new Member(At, target, Name);
    }

    private static readonly Parser<Token, Suffix> Suffixes = Choice(
        Map((open, args) => (Suffix)new CallSuffix(args),
            SameLine(TokenKind.LParen), CommaList(Expression, "an argument", TokenKind.RParen, "call")),
        Map((open, key, _) => (Suffix)new IndexSuffix(open.Pos, key),
            SameLine(TokenKind.LBracket), Expression.Expect("an index after `[`"),
            Tok(TokenKind.RBracket).Expect("`]` to close the index opened at {open}")),
        Map((dot, name) => (Suffix)new MemberSuffix(dot.Pos, name.Text!),
            SameLine(TokenKind.Dot), Ref(() => Word).Expect("a name after `.`")));

    /// <summary>
    /// Postfix = Primary { "(" [ Expression { "," Expression } [ "," ] ] ")" | "[" Expression "]" | "." Word } ;
    /// — each suffix binds only when it starts on the line where the expression before it ends.
    /// </summary>
    public static readonly Parser<Token, Node> Postfix = Map(
        (first, primary, suffixes) =>
        {
            var node = primary;
            foreach (var suffix in suffixes) node = suffix.Apply(first.Pos, StackCheck.Around(node));
            return node;
        },
        Peek, Ref(() => Primary), Suffixes.Many());

    /// <summary>
    /// Primary = Function | Identifier | Number | String | Parenthesised | List | Dict
    ///         | If | For | ReturnExpr | "true" | "false" | "nil" | "break" | "continue" ;
    /// — the commonest first; a function is tried before a name or a parenthesis, which it starts like.
    /// </summary>
    public static readonly Parser<Token, Node> Primary = Choice(
        Ref(() => Function),
        Ref(() => Identifier).Select(t => (Node)new Ident(t.Pos, t.Name)),
        Ref(() => Number),
        Ref(() => String),
        Ref(() => Parenthesised),
        Ref(() => List),
        Ref(() => Dict),
        Ref(() => If),
        Ref(() => For),
        Ref(() => ReturnExpr),
        Keyword("true", "false", "nil", "break", "continue").Select(t => t.Text switch
        {
            "true" => new Literal(t.Pos, Value.True),
            "false" => new Literal(t.Pos, Value.False),
            "nil" => new Literal(t.Pos, Value.Nil),
            "break" => (Node)new Jump(t.Pos, Signal.Break),
            _ => new Jump(t.Pos, Signal.Continue),
        }));

    /// <summary>Parenthesised = "(" Expression ")" ;</summary>
    public static readonly Parser<Token, Node> Parenthesised = Map((_, inner, _) => inner,
        Tok(TokenKind.LParen), Expression.Expect("an expression after `(`"),
        Tok(TokenKind.RParen).Expect("`)` to close the parenthesis opened at {open}"));

    // ---- Blocks and control flow -------------------------------------------------------------

    /// <summary>Block = "{" { Expression } "}" ;</summary>
    public static readonly Parser<Token, Block> Block = Map((open, body, _) => new Block(open.Pos, body.ToArray()),
        Tok(TokenKind.LBrace), Expression.Many(), Tok(TokenKind.RBrace).Expect("`}` to close the block opened at {open}"));

    private static readonly Parser<Token, Node> Condition = Expression.Expect("a condition after `if`");
    private static readonly Parser<Token, Block> Branch = Block.Expect("`{` to start the `if` branch");

    /// <summary>If = "if" Expression Block { "else" "if" Expression Block } [ "else" Block ] ;</summary>
    public static readonly Parser<Token, Node> If = Map(Build.If,
        Keyword("if"), Condition, Branch,
        Try(Keyword("else").Then(Keyword("if"))).Then(Map((c, b) => (c, b), Condition, Branch)).Many(),
        Keyword("else").Then(Block.Expect("`{` or `if` after `else`")).Optional());

    /// <summary>LoopVar = Identifier | List ; — a list of names only, checked once the header is read.</summary>
    public static readonly Parser<Token, Node> LoopVar = Choice(
        Ref(() => Identifier).Select(t => (Node)new Ident(t.Pos, t.Name)),
        Ref(() => List));

    /// <summary>ForInHeader = LoopVar [ "," LoopVar ] "in" ; — only the value (the last) may be a pattern.</summary>
    public static readonly Parser<Token, (Node? Key, Node Value)> ForInHeader = Map(
        (first, second, _) => second.HasValue ? ((Node?)first, second.Value) : (null, first),
        LoopVar, Tok(TokenKind.Comma).Then(LoopVar).Optional(), Contextual("in"));

    private static readonly Parser<Token, Block> LoopBody = Block.Expect("`{` to start the loop body");

    /// <summary>
    /// For = "for" ( Block | ForInHeader Expression Block
    ///             | Expression ";" Expression ";" Expression Block | Expression Block ) ;
    /// Each choice gives the loop, made once the position of <c>for</c> is known.
    /// </summary>
    public static readonly Parser<Token, Node> For = Map((kw, loop) => loop(kw.Pos),
        Keyword("for"),
        Choice(
            Block.Select<Func<SrcPos, Node>>(body => pos => new ForWhile(pos, null, body)),
            Map<Token, (Node? Key, Node Value), Node, Block, Func<SrcPos, Node>>(
                (header, source, body) => pos => Build.ForIn(pos, header, source, body),
                Try(ForInHeader), Expression.Expect("a list, string or dict to loop over after `in`"), LoopBody),
            Tok(TokenKind.Semicolon).Select<Func<SrcPos, Node>>(
                semicolon => throw new GolfcartSyntaxException(Messages.EmptyForInit, semicolon.Pos, false)),
            Map((first, rest) => rest(first),
                Expression,
                Choice(
                    Map<Token, Token, Node, Token, Node, Block, Func<Node, Func<SrcPos, Node>>>(
                        (_, cond, _, post, body) => init => pos => new ForClassic(pos, init, cond, post, body),
                        Tok(TokenKind.Semicolon), Expression.Expect("a loop condition after `;`"),
                        Tok(TokenKind.Semicolon).Expect("`;` after the loop condition"),
                        Expression.Expect("an expression after the second `;`"), LoopBody),
                    Block.Select<Func<Node, Func<SrcPos, Node>>>(body => cond => pos => new ForWhile(pos, cond, body))
                ).Expect("`;` or `{` after the loop condition"))
        ).Expect("a loop condition, `x in xs`, or `{` after `for`"));

    /// <summary>ReturnExpr = "return" [ Expression ] ; — the value starts on the line of <c>return</c>.</summary>
    public static readonly Parser<Token, Node> ReturnExpr = Map(
        (kw, value) => (Node)new Return(kw.Pos, value.HasValue ? value.Value : null),
        Keyword("return"), OnSameLine.Then(Expression).Optional());

    // ---- Functions and literals --------------------------------------------------------------

    /// <summary>Params = Identifier | "(" [ Identifier { "," Identifier } ] ")" ;</summary>
    public static readonly Parser<Token, Token[]> Params = Choice(
        Ref(() => Identifier).Select(name => new[] { name }),
        Map((_, names, _) => names.ToArray(),
            Tok(TokenKind.LParen), Ref(() => Identifier).Separated(Tok(TokenKind.Comma)), Tok(TokenKind.RParen)));

    /// <summary>Function = Params "=>" ( Block | Expression ) ; — after <c>=&gt;</c> a <c>{</c> always opens a block.</summary>
    public static readonly Parser<Token, Node> Function = Map(
        (start, names, body) => (Node)new FuncLit(start.Pos, names, body),
        Peek,
        Try(Params.Before(Tok(TokenKind.Arrow))).Select(Build.Parameters),
        Choice(Block.Select(b => (Node)b), Expression).Expect("the function body after `=>`"));

    /// <summary>List = "[" [ Expression { "," Expression } [ "," ] ] "]" ;</summary>
    public static readonly Parser<Token, Node> List = Map((open, items) => (Node)new ListLit(open.Pos, items),
        Tok(TokenKind.LBracket), CommaList(Expression, "an element", TokenKind.RBracket, "list"));

    /// <summary>DictEntry = ( Identifier | Expression ) ":" Expression ; — a bare name is the string of its name.</summary>
    public static readonly Parser<Token, (Node Key, Node Value)> DictEntry = Map(Build.DictEntry,
        Choice(
            Try(Ref(() => Identifier).Before(Tok(TokenKind.Colon))).Select(name => (Node)new Literal(name.Pos, Value.String(name.Text!))),
            Expression.Before(Tok(TokenKind.Colon).Expect("`:` after the dict key"))),
        Expression.Expect("a value after `:`"));

    /// <summary>Dict = "{" [ DictEntry { "," DictEntry } [ "," ] ] "}" ;</summary>
    public static readonly Parser<Token, Node> Dict = Map((open, entries) => Build.Dict(open, entries),
        Tok(TokenKind.LBrace), CommaList(DictEntry, "a `key: value` entry", TokenKind.RBrace, "dict"));

    // ---- Tokens (the scanner reads them; these accept them where the grammar wants one) -----

    /// <summary>Word = a name or a keyword: after <c>.</c> any word names a field.</summary>
    public static readonly Parser<Token, Token> Word = Choice(Tok(TokenKind.Word), Tok(TokenKind.Keyword));

    /// <summary>Identifier = Word - Keyword ;</summary>
    public static readonly Parser<Token, Token> Identifier = Tok(TokenKind.Word);

    /// <summary>Number: <c>12</c>, <c>3.25</c>, <c>.5</c>.</summary>
    public static readonly Parser<Token, Node> Number = Tok(TokenKind.Number)
        .Select(t => (Node)new Literal(t.Pos, Value.Number(Scanner.NumberValue(t))));

    /// <summary>String: a string literal; one the scanner could not read is reported here, where the grammar wants it.</summary>
    public static readonly Parser<Token, Node> String = Tok(TokenKind.String)
        .Select(t => t.Text is null ? throw SyntaxErrors.ScanError(t) : (Node)new Literal(t.Pos, Value.String(t.Text)));
}
