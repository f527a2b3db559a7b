namespace Golfcart.Tests;

/// <summary>
/// No program needs a deep stack to be parsed, and none crashes a thread whose stack is too small
/// for it: long chains of operators, indexes, calls and members are read in loops; nesting is
/// counted; the walks over the tree and evaluation check the stack. On a small stack a tall
/// program ends in a <see cref="GolfcartException"/>; on the command's stack it runs.
/// </summary>
public sealed class StackSafetyTests
{
    private static string Chain(string first, string link, int n) =>
        first + string.Concat(Enumerable.Repeat(link, n));

    /// <summary>Programs whose trees are tens of thousands of levels tall, each with what it gives on a big stack.</summary>
    public static TheoryData<string, string> TallPrograms() => new()
    {
        { "sum", "x = 1" + Chain("", " + 1", 40_000) + "\nx" },
        { "difference", "x = 0" + Chain("", "-1", 40_000) + "\nx" },
        { "product", "x = 1" + Chain("", " * 1", 40_000) + "\nx" },
        { "comparisons", "1 < 2" + Chain("", " == true", 40_000) },
        { "and", "true" + Chain("", " and true", 40_000) },
        { "or", "false" + Chain("", " or false", 40_000) },
        { "index", "a = [nil]\na[0] = a\nlen(a" + Chain("", "[0]", 40_000) + ")" },
        { "member", "d = {}\nd.d = d\nlen(d" + Chain("", ".d", 40_000) + ")" },
        { "calls", "f = () => f\ntype(f" + Chain("", "()", 40_000) + ")" },
        { "string", "s = \"a\"" + Chain("", " + \"a\"", 40_000) + "\nlen(s)" },
        { "negations", new string('!', 151) + "true" },
    };

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["sum"] = "40001", ["difference"] = "-40000", ["product"] = "1", ["comparisons"] = "true", ["and"] = "true",
        ["or"] = "false", ["index"] = "1", ["member"] = "1", ["calls"] = "\"function\"", ["string"] = "40001", ["negations"] = "false",
    };

    /// <summary>Runs <paramref name="source"/> through the engine on a thread with <paramref name="stackBytes"/> of stack.</summary>
    private static object RunOn(int stackBytes, string source)
    {
        object outcome = "nothing";
        var thread = new Thread(() =>
        {
            try
            {
                var engine = new Engine(new EngineOptions { MaxCallDepth = 100_000 });
                outcome = engine.Evaluate(source).Inspect();
            }
            catch (Exception e)
            {
                outcome = e;
            }
        }, stackBytes);
        thread.Start();
        thread.Join();
        return outcome;
    }

    [Theory]
    [MemberData(nameof(TallPrograms))]
    public void On_a_256_KB_thread_a_tall_program_gives_its_value_or_a_golfcart_error(string name, string source)
    {
        var outcome = RunOn(256 * 1024, source);
        if (outcome is Exception e)
        {
            e.Should().BeAssignableTo<GolfcartException>($"{name} may run out of stack, but only as a Golfcart error");
            e.Message.Should().Contain("nested too deeply", $"{name}: {e.Message}");
        }
        else
        {
            outcome.Should().Be(Expected[name], name);
        }
    }

    [Theory]
    [MemberData(nameof(TallPrograms))]
    public void On_a_big_stack_a_tall_program_gives_its_value(string name, string source) =>
        RunOn(256 * 1024 * 1024, source).Should().Be(Expected[name], name);

    [Fact]
    public async Task On_thread_pool_threads_tall_programs_give_values_or_golfcart_errors()
    {
        var tasks = TallPrograms().Select(row => Task.Run(() =>
        {
            try
            {
                return new Engine().Evaluate((string)row[1]).Inspect();
            }
            catch (GolfcartException e)
            {
                return "error: " + e.Message;
            }
        })).ToArray();
        string[] results = await Task.WhenAll(tasks);
        foreach (var (result, row) in results.Zip(TallPrograms()))
        {
            string name = (string)row[0];
            (result == Expected[name] || result.Contains("nested too deeply")).Should().BeTrue($"{name} gave {result}");
        }
    }

    [Fact]
    public void A_tall_filter_compiles_and_matches_or_fails_cleanly_on_a_small_stack()
    {
        string expression = "Age" + Chain("", " + 1", 20_000) + " > 0";
        object outcome = "nothing";
        var thread = new Thread(() =>
        {
            try
            {
                outcome = Filter.Compile(expression).Matches(new Dictionary<string, object?> { ["Age"] = 1 });
            }
            catch (Exception e)
            {
                outcome = e;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        if (outcome is Exception e) e.Should().BeAssignableTo<GolfcartException>();
        else outcome.Should().Be(true);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_a_syntax_error_at_the_201st_level_on_any_stack()
    {
        foreach (int stack in new[] { 256 * 1024, 16 * 1024 * 1024 })
        {
            var outcome = RunOn(stack, new string('(', 100_000));
            outcome.Should().BeOfType<GolfcartSyntaxException>();
            var e = (GolfcartSyntaxException)outcome;
            e.Message.Should().Contain("nested too deeply");
            if (stack > 1024 * 1024) e.Column.Should().Be(201, "the 201st bracket is one too many");
        }
    }

    [Fact]
    public void The_command_runs_a_sum_of_1_6_million_terms()
    {
        string path = Path.Combine(Path.GetTempPath(), $"golfcart-sum-{Environment.ProcessId}.golf");
        File.WriteAllText(path, "x = 1" + Chain("", "+1", 1_599_999) + "\nlog(x)\n");
        try
        {
            var (code, output, error) = Support.Cli([path]);
            (code, output.Trim(), error).Should().Be((0, "1600000", ""));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_command_reports_100_000_open_brackets_as_a_syntax_error()
    {
        var (code, _, error) = Support.Cli([], new string('(', 100_000));
        code.Should().Be(65);
        error.Should().Contain("nested too deeply").And.Contain(":1:201:");
    }
}
