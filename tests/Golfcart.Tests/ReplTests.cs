using Golfcart.Cli.Repl;

namespace Golfcart.Tests;

/// <summary>The REPL: when input is complete, meta-commands, echo, errors, interrupts and history.</summary>
public sealed class ReplTests
{
    [Theory]
    [InlineData("1 + 2", true)]
    [InlineData("f = n => {", false)]
    [InlineData("f = n => {\n  n * 2\n}", true)]
    [InlineData("[1, [2,", false)]
    [InlineData("[1, [2]]", true)]
    [InlineData("g(1,\n2", false)]
    [InlineData("\"open string", false)]
    [InlineData("\"a \\\" ( still open", false)]
    [InlineData("\"a \\\" (\"", true)]
    [InlineData("\"a \\\\\" + \"b\"", true)]
    [InlineData("x = 1 // a comment with ( and {", true)]
    [InlineData("/* { [ ( */ 1", true)]
    [InlineData("/* not closed", false)]
    [InlineData("x = 1 +", false)]
    [InlineData("if x", false)]
    [InlineData("if x { 1 } else", false)]
    [InlineData("}", true)]          // a stray closer is complete: running it reports the error
    [InlineData("(]", true)]
    [InlineData("", true)]
    public void Input_is_complete_when_nothing_is_left_open(string text, bool complete) =>
        InputCompleteness.IsComplete(text).Should().Be(complete);

