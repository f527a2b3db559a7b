using System.Reflection;
using System.Text.RegularExpressions;

namespace Golfcart.Tests;

/// <summary>The EBNF that <c>golfcart --ebnf</c> prints stays in step with the parser.</summary>
public sealed partial class EbnfTests
{
    private static readonly string Ebnf = Language.Ebnf;

    [GeneratedRegex(@"^(?<name>[A-Z][A-Za-z]*)\s*=", RegexOptions.Multiline)]
    private static partial Regex RuleName();

    [GeneratedRegex("\"(?<t>[^\"]+)\"|'(?<t>[^']+)'")]
    private static partial Regex Terminal();

    [GeneratedRegex(@"\(\*.*?\*\)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    private static IEnumerable<string> ParserFields(Type t) =>
        t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(Pidgin.Parser<,>))
            .Select(f => f.Name);

    [Fact]
    public void Every_rule_is_a_parser_field_and_every_parser_field_a_rule()
    {
        var rules = RuleName().Matches(Ebnf).Select(m => m.Groups["name"].Value).ToHashSet();
        var fields = ParserFields(typeof(Grammar)).ToHashSet();
        fields.Add("Keyword"); // the scanner's Keyword tokens, from the list Scanner.Keywords, checked below
        rules.Should().BeEquivalentTo(fields);
    }

    [Fact]
    public void Keywords_match_the_lexer()
    {
        string rule = Ebnf[Ebnf.IndexOf("Keyword        =", StringComparison.Ordinal)..];
        rule = rule[..rule.IndexOf(';')];
        Terminal().Matches(rule).Select(m => m.Groups["t"].Value).Should().BeEquivalentTo(Language.Keywords);
    }

    [Fact]
    public void Every_symbol_and_keyword_appears_and_nothing_else()
    {
        string syntax = Comment().Replace(Ebnf[..Ebnf.IndexOf("(* Lexical rules", StringComparison.Ordinal)], "");
        var terminals = Terminal().Matches(syntax).Select(m => m.Groups["t"].Value).ToHashSet();
        var known = Scanner.Symbols.Except(Scanner.HabitSymbols).Concat(Scanner.Keywords).Append("in").ToHashSet();
        terminals.Should().BeSubsetOf(known);
        known.Should().BeSubsetOf(terminals);
    }

    [Fact]
    public void The_language_page_shows_the_grammar_as_it_is()
    {
        string page = File.ReadAllText(Path.Combine(Support.RepoRoot, "docs", "language.md")).Replace("\r\n", "\n");
        int start = page.IndexOf("```ebnf\n", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "docs/language.md shows the grammar in an ebnf block");
        start += "```ebnf\n".Length;
        page[start..page.IndexOf("```", start, StringComparison.Ordinal)].Should().Be(Ebnf.Replace("\r\n", "\n"));
    }

    [Fact]
    public void The_file_in_the_repository_is_what_the_command_prints() =>
        File.ReadAllText(Path.Combine(Support.RepoRoot, "Parser", "grammar.ebnf")).Replace("\r\n", "\n")
            .Should().Be(Ebnf.Replace("\r\n", "\n"));
}
