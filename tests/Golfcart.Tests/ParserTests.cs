namespace Golfcart.Tests;

/// <summary>The grammar: precedence, associativity, the same-line rule, positions and syntax errors.</summary>
public sealed class ParserTests
{
    /// <summary>The tree as an s-expression of node labels, e.g. <c>(Binary - (Binary - 10 2) 3)</c>.</summary>
    private static string Shape(string source)
    {
        var block = (Block)Script.Parse(source).Program;
        return string.Join(" ", block.Children.Select(ShapeOf));
    }

    private static string ShapeOf(Node n)
    {
        var kids = n.Children.ToList();
        string label = n.Label.Replace("Literal ", "").Replace("Ident ", "").Replace("Binary ", "");
        return kids.Count == 0 ? label : $"({label} {string.Join(" ", kids.Select(ShapeOf))})";
    }

    [Theory]
    [InlineData("10 - 2 - 3", "(- (- 10 2) 3)")]
    [InlineData("1 + 2 * 3", "(+ 1 (* 2 3))")]
    [InlineData("2 * 3 % 4", "(% (* 2 3) 4)")]
    [InlineData("8 / 4 / 2", "(/ (/ 8 4) 2)")]
    [InlineData("a or b and c", "(or a (and b c))")]
    [InlineData("a and b or c", "(or (and a b) c)")]
    [InlineData("a == b < c", "(== a (< b c))")]
    [InlineData("-a * b", "(* (Unary - a) b)")]
    [InlineData("!a and b", "(and (Unary ! a) b)")]
    [InlineData("--a", "(Unary - (Unary - a))")]
    // Each level looks at the next character before trying its operators: trivia before an
    // operator, names that start like a word operator, and `-=`/`!=` after an operand.
    [InlineData("a /* c */ + b // d\n* c", "(+ a (* b c))")]
    [InlineData("o or a and andy", "(or o (and a andy))")]
    [InlineData("orb", "orb")]
    [InlineData("a - -b", "(- a (Unary - b))")]
    [InlineData("a <= b != c >= d", "(!= (<= a b) (>= c d))")]
    [InlineData("x -= !y", "(Assign x -= (Unary ! y))")]
    [InlineData("n=>n % 2", "(Function <anonymous>(n) (% n 2))")]
    public void Binary_operators_bind_by_level_and_associate_left(string source, string shape) =>
        Shape(source).Should().Be(shape);

    [Fact]
    public void Assignment_is_right_associative_and_loosest() =>
        Shape("a = b = 1 + 2").Should().Be("(Assign a = (Assign b = (+ 1 2)))");

    [Fact]
    public void Compound_assignment_keeps_its_operator() =>
        Shape("x.y += 1").Should().Be("(AssignMember .y += x 1)");

    [Theory]
    [InlineData("f(1)(2)", "(Call (1 args) (Call (1 args) f 1) 2)")]
    [InlineData("a.b[0]", "(Index (Member .b a) 0)")]
    [InlineData("[1, 2][0]", "(Index (List (2 items) 1 2) 0)")]
    public void Postfix_operators_chain(string source, string shape) => Shape(source).Should().Be(shape);

    [Theory]
    [InlineData("x = [1]\n[0]", 2)]
    [InlineData("f\n(1)", 2)]
    [InlineData("a\n.b", 1)] // `.b` cannot start an expression: it is a syntax error, checked below
    public void Postfix_operators_bind_only_on_the_same_line(string source, int expressions)
    {
        if (source.Contains(".b"))
        {
            var act = () => Script.Parse(source);
            act.Should().Throw<GolfcartSyntaxException>();
            return;
        }
        ((Block)Script.Parse(source).Program).Children.Should().HaveCount(expressions);
    }

    [Theory]
    [InlineData("\"a\" +\n\"b\"", "ab")]
    [InlineData("\"a\"\n+ \"b\"", "ab")]
    [InlineData("n = 10\n-3\nn", "7")]
    [InlineData("a = 1 b = 2 a + b", "3")]
    [InlineData("x = 5 -1", "4")]
    public void Binary_operators_continue_across_lines(string source, string expected) =>
        Support.Run(source).Result.ToString().Should().Be(expected);

