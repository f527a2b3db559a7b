using System.Runtime.CompilerServices;
using Sprache;
using static Golfcart.Lexical;

namespace Golfcart;

/// <summary>
/// The Golfcart grammar: one <see cref="Parser{T}"/> field per rule, one precedence level each,
/// loosest first (LANGUAGE.md §4). <c>Parser/grammar.ebnf</c> is the same grammar in EBNF, and a
/// test keeps the two in step. Once a construct is committed to (its opening bracket or keyword
/// was seen), a missing part is a syntax error thrown at once, with a message in words.
/// </summary>
internal static class Grammar
{
    /// <summary>How deeply expressions may nest (brackets, operands, bodies) before it is a syntax error.</summary>
    public const int MaxNesting = 200;

    [ThreadStatic] private static int _nesting;

    private static IResult<T> Ok<T>(T value, IInput rest) => Result.Success(value, rest);
    private static IResult<T> No<T>(IInput at, string what) => Result.Failure<T>(at, $"expected {what}", [what]);

    /// <summary>Runs <paramref name="p"/>; if it fails, the program is wrong here: "expected WHAT, found X".</summary>
    private static Parser<T> Expect<T>(Parser<T> p, string what) => i =>
    {
        var r = p(i);
        if (r.WasSuccessful) return r;
        var at = SkipTrivia(i);
        throw Error(at, Messages.Expected(what, Describe(at)));
    };

    /// <summary>
    /// A forward reference to a rule defined later. (Sprache's own <c>Parse.Ref</c> memoises each
    /// result per input position and throws on re-entry after a failure, which breaks retries.)
    /// </summary>
    private static Parser<T> Ref<T>(Func<Parser<T>?> rule)
    {
        Parser<T>? parser = null;
        return i => (parser ??= rule() ?? throw new InvalidOperationException("a grammar rule was used before it was defined"))(i);
    }

    // The rules defined further down that rules above them call, each made once.
    private static readonly Parser<Node> OrRule = Ref(() => Or), PostfixRule = Ref(() => Postfix), PrimaryRule = Ref(() => Primary);

