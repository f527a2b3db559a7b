using System.Text.RegularExpressions;
using Golfcart.Cli.Repl;

namespace Golfcart.Tests;

/// <summary>What Tab offers, and the session's <c>_</c> and hints, apart from any terminal.</summary>
public sealed class ReplCompletionTests
{
    private static ReplSession Session(params string[] inputs)
    {
        var session = new ReplSession(new StringWriter(), new StringWriter());
        foreach (string input in inputs) Support.OnBigStack(() => session.Execute(input));
        return session;
    }

    [Fact]
    public void The_list_methods_offered_are_the_ones_the_docs_and_the_interpreter_have()
    {
        string docs = File.ReadAllText(Path.Combine(Support.RepoRoot, "docs", "library.md"));
        string table = docs[docs.IndexOf("## List methods", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var documented = Regex.Matches(table, @"^\| `l\.(\w+)\(", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Completer.ListMethods.Should().Equal(documented);
        foreach (string method in Completer.ListMethods)
            Support.Eval($"type([].{method})").Should().Be("\"function\"", $"{method} is a list method");
    }

    [Fact]
    public void Meta_commands_complete_only_at_the_start_of_an_input()
    {
        var session = Session();
        var help = Completer.Complete(":he", session);
        help.FragmentLength.Should().Be(3);
        help.Candidates.Should().Equal(":help");
        Completer.Complete("  :", session).Candidates.Should().Equal(ReplSession.MetaCommands.Order(StringComparer.Ordinal));
        // On a later line a colon is code (`{a:he`): names complete there, not commands.
        Completer.Complete("x = {\na:he", session).Candidates.Should().NotBeEmpty().And.OnlyContain(c => c.StartsWith("he"));
    }

    [Fact]
    public void Names_complete_from_keywords_builtins_and_the_session()
    {
        var session = Session("lengthy = 1");
        var c = Completer.Complete("x = len", session);
        c.FragmentLength.Should().Be(3);
        c.Candidates.Should().Equal("len", "lengthy");
        c.CommonPrefix().Should().Be("len");
        Completer.Complete("retu", session).Candidates.Should().Equal("return");
    }

    [Fact]
    public void After_a_dot_come_list_methods_or_dict_keys_by_the_value_held()
    {
        var session = Session("xs = [1]", "d = {alpha: 1, beta: {gamma: 2}, \"not a name\": 3}", "n = 5");
        Completer.Complete("xs.p", session).Candidates.Should().Equal("pop", "pop_left", "prepend");
        Completer.Complete("d.", session).Candidates.Should().Equal("alpha", "beta");
        Completer.Complete("f(d.beta.g", session).Candidates.Should().Equal("gamma");
        Completer.Complete("n.", session).Candidates.Should().BeEmpty();
        Completer.Complete("nope.", session).Candidates.Should().BeEmpty();
        Completer.Complete("f(x).", session).Candidates.Should().BeEmpty();
    }

    [Fact]
    public void Nothing_completes_in_strings_comments_or_numbers_and_a_blank_line_indents()
    {
        var session = Session();
        Completer.Complete("\"le", session).Candidates.Should().BeEmpty();
        Completer.Complete("\"a\nle", session).Candidates.Should().BeEmpty();
        Completer.Complete("1 // le", session).Candidates.Should().BeEmpty();
        Completer.Complete("x = 1.", session).Candidates.Should().BeEmpty();
        Completer.Complete("f = n => {\n  ", session).Indent.Should().BeTrue();
    }

    [Fact]
    public void Underscore_is_the_last_value_echoed_and_not_listed_by_env()
    {
        var output = new StringWriter();
        var session = new ReplSession(output, new StringWriter());
        foreach (string input in new[] { "6 * 7", "nil", "_ + 1", ":env" }) Support.OnBigStack(() => session.Execute(input));
        output.ToString().Replace("\r\n", "\n").Should().Be("42\n43\n(nothing defined yet)\n");
    }

    [Theory]
    [InlineData("help", "(type :help for help)")]
    [InlineData(" quit ", "(to leave, type :quit, press Ctrl-D, or call exit())")]
    [InlineData("exit", "(to leave, type :quit, press Ctrl-D, or call exit())")]
    public void Help_quit_and_exit_alone_give_a_hint_unless_defined(string input, string hint)
    {
        var output = new StringWriter();
        var session = new ReplSession(output, new StringWriter());
        Support.OnBigStack(() => session.Execute(input)).Should().BeTrue();
        output.ToString().Should().Be(hint + Environment.NewLine);
        string name = input.Trim();
        Support.OnBigStack(() => session.Execute($"{name} = 7"));
        output.GetStringBuilder().Clear();
        Support.OnBigStack(() => session.Execute(input));
        output.ToString().Should().Be("7" + Environment.NewLine);
    }
}