    [Fact]
    public void After_an_arrow_a_brace_is_always_a_block()
    {
        Support.Eval("f = x => {} f(1)").Should().Be("nil");
        Support.Eval("f = x => ({a: x}) f(1)").Should().Be("{a: 1}");
    }

    [Fact]
    public void Every_node_knows_its_line_and_column()
    {
        string ast = Script.Parse("x = 1\n  y = x * (2 + 3)").FormatSyntaxTree();
        ast.Should().Contain("Assign y =  @2:5").And.Contain("Binary *  @2:9").And.Contain("Binary +  @2:14")
            .And.Contain("Ident x  @2:7").And.Contain("Literal 3  @2:16");
    }

    [Theory]
    [InlineData("f = (x) => {\n  x", "expected `}` to close the block opened at 1:12", 2, 4)]
    [InlineData("(1 + 2", "expected `)` to close the parenthesis opened at 1:1", 1, 7)]
    [InlineData("[1, 2", "to close the list opened at 1:1", 1, 6)]
    [InlineData("{a: 1", "to close the dict opened at 1:1", 1, 6)]
    [InlineData("x = \"abc", "unterminated string", 1, 5)]
    [InlineData("/* x", "unterminated comment", 1, 1)]
    [InlineData("\"\\q\"", "unknown escape `\\q`", 1, 2)]
    [InlineData("1 = 2", "invalid assignment target", 1, 3)]
    [InlineData("for ; true; nil {}", "may not be empty", 1, 5)]
    [InlineData("return 1", "`return` outside a function", 1, 1)]
    [InlineData("for { f = () => break }", "`break` outside a loop", 1, 17)]
    [InlineData("continue", "`continue` outside a loop", 1, 1)]
    [InlineData("}", "no open block to close", 1, 1)]
    [InlineData("x = 1 +", "expected an expression after `+`", 1, 8)]
    [InlineData("(a, a) => a", "duplicate parameter `a`", 1, 5)]
    [InlineData("if x { } else", "expected", 1, 14)]
    public void Syntax_errors_name_the_spot_and_what_was_expected(string source, string fragment, int line, int col)
    {
        var act = () => Script.Parse(source, "t.golf");
        var e = act.Should().Throw<GolfcartSyntaxException>().Which;
        e.Message.Should().Contain(fragment);
        (e.Line, e.Column).Should().Be((line, col));
        e.Message.Should().NotContain("Pidgin").And.NotContain("Parse error");
    }

    [Theory]
    [InlineData('(', ')')]
    [InlineData('[', ']')]
    [InlineData('-', ' ')]
    [InlineData('!', ' ')]
    public void Deep_nesting_is_a_syntax_error_not_a_crash(char open, char close)
    {
        string source = new string(open, 100_000) + "1" + (close == ' ' ? "" : new string(close, 100_000));
        var act = () => Script.Parse(source);
        act.Should().Throw<GolfcartSyntaxException>().Which.Message.Should().Contain("nested too deeply");
    }

    [Fact]
    public void Nesting_within_the_limit_parses() =>
        Support.Eval(new string('(', 150) + "1" + new string(')', 150)).Should().Be("1");

    [Fact]
    public void A_script_parses_once_and_runs_many_times()
    {
        var script = Script.Parse("counter += 1");
        var engine = new Engine(new EngineOptions { Output = TextWriter.Null });
        engine.Evaluate("counter = 0");
        for (int i = 0; i < 3; i++) engine.Run(script);
        engine.GetValue("counter").ToString().Should().Be("3");
    }

    [Fact]
    public void Keywords_are_not_names_but_in_is()
    {
        Support.Eval("in = 3 in").Should().Be("3");
        var act = () => Script.Parse("if = 3");
        act.Should().Throw<GolfcartSyntaxException>();
    }

    [Theory]
    [InlineData(".5", "0.5")]
    [InlineData("12", "12")]
    [InlineData("3.25", "3.25")]
    [InlineData("\"\\u{1F384}\"", "\"🎄\"")]
    [InlineData("\"a\\tb\\\\\"", "\"a\\tb\\\\\"")]
    public void Literals(string source, string repr) => Support.Eval(source).Should().Be(repr);
}