    /// <summary>Counts nesting, so that 100,000 <c>(</c> are a syntax error rather than a stack overflow.</summary>
    private static Parser<Node> Nested(Parser<Node> p) => i =>
    {
        if (_nesting >= MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Error(SkipTrivia(i), Messages.TooDeep);
        _nesting++;
        try
        {
            return p(i);
        }
        finally
        {
            _nesting--;
        }
    };

    // ---- Program and expressions ------------------------------------------------------------

    /// <summary>Program = { Expression } ; — then nothing but trivia.</summary>
    public static readonly Parser<Block> Program = i =>
    {
        var start = PosOf(i);
        var (body, rest) = Expressions(i);
        var end = SkipTrivia(rest);
        if (!end.AtEnd) throw Error(end, Messages.UnexpectedAtTop(Describe(end)));
        return Ok(new Block(start, body), end);
    };

    /// <summary>
    /// { Expression }: as many as follow, as Sprache's <c>Many</c> reads them (it stops at the first
    /// that fails or reads nothing), written as a loop: no combinator made per block, and the array
    /// made without LINQ, whose assembly a program would otherwise load at start.
    /// </summary>
    private static (Node[] Items, IInput Remainder) Expressions(IInput i)
    {
        var items = new List<Node>();
        var rest = i;
        while (true)
        {
            var r = Expression(rest);
            if (!r.WasSuccessful || r.Remainder.Equals(rest)) return (items.ToArray(), rest);
            items.Add(r.Value);
            rest = r.Remainder;
        }
    }

    /// <summary>Expression = Assignment ;</summary>
    public static readonly Parser<Node> Expression = Nested(Ref(() => Assignment)).Named("expression");

    internal sealed record AssignOp(SrcPos Pos, string Text, ArithOp? Arith);

    /// <summary>One assignment operator: its text, the parser of that symbol, and the arithmetic it does first (none for <c>=</c>).</summary>
    private sealed record AssignSym(string Text, Parser<SrcPos> Symbol, ArithOp? Arith);

    private static readonly AssignSym[] AssignSyms =
    [
        new("=", Sym("=", "=>"), null), new("+=", Sym("+="), ArithOp.Add), new("-=", Sym("-="), ArithOp.Sub),
        new("*=", Sym("*="), ArithOp.Mul), new("/=", Sym("/="), ArithOp.Div), new("%=", Sym("%="), ArithOp.Mod),
    ];

    /// <summary>The assignment operators: <c>= += -= *= /= %=</c>. (A plain rule, not an <c>Or</c> of six: each combinator is bound on its first use, which a short program pays for.)</summary>
    public static readonly Parser<AssignOp> AssignOperator = i =>
    {
        foreach (var (text, symbol, arith) in AssignSyms)
        {
            var r = symbol(i);
            if (r.WasSuccessful) return Ok(new AssignOp(r.Value, text, arith), r.Remainder);
        }
        return No<AssignOp>(i, "assignment operator");
    };

    /// <summary>Assignment = Or [ AssignOperator Expression ] ; — right-associative; the target must be a name, index or member.</summary>
    public static readonly Parser<Node> Assignment = i =>
    {
        var left = OrRule(i);
        if (!left.WasSuccessful) return left;
        // Most expressions are not assignments: look before trying the six operators.
        var next = SkipTrivia(left.Remainder);
        if (next.AtEnd || !"=+-*/%".Contains(next.Current)) return left;
        var op = AssignOperator(next);
        if (!op.WasSuccessful) return left;
        var (pos, text, arith) = op.Value;
        var right = Expect(Expression, $"an expression after `{text}`")(op.Remainder);
        var value = right.Value;
        Node node = left.Value switch
        {
            Ident id => new AssignName(pos, id.Name, arith, value),
            Index ix => new AssignIndex(pos, ix.Target, ix.Key, arith, value),
            Member m => new AssignMember(pos, m.Target, m.Key, arith, value),
            _ => throw new GolfcartSyntaxException(Messages.InvalidTarget, pos, false),
        };
        if (arith is null && value is FuncLit { Name: null } f)
            f.Name = left.Value switch { Ident id => id.Name.Text, Member m => m.Key, _ => null };
        return Ok(node, right.Remainder);
    };

    private sealed record BinOp(SrcPos Pos, string Text, Func<SrcPos, Node, Node, Node> Make);

    private static Parser<BinOp> Op(string text, string notBefore, Func<SrcPos, Node, Node, Node> make) =>
        Sym(text, notBefore).Select(p => new BinOp(p, text, make));

    private static Parser<BinOp> WordOp(string word, Func<SrcPos, Node, Node, Node> make) =>
        Keyword(word).Select(p => new BinOp(p, word, make));

    /// <summary>
    /// One left-associative level: operand { op operand }. <paramref name="opStarts"/> holds the
    /// characters its operators start with: after most operands none follows, and the operators
    /// are not tried (each failed try makes a result, and an <c>Or</c> of them merges the failures).
    /// </summary>
    private static Parser<Node> LeftAssoc(Parser<Node> operand, Parser<BinOp> op, string opStarts) => i =>
    {
        var first = operand(i);
        if (!first.WasSuccessful) return first;
        var left = first.Value;
        var rest = first.Remainder;
        while (true)
        {
            var next = SkipTrivia(rest);
            if (next.AtEnd || !opStarts.Contains(next.Current)) return Ok(left, rest);
            var o = op(next);
            if (!o.WasSuccessful) return Ok(left, rest);
            var right = Expect(operand, $"an expression after `{o.Value.Text}`")(o.Remainder);
            left = o.Value.Make(o.Value.Pos, left, right.Value);
            rest = right.Remainder;
        }
    };

    /// <summary>Or = And { "or" And } ;</summary>
    public static readonly Parser<Node> Or = LeftAssoc(Ref(() => And),
        WordOp("or", (p, l, r) => new Logical(p, false, l, r)), "o").Named("expression");

    /// <summary>And = Equality { "and" Equality } ;</summary>
    public static readonly Parser<Node> And = LeftAssoc(Ref(() => Equality),
        WordOp("and", (p, l, r) => new Logical(p, true, l, r)), "a").Named("expression");

    /// <summary>Equality = Comparison { ("==" | "!=") Comparison } ;</summary>
    public static readonly Parser<Node> Equality = LeftAssoc(Ref(() => Comparison),
        Op("==", "", (p, l, r) => new Equality(p, false, l, r))
            .Or(Op("!=", "", (p, l, r) => new Equality(p, true, l, r))), "=!").Named("expression");

    /// <summary>Comparison = Additive { ("&lt;" | "&lt;=" | "&gt;" | "&gt;=") Additive } ;</summary>
    public static readonly Parser<Node> Comparison = LeftAssoc(Ref(() => Additive),
        Op("<=", "", (p, l, r) => Compare.Make(p, CompareOp.LessEqual, l, r))
            .Or(Op(">=", "", (p, l, r) => Compare.Make(p, CompareOp.GreaterEqual, l, r)))
            .Or(Op("<", "=", (p, l, r) => Compare.Make(p, CompareOp.Less, l, r)))
            .Or(Op(">", "=", (p, l, r) => Compare.Make(p, CompareOp.Greater, l, r))), "<>").Named("expression");

    /// <summary>Additive = Multiplicative { ("+" | "-") Multiplicative } ;</summary>
    public static readonly Parser<Node> Additive = LeftAssoc(Ref(() => Multiplicative),
        Op("+", "=", (p, l, r) => Arith.Make(p, ArithOp.Add, l, r))
            .Or(Op("-", "=", (p, l, r) => Arith.Make(p, ArithOp.Sub, l, r))), "+-").Named("expression");

    /// <summary>Multiplicative = Unary { ("*" | "/" | "%") Unary } ;</summary>
    public static readonly Parser<Node> Multiplicative = LeftAssoc(Ref(() => Unary),
        Op("*", "=", (p, l, r) => Arith.Make(p, ArithOp.Mul, l, r))
            .Or(Op("/", "=", (p, l, r) => Arith.Make(p, ArithOp.Div, l, r)))
            .Or(Op("%", "=", (p, l, r) => Arith.Make(p, ArithOp.Mod, l, r))), "*/%").Named("expression");

    private static readonly Parser<SrcPos> Minus = Sym("-", "="), Bang = Sym("!", "=");
    private static readonly Parser<Node> Negated = Expect(Nested(Ref(() => Unary)), "an expression after `-`");
    private static readonly Parser<Node> Notted = Expect(Nested(Ref(() => Unary)), "an expression after `!`");

    /// <summary>Unary = ("-" | "!") Unary | Postfix ; — the sign is looked for only where a <c>-</c> or <c>!</c> is.</summary>
    public static readonly Parser<Node> Unary = new Parser<Node>(i =>
    {
        var j = SkipTrivia(i);
        if (!j.AtEnd && j.Current == '-')
        {
            var sign = Minus(j);
            if (sign.WasSuccessful)
            {
                var operand = Negated(sign.Remainder);
                return Ok<Node>(new Negate(sign.Value, operand.Value), operand.Remainder);
            }
        }
        else if (!j.AtEnd && j.Current == '!')
        {
            var sign = Bang(j);
            if (sign.WasSuccessful)
            {
                var operand = Notted(sign.Remainder);
                return Ok<Node>(new Not(sign.Value, operand.Value), operand.Remainder);
            }
        }
        return PostfixRule(i);
    }).Named("expression");

    // ---- Blocks and control flow -------------------------------------------------------------

    /// <summary>Block = "{" { Expression } "}" ;</summary>
    public static readonly Parser<Block> Block = i =>
    {
        var j = SkipTrivia(i);
        if (j.AtEnd || j.Current != '{') return No<Block>(i, "`{`");
        var open = PosOf(j);
        var (body, rest) = Expressions(j.Advance());
        var close = SkipTrivia(rest);
        if (close.AtEnd || close.Current != '}')
            throw Error(close, Messages.Unclosed("`}`", "block", open, Describe(close)));
        return Ok(new Block(open, body), close.Advance());
    };

    /// <summary>If = "if" Expression Block { "else" "if" Expression Block } [ "else" Block ] ;</summary>
    public static readonly Parser<Node> If = i =>
    {
        var kw = Keyword("if")(i);
        if (!kw.WasSuccessful) return No<Node>(i, "`if`");
        var conditions = new List<Node>();
        var branches = new List<Block>();
        Block? otherwise = null;
        var rest = kw.Remainder;
        while (true)
        {
            var cond = Expect(Expression, "a condition after `if`")(rest);
            var body = Expect(Block, "`{` to start the `if` branch")(cond.Remainder);
            conditions.Add(cond.Value);
            branches.Add(body.Value);
            rest = body.Remainder;
            var els = Keyword("else")(rest);
            if (!els.WasSuccessful) break;
            var elseIf = Keyword("if")(els.Remainder);
            if (elseIf.WasSuccessful)
            {
                rest = elseIf.Remainder;
                continue;
            }
            var last = Expect(Block, "`{` or `if` after `else`")(els.Remainder);
            otherwise = last.Value;
            rest = last.Remainder;
            break;
        }
        return Ok<Node>(new If(kw.Value, conditions.ToArray(), branches.ToArray(), otherwise), rest);
    };

    internal sealed record ForInVars(Name? Key, Name Value);

    /// <summary>ForInHeader = Name [ "," Name ] "in" ;</summary>
    public static readonly Parser<ForInVars> ForInHeader =
        from first in Identifier
        from second in Sym(",").Then(_ => Identifier).Optional()
        from kw in Keyword("in")
        select second.IsDefined
            ? new ForInVars(Name.Of(first.Text), Name.Of(second.Get().Text))
            : new ForInVars(null, Name.Of(first.Text));

    /// <summary>
    /// For = "for" ( Block | ForInHeader Expression Block
    ///             | Expression ";" Expression ";" Expression Block | Expression Block ) ;
    /// </summary>
    public static readonly Parser<Node> For = i =>
    {
        var kw = Keyword("for")(i);
        if (!kw.WasSuccessful) return No<Node>(i, "`for`");
        var pos = kw.Value;
        var rest = kw.Remainder;
        var j = SkipTrivia(rest);
        if (!j.AtEnd && j.Current == '{')
        {
            var forever = Block(rest);
            return Ok<Node>(new ForWhile(pos, null, forever.Value), forever.Remainder);
        }
        var header = ForInHeader(rest);
        if (header.WasSuccessful)
        {
            var source = Expect(Expression, "a list, string or dict to loop over after `in`")(header.Remainder);
            var body = Expect(Block, "`{` to start the loop body")(source.Remainder);
            return Ok<Node>(new ForIn(pos, header.Value.Key, header.Value.Value, source.Value, body.Value), body.Remainder);
        }
        if (!j.AtEnd && j.Current == ';') throw Error(j, Messages.EmptyForInit);
        var first = Expect(Expression, "a loop condition, `x in xs`, or `{` after `for`")(rest);
        var semi = Sym(";")(first.Remainder);
        if (semi.WasSuccessful)
        {
            var cond = Expect(Expression, "a loop condition after `;`")(semi.Remainder);
            var semi2 = Expect(Sym(";"), "`;` after the loop condition")(cond.Remainder);
            var post = Expect(Expression, "an expression after the second `;`")(semi2.Remainder);
            var body = Expect(Block, "`{` to start the loop body")(post.Remainder);
            return Ok<Node>(new ForClassic(pos, first.Value, cond.Value, post.Value, body.Value), body.Remainder);
        }
        var whileBody = Expect(Block, "`;` or `{` after the loop condition")(first.Remainder);
        return Ok<Node>(new ForWhile(pos, first.Value, whileBody.Value), whileBody.Remainder);
    };

    /// <summary>Return = "return" [ Expression ] ; — the value must start on the same line as <c>return</c>.</summary>
    public static readonly Parser<Node> ReturnExpr = i =>
    {
        var kw = Keyword("return")(i);
        if (!kw.WasSuccessful) return No<Node>(i, "`return`");
        var j = SkipTrivia(kw.Remainder);
        if (!j.AtEnd && j.Line == kw.Remainder.Line)
        {
            var value = Expression(kw.Remainder);
            if (value.WasSuccessful) return Ok<Node>(new Return(kw.Value, value.Value), value.Remainder);
        }
        return Ok<Node>(new Return(kw.Value, null), kw.Remainder);
    };

    // ---- Functions and literals --------------------------------------------------------------

    private static readonly Parser<SrcPos> OpenParen = Sym("("), Comma = Sym(","), CloseParen = Sym(")");

    /// <summary>Params = Name | "(" [ Name { "," Name } ] ")" ; — a plain rule (see <see cref="AssignOperator"/>).</summary>
    public static readonly Parser<IEnumerable<Token>> Params = i =>
    {
        var one = Identifier(i);
        if (one.WasSuccessful) return Ok<IEnumerable<Token>>([one.Value], one.Remainder);
        var open = OpenParen(i);
        if (!open.WasSuccessful) return No<IEnumerable<Token>>(i, "parameters");
        var names = new List<Token>();
        var rest = open.Remainder;
        var first = Identifier(rest);
        if (first.WasSuccessful)
        {
            names.Add(first.Value);
            rest = first.Remainder;
            while (true)
            {
                var comma = Comma(rest);
                if (!comma.WasSuccessful) break;
                var next = Identifier(comma.Remainder);
                if (!next.WasSuccessful) break;
                names.Add(next.Value);
                rest = next.Remainder;
            }
        }
        var close = CloseParen(rest);
        return close.WasSuccessful ? Ok<IEnumerable<Token>>(names, close.Remainder) : No<IEnumerable<Token>>(i, "parameters");
    };

    /// <summary>Function = Params "=>" ( Block | Expression ) ; — after <c>=&gt;</c> a <c>{</c> always opens a block.</summary>
    public static readonly Parser<Node> Function = i =>
    {
        var start = Here(i);
        var ps = Params(i);
        if (!ps.WasSuccessful) return No<Node>(i, "a function");
        var arrow = Sym("=>", "")(ps.Remainder);
        if (!arrow.WasSuccessful) return No<Node>(i, "a function");
        var names = new List<Name>();
        foreach (var (pos, text) in ps.Value)
        {
            var name = Name.Of(text);
            if (names.Contains(name)) throw new GolfcartSyntaxException(Messages.DuplicateParam(text), pos, false);
            names.Add(name);
        }
        var j = SkipTrivia(arrow.Remainder);
        var body = !j.AtEnd && j.Current == '{'
            ? Block.Select(b => (Node)b)(arrow.Remainder)
            : Expect(Expression, "the function body after `=>`")(arrow.Remainder);
        return Ok<Node>(new FuncLit(start.Value, names.ToArray(), body.Value), body.Remainder);
    };

    /// <summary>List = "[" [ Expression { "," Expression } [ "," ] ] "]" ;</summary>
    public static readonly Parser<Node> List = i =>
    {
        var open = Here(i);
        var (items, rest) = CommaList(open.Remainder.Advance(), ']', "list", open.Value, "an element", Expression);
        return Ok<Node>(new ListLit(open.Value, items.ToArray()), rest);
    };

    /// <summary>DictEntry = ( Name | Expression ) ":" Expression ; — a bare name is the string of its name.</summary>
    public static readonly Parser<(Node Key, Node Value)> DictEntry = i =>
    {
        Node key;
        IInput rest;
        var bare = Identifier(i);
        if (bare.WasSuccessful && Sym(":")(bare.Remainder).WasSuccessful)
        {
            key = new Literal(bare.Value.Pos, Value.String(bare.Value.Text));
            rest = bare.Remainder;
        }
        else
        {
            var k = Expression(i);
            if (!k.WasSuccessful) return No<(Node, Node)>(i, "a dict entry");
            key = k.Value;
            rest = k.Remainder;
        }
        var colon = Expect(Sym(":"), "`:` after the dict key")(rest);
        var value = Expect(Expression, "a value after `:`")(colon.Remainder);
        // Like `d.f = x => …`, a function literal under a constant string key is named by it.
        if (value.Value is FuncLit { Name: null } f && key is Literal { Constant.Obj: string name }) f.Name = name;
        return Ok((key, value.Value), value.Remainder);
    };

    /// <summary>Dict = "{" [ DictEntry { "," DictEntry } [ "," ] ] "}" ;</summary>
    public static readonly Parser<Node> Dict = i =>
    {
        var open = Here(i);
        var (entries, rest) = CommaList(open.Remainder.Advance(), '}', "dict", open.Value, "a `key: value` entry", DictEntry);
        var keys = new Node[entries.Count];
        var values = new Node[entries.Count];
        for (int k = 0; k < entries.Count; k++) (keys[k], values[k]) = entries[k];
        return Ok<Node>(new DictLit(open.Value, keys, values), rest);
    };

    // ---- Postfix operators and primaries (after the rules they dispatch to) -----------------

    /// <summary>"(" Expression ")"</summary>
    public static readonly Parser<Node> Parenthesised = i =>
    {
        var open = Here(i);
        var inner = Expect(Expression, "an expression after `(`")(open.Remainder.Advance());
        var close = SkipTrivia(inner.Remainder);
        if (close.AtEnd || close.Current != ')')
            throw Error(close, Messages.Unclosed("`)`", "parenthesis", open.Value, Describe(close)));
        return Ok(inner.Value, close.Advance());
    };

    /// <summary>
    /// Postfix = Primary { Arguments | "[" Expression "]" | "." Name } ; — each postfix operator
    /// binds only when it starts on the line where the expression before it ends.
    /// </summary>
    public static readonly Parser<Node> Postfix = i =>
    {
        var r = PrimaryRule(i);
        if (!r.WasSuccessful) return r;
        var start = PosOf(SkipTrivia(i));
        var node = r.Value;
        var rest = r.Remainder;
        while (true)
        {
            int endLine = rest.Line;
            var j = SkipTrivia(rest);
            if (j.AtEnd || j.Line != endLine) break;
            var pos = PosOf(j);
            if (j.Current == '(')
            {
                var (args, after) = CommaList(j.Advance(), ')', "call", pos, "an argument", Expression);
                node = Call.Make(start, node, args.ToArray());
                rest = after;
            }
            else if (j.Current == '[')
            {
                var key = Expect(Expression, "an index after `[`")(j.Advance());
                var close = SkipTrivia(key.Remainder);
                if (close.AtEnd || close.Current != ']')
                    throw Error(close, Messages.Unclosed("`]`", "index", pos, Describe(close)));
                node = new Index(pos, node, key.Value);
                rest = close.Advance();
            }
            else if (j.Current == '.' && !char.IsAsciiDigit(j.Advance().AtEnd ? ' ' : j.Advance().Current))
            {
                var name = Expect(Word, "a name after `.`")(j.Advance());
                node = new Member(pos, node, name.Value.Text);
                rest = name.Remainder;
            }
            else break;
        }
        return Ok(node, rest);
    };

    /// <summary>
    /// Primary = Number | String | "true" | "false" | "nil" | If | For | Return | "break" | "continue"
    ///         | Function | Name | "(" Expression ")" | List | Dict ;
    /// </summary>
    public static readonly Parser<Node> Primary = i =>
    {
        var j = SkipTrivia(i);
        if (j.AtEnd) return No<Node>(i, "an expression");
        char c = j.Current;
        if (char.IsAsciiDigit(c) || (c == '.' && !j.Advance().AtEnd && char.IsAsciiDigit(j.Advance().Current)))
            return Lexical.Number(j);
        switch (c)
        {
            case '"': return Lexical.String(j);
            case '[': return List(j);
            case '{': return Dict(j);
            case '(':
                var lambda = Function(j);
                return lambda.WasSuccessful ? lambda : Parenthesised(j);
        }
        if (!IsIdentStart(c)) return No<Node>(i, "an expression");
        var word = Word(j);
        var (pos, text) = word.Value;
        switch (text)
        {
            case "if": return If(j);
            case "for": return For(j);
            case "return": return ReturnExpr(j);
            case "break": return Ok<Node>(new Jump(pos, Signal.Break), word.Remainder);
            case "continue": return Ok<Node>(new Jump(pos, Signal.Continue), word.Remainder);
            case "true": return Ok<Node>(new Literal(pos, Value.True), word.Remainder);
            case "false": return Ok<Node>(new Literal(pos, Value.False), word.Remainder);
            case "nil": return Ok<Node>(new Literal(pos, Value.Nil), word.Remainder);
            case "else" or "and" or "or": return No<Node>(i, "an expression");
        }
        // A name is a one-parameter function only when `=>` follows it.
        if (LooksAt(SkipTrivia(word.Remainder), "=>"))
        {
            var fn = Function(j);
            if (fn.WasSuccessful) return fn;
        }
        return Ok<Node>(new Ident(pos, Name.Of(text)), word.Remainder);
    };

    /// <summary>Items separated by commas, a trailing comma allowed, up to <paramref name="close"/>.</summary>
    private static (List<T> Items, IInput Remainder) CommaList<T>(IInput afterOpen, char close, string what, SrcPos open,
        string itemWhat, Parser<T> item)
    {
        var items = new List<T>();
        var rest = afterOpen;
        while (true)
        {
            var j = SkipTrivia(rest);
            if (!j.AtEnd && j.Current == close) return (items, j.Advance());
            var r = item(rest);
            if (!r.WasSuccessful) throw Error(j, Messages.Unclosed($"{itemWhat} or `{close}`", what, open, Describe(j)));
            items.Add(r.Value);
            var k = SkipTrivia(r.Remainder);
            if (!k.AtEnd && k.Current == ',') rest = k.Advance();
            else if (!k.AtEnd && k.Current == close) return (items, k.Advance());
            else throw Error(k, Messages.Unclosed($"`,` or `{close}`", what, open, Describe(k)));
        }
    }
}
