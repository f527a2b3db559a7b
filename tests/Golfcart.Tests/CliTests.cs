namespace Golfcart.Tests;

/// <summary>The real <c>golfcart</c> command: options, exit statuses, streams.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("golfcart-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (code, output, _) = Support.Cli(["--version"]);
        code.Should().Be(0);
        output.Should().MatchRegex(@"^golfcart \d+\.\d+\.\d+");
    }

    [Fact]
    public void Help_lists_the_exit_statuses()
    {
        var (code, output, _) = Support.Cli(["--help"]);
        code.Should().Be(0);
        output.Should().Contain("usage:").And.Contain("65 syntax error");
    }

    [Fact]
    public void Ebnf_prints_the_grammar()
    {
        var (code, output, _) = Support.Cli(["--ebnf"]);
        code.Should().Be(0);
        output.Should().Be(Language.Ebnf.Replace("\r\n", "\n"));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (code, _, err) = Support.Cli(["--frobnicate"]);
        code.Should().Be(64);
        err.Should().Contain("unknown option '--frobnicate'").And.Contain("usage:");
    }

    [Fact]
    public void A_missing_file_exits_66()
    {
        var (code, _, err) = Support.Cli([Path.Combine(_dir, "nope.golf")]);
        code.Should().Be(66);
        err.Should().Contain("cannot open").And.Contain("no such file");
    }

    [Theory]
    [InlineData("ascii")]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("utf16-bom")]
    public void Program_files_are_read_as_utf8_unless_a_byte_order_mark_says_otherwise(string form)
    {
        // The command widens plain ASCII itself and leaves anything else to the framework's reader.
        string text = form == "ascii" ? "log(\"plain\", len(\"plain\"))" : "log(\"h\u00e9llo \u2713\", len(\"h\u00e9llo\"))";
        byte[] bytes = form switch
        {
            "utf8-bom" => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)],
            "utf16-bom" => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)],
            _ => System.Text.Encoding.UTF8.GetBytes(text),
        };
        string path = Path.Combine(_dir, form + ".golf");
        File.WriteAllBytes(path, bytes);
        Support.Cli([path]).Should().Be((0, form == "ascii" ? "plain, 5\n" : "h\u00e9llo \u2713, 5\n", ""));
    }

    [Fact]
    public void The_final_value_is_printed_unless_nil()
    {
        Support.Cli([Write("a.golf", "log(\"hi\")\n1 + 1")]).Should().Be((0, "hi\n2\n", ""));
        Support.Cli([Write("b.golf", "x = 1\nnil")]).Should().Be((0, "", ""));
        Support.Cli([Write("c.golf", "log(1)")]).Should().Be((0, "1\n", ""));
        Support.Cli([Write("d.golf", "\"top\"")]).Should().Be((0, "top\n", ""));
    }

    [Fact]
    public void Args_after_the_file_reach_the_program_and_exit_sets_the_status()
    {
        var (code, output, _) = Support.Cli([Write("e.golf", "log(\"before\")\nexit(3)\nlog(\"after\")")]);
        code.Should().Be(3);
        output.Should().Be("before\n");
    }

    [Fact]
    public void Ast_prints_the_tree_with_positions()
    {
        var (code, output, _) = Support.Cli(["ast", Write("f.golf", "x = 1 + 2")]);
        code.Should().Be(0);
        output.Should().Be("Block  @1:1\n  Assign x =  @1:3\n    Binary +  @1:7\n      Literal 1  @1:5\n      Literal 2  @1:9\n");
    }

    [Fact]
    public void Ast_of_a_broken_file_is_a_syntax_error()
    {
        var (code, _, err) = Support.Cli(["ast", Write("g.golf", "x = (")]);
        code.Should().Be(65);
        err.Should().Contain("g.golf:1:6: error: expected an expression after `(`");
    }

    [Fact]
    public void Debug_prints_the_global_frame_after_the_run()
    {
        var (code, output, _) = Support.Cli(["--debug", Write("h.golf", "a = 1\nb = [\"x\"]\nf = n => n\nnil")]);
        code.Should().Be(0);
        output.Should().Be("-- globals --\na = 1\nb = [\"x\"]\nf = <function f>\n");
    }

    [Fact]
    public void Stats_go_to_stderr_and_leave_the_output_alone()
    {
        var (code, output, err) = Support.Cli(["--stats", Write("s.golf", "f = n => if n < 2 { n } else { f(n - 1) + f(n - 2) }\nlog(f(15))")]);
        code.Should().Be(0);
        output.Should().Be("610\n");
        err.Should().StartWith("-- stats --\n");
        foreach (var line in new[] { "start-up to main", "parse", "run", "total", "JIT", "GC", "memory" })
            err.Should().MatchRegex($"(?m)^{line} +[0-9]", $"the {line} line has a number");
    }

    [Fact]
    public void Stats_are_printed_after_an_error_too()
    {
        var (code, _, err) = Support.Cli(["--stats", Write("se.golf", "log(1 + nil)")]);
        code.Should().Be(70);
        err.Should().Contain("error: ").And.Contain("-- stats --");
    }

    [Fact]
    public void The_command_runs_with_its_tuned_runtime_settings()
    {
        // docs/performance.md: a 5 ms call-counting delay and a 16 MiB cap on the young generation.
        var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(Support.CliDll, ".runtimeconfig.json")));
        var props = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        props.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32().Should().Be(5);
        props.GetProperty("System.GC.Gen0MaxBudget").GetInt64().Should().Be(16L << 20);
    }

    [Fact]
    public void Stdin_that_is_not_a_terminal_runs_as_a_program()
    {
        var (code, output, _) = Support.Cli([], "log(1 + 1)\nx = 3\nx * 2\n");
        code.Should().Be(0);
        output.Should().Be("2\n6\n");
    }

    [Fact]
    public void In_reads_lines_from_stdin_and_gives_nil_at_the_end()
    {
        string program = Write("i.golf", "a = in(\"first? \")\nb = in(\"\")\nc = in(\"\")\nlog(a, b, c)");
        Support.Cli([program], "one\ntwo\n").Should().Be((0, "first? one, two, nil\n", ""));
    }

    [Fact]
    public void Output_printed_before_an_error_reaches_stdout_and_the_error_stderr()
    {
        var (code, output, err) = Support.Cli([Write("j.golf", "log(\"so far\")\nx = 1 / 0")]);
        code.Should().Be(70);
        output.Should().Be("so far\n");
        err.Should().StartWith(Path.Combine(_dir, "j.golf") + ":2:7: error: division by zero\n");
    }

    [Fact]
    public void A_runtime_error_shows_the_line_a_caret_and_the_call_stack()
    {
        string program = Write("k.golf", "inner = x => x.missing.field\nouter = x => inner(x)\nouter({})\n");
        var (code, _, err) = Support.Cli([program]);
        code.Should().Be(70);
        var lines = err.Split('\n');
        lines[0].Should().EndWith(":1:23: error: cannot read `.field` of a nil: only dicts have fields");
        lines[1].Should().Be(" 1 | inner = x => x.missing.field");
        lines[2].Should().Be("   |                       ^");
        err.Should().Contain("in inner").And.Contain("in outer");
        err.IndexOf("in inner", StringComparison.Ordinal).Should().BeLessThan(err.IndexOf("in outer", StringComparison.Ordinal), "innermost first");
        err.Should().NotContain("   at ");
    }

    [Fact]
    public void Runaway_recursion_is_a_clean_error_at_the_documented_depth()
    {
        var (code, _, err) = Support.Cli([Write("l.golf", "f = n => f(n + 1)\nf(0)")]);
        code.Should().Be(70);
        err.Should().Contain("maximum call depth exceeded").And.Contain("200000");
        err.Should().NotContain("Stack overflow");
    }

    [Fact]
    public void A_recursion_100000_deep_works_in_the_command()
    {
        var (code, output, err) = Support.Cli([Write("m.golf", "depth = n => if n == 0 { 0 } else { 1 + depth(n - 1) }\ndepth(150000)")]);
        (code, err).Should().Be((0, ""));
        output.Should().Be("150000\n");
    }

    [Fact]
    public void A_reader_that_stops_early_or_a_closed_output_ends_nothing_badly()
    {
        // `golfcart prog | head -1`: the rest of the output is dropped and the run ends as usual,
        // and so it does when standard output is closed; nothing is written to stderr.
        string prog = Write("many.golf", "for i = 0; i < 200000; i += 1 { log(i) }\nexit(3)");
        foreach (var shell in new[] { "dotnet \"$0\" \"$1\" | head -1 >/dev/null; exit ${PIPESTATUS[0]}", "dotnet \"$0\" \"$1\" >&-" })
        {
            var psi = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-c", shell, Support.CliDll, prog }) psi.ArgumentList.Add(a);
            using var p = System.Diagnostics.Process.Start(psi)!;
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit(60_000).Should().BeTrue();
            err.Should().BeEmpty(shell);
            p.ExitCode.Should().Be(3, "the program ran to its exit(3): " + shell);
        }
    }

    [Fact]
    public void Output_and_errors_redirected_to_one_file_land_in_order_before_what_follows()
    {
        // `(golfcart prog; echo after) > out 2>&1`: stdout, stderr and the next command share the
        // file's offset, so nothing may overwrite anything.
        string prog = Write("fileout.golf", "log(\"first\")\nlog(1 + nil)");
        string outFile = Path.Combine(Path.GetDirectoryName(prog)!, "fileout.txt");
        var psi = new System.Diagnostics.ProcessStartInfo("bash") { UseShellExecute = false };
        foreach (var a in new[] { "-c", "(dotnet \"$0\" \"$1\"; echo after) > \"$2\" 2>&1", Support.CliDll, prog, outFile }) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.WaitForExit(60_000).Should().BeTrue();
        var text = File.ReadAllText(outFile);
        text.Should().StartWith("first\n").And.Contain("error: cannot add number and nil").And.EndWith("after\n");
    }

    [Fact]
    public void Output_is_flushed_line_by_line_for_a_pipe()
    {
        // The program waits for input after each line it logs: the line must already be out.
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        psi.ArgumentList.Add(Support.CliDll);
        psi.ArgumentList.Add(Write("n.golf", "log(\"ready\")\nx = in(\"\")\nlog(\"got \" + x)"));
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.StandardOutput.ReadLine().Should().Be("ready");
        p.StandardInput.WriteLine("it");
        p.StandardInput.Close();
        p.StandardOutput.ReadToEnd().Should().Be("got it\n");
        p.WaitForExit(60_000).Should().BeTrue();
    }

    [Fact]
    public async Task The_embedding_example_filters_a_stream_of_events()
    {
        string dir = Path.Combine(Support.RepoRoot, "examples", "embedding");
        string config = Support.CliDll.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(dir, "bin", config, "net10.0", "RulesEngine.dll"));
        psi.ArgumentList.Add(Path.Combine(dir, "rules.txt"));
        psi.ArgumentList.Add(Path.Combine(dir, "report.golf"));
        using var p = System.Diagnostics.Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(File.ReadAllText(Path.Combine(dir, "events.jsonl")));
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit(60_000).Should().BeTrue();
        p.ExitCode.Should().Be(0);
        output.Replace("\r\n", "\n").Should().Be(File.ReadAllText(Path.Combine(dir, "expected.out")).Replace("\r\n", "\n"));
        (await err).Should().Contain("event 6: not a JSON object").And.Contain("rule 'big-order': cannot compare string and number");
    }
}