    private static (int Code, string Out, string Err) Session(string input)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Support.OnBigStack(() => PlainRepl.Run(new StringReader(input), output, error, banner: false));
        return (code, output.ToString().Replace("\r\n", "\n"), error.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Results_are_echoed_with_strings_quoted_and_nil_not_shown()
    {
        var (code, output, err) = Session("1 + 2\n\"hi\"\nnil\nlog(\"raw\")\n[\"a\", nil]\n");
        code.Should().Be(0);
        err.Should().BeEmpty();
        output.Should().Be("> 3\n> \"hi\"\n> > raw\n> [\"a\", nil]\n> \n");
    }

    [Fact]
    public void State_persists_and_multi_line_input_continues_with_a_prompt()
    {
        var (_, output, _) = Session("double = n => {\n  n * 2\n}\nx = double(21)\nx + 0\n");
        output.Should().Be("> . . <function double>\n> 42\n> 42\n> \n");
    }

    [Fact]
    public void An_error_is_reported_relative_to_the_input_and_the_session_goes_on()
    {
        var (code, output, err) = Session("x = 1\ny = x +\n  \"a\"\nx\n");
        code.Should().Be(0);
        err.Should().StartWith("<input 2>:1:7: error: cannot add number and string");
        err.Should().Contain(" 1 | y = x +\n   |       ^");
        output.Should().EndWith("> 1\n> \n");
    }

    [Fact]
    public void Help_lists_the_meta_commands()
    {
        var (_, output, _) = Session(":help\n");
        foreach (var command in ReplSession.MetaCommands) output.Should().Contain(command);
    }

    [Fact]
    public void Env_lists_the_names_defined()
    {
        Session(":env\n").Out.Should().Contain("(nothing defined yet)");
        var (_, output, _) = Session("a = 1\nf = x => x\ns = \"t\"\n:env\n");
        output.Should().Contain("a = 1\nf = <function f>\ns = \"t\"\n");
        output.Should().NotContain("len =");
    }

    [Fact]
    public void Ast_prints_the_tree_of_an_expression() =>
        Session(":ast 1 + 2 * 3\n").Out.Should().Contain("Binary +  @1:3\n    Literal 1  @1:1\n    Binary *  @1:7");

    [Fact]
    public void Time_runs_the_expression_and_reports_how_long_it_took()
    {
        var (_, output, _) = Session(":time 6 * 7\n");
        output.Should().MatchRegex(@"42\ntime: [0-9.]+ (ms|s)\n");
    }

    [Fact]
    public void Reset_forgets_the_names()
    {
        var (_, output, err) = Session("a = 1\n:reset\na\n");
        output.Should().Contain("the session is reset");
        err.Should().Contain("`a` is not defined");
    }

    [Fact]
    public void Load_runs_a_file_into_the_session()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("golfcart-repl-").FullName, "lib.golf");
        File.WriteAllText(file, "square = n => n * n\nlog(\"loaded\")\n");
        var (_, output, err) = Session($":load {file}\nsquare(9)\n:load {file}.missing\n");
        output.Should().Contain("loaded\n").And.Contain("> 81\n");
        err.Should().Contain("cannot open");
    }

    [Fact]
    public void Quit_and_exit_end_the_session()
    {
        Session(":quit\n1 + 1\n").Should().Be((0, "> ", ""));
        var (code, output, _) = Session("exit(3)\n1 + 1\n");
        code.Should().Be(3);
        output.Should().NotContain("2");
    }

    [Fact]
    public void An_unknown_meta_command_says_so() =>
        Session(":frob\n").Err.Should().Contain("unknown command :frob");

    [Fact]
    public void Interrupting_a_running_program_returns_to_the_prompt()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var session = new ReplSession(output, error);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        bool goOn = Support.OnBigStack(() => session.Execute("n = 0\nfor { n += 1 }", cts.Token));
        goOn.Should().BeTrue();
        error.ToString().Should().StartWith("interrupted at <input 1>:2:1");
        Support.OnBigStack(() => session.Execute("n > 0")).Should().BeTrue();
        output.ToString().Should().EndWith("true\n");
    }

    [Fact]
    public void Completion_offers_keywords_builtins_and_defined_names()
    {
        var session = new ReplSession(TextWriter.Null, TextWriter.Null);
        session.Execute("my_total = 1");
        session.CompletionCandidates().Should().Contain(["for", "len", "heap_push", "my_total", ":load"]);
    }

    [Fact]
    public void History_keeps_multi_line_entries_and_stays_bounded()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("golfcart-history-").FullName, "history");
        var h = new HistoryFile(path);
        h.Add("f = n => {\n  n * 2\n}");
        h.Add("f = n => {\n  n * 2\n}"); // a repeat of the last is not kept twice
        h.Add("\"quote \\\" and \u00e9\"");
        for (int i = 0; i < HistoryFile.MaxEntries + 5; i++) h.Add($"x = {i}");
        var again = new HistoryFile(path);
        again.Load();
        again.Entries.Should().HaveCount(HistoryFile.MaxEntries);
        again.Entries[^1].Should().Be($"x = {HistoryFile.MaxEntries + 4}");

        var small = new HistoryFile(path + "2");
        small.Add("f = n => {\n  n * 2\n}");
        small.Add("\"quote \\\" and \u00e9\"");
        small.Add("log(1)");
        var loaded = new HistoryFile(path + "2");
        loaded.Load();
        loaded.Entries.Should().Equal("f = n => {\n  n * 2\n}", "\"quote \\\" and \u00e9\"", "log(1)");
        loaded.Search("n *", loaded.Entries.Count).Should().Be(0);
        loaded.Search("log", 2).Should().Be(-1);
    }

    [Fact]
    public void Highlighting_colours_keywords_numbers_strings_and_comments()
    {
        var h = new Highlighter();
        h.StartLine();
        string[] tokens = ["if", "x", "=", "12", "\"", "a", "\\", "\"", "b", "\"", "len", "/", "/", "for"];
        var styles = tokens.Select(t => h.Highlight(t)?.Foreground.ToString() ?? "-").ToList();
        styles[0].Should().NotBe("-");                 // if: keyword
        styles[1].Should().Be("-");                    // x: a plain name
        styles[3].Should().NotBe("-");                 // 12: number
        styles[4].Should().Be(styles[5]).And.Be(styles[7]).And.Be(styles[9]); // the whole string, escaped quote included
        styles[10].Should().NotBe("-");                // len: builtin
        styles[13].Should().Be(styles[12]);            // after //, a comment: `for` is not a keyword there
        styles[13].Should().NotBe(styles[0]);
    }
}
