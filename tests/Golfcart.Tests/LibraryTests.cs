using System.Text.RegularExpressions;

namespace Golfcart.Tests;

/// <summary>
/// The builtin library against the sandbox and its own documentation: every builtin is documented,
/// the second edition's builtins (LANGUAGE.md §11) fail only with Golfcart errors whatever they are
/// given, charge steps and memory for their work, survive deep values on a small stack, and
/// <c>memo</c> recurses as deep through the command as a plain function does.
/// </summary>
public sealed partial class LibraryTests
{
    /// <summary>The builtins of LANGUAGE.md §11's library, and the old ones it changed.</summary>
    private static readonly string[] Ext2 =
    [
        "div", "mod", "sign", "powmod", "num", "to_base", "get", "equal", "counts", "count", "unique", "zip", "flatten",
        "transpose", "any", "all", "combinations", "permutations", "product", "sort", "min", "max", "is_digit", "is_alpha",
        "pad_left", "pad_right", "memo",
    ];

    [GeneratedRegex(@"^\| (?<cell>[^|]+)\|", RegexOptions.Multiline)]
    private static partial Regex FirstCell();

    [Fact]
    public void Every_builtin_and_list_method_has_a_row_in_library_md()
    {
        string doc = File.ReadAllText(Path.Combine(Support.RepoRoot, "docs", "library.md"));
        var documented = FirstCell().Matches(doc).Select(m => m.Groups["cell"].Value).ToList();
        bool Has(string call) => documented.Any(cell => cell.Contains("`" + call, StringComparison.Ordinal));

        var missing = Builtins.FunctionNames.Where(n => !Has(n + "("))
            .Concat(Builtins.MethodNames.Where(n => !Has("l." + n + "(")).Select(n => "l." + n))
            .ToList();
        missing.Should().BeEmpty("docs/library.md has a table row for every builtin");
        Has("inf").Should().BeTrue("the constant inf is documented too");
    }

    /// <summary>Values of every kind, with the awkward ones: NaN, infinities, -0, past 2^53, empty, cyclic, nested.</summary>
    private const string Samples = """
        cyc = [1]
        cyc.append(cyc)
        samples = [0, 1, -1, 2.5, -0.0, 3, 37, 9007199254740993, num("nan"), inf, -inf, "", "a", "ab", "🎄", "-12", true,
          nil, [], [1, 2], [[1, 2], [3, 4]], [[1], 2], ["a", 1], cyc, {}, {a: 1}, x => x, (a, b) => a, len]
        """;

    public static TheoryData<string> Ext2Names() => [.. Ext2];

    /// <summary>
    /// Each builtin called with every sample as each of up to three arguments (and with none or four),
    /// under step and memory limits: a value or a <see cref="GolfcartException"/> with a position, never
    /// a .NET exception.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ext2Names))]
    public void Any_arguments_give_a_value_or_a_golfcart_error(string name)
    {
        Support.OnBigStack(() =>
        {
            var engine = new Engine(new EngineOptions
            {
                Output = TextWriter.Null, MaxSteps = 5_000_000, MaxMemoryBytes = 256L << 20, MaxCallDepth = 200,
            });
            engine.Evaluate(Samples, "samples.golf");
            var samples = engine.Evaluate("samples", "samples.golf");
            int n = engine.Evaluate("len(samples)", "samples.golf").AsNumber() is var d ? (int)d : 0;
            var calls = new List<string> { $"{name}()", $"{name}(samples[0], samples[1], samples[2], samples[3])" };
            for (int i = 0; i < n; i++)
            {
                calls.Add($"{name}(samples[{i}])");
                for (int j = 0; j < n; j++)
                {
                    calls.Add($"{name}(samples[{i}], samples[{j}])");
                    // three arguments: the third from a smaller set, to keep the count of calls down
                    foreach (int k in new[] { 0, 2, 5, 12, 16, 17, 19, 24, 26 }) calls.Add($"{name}(samples[{i}], samples[{j}], samples[{k}])");
                }
            }
            foreach (var call in calls)
            {
                try
                {
                    engine.Evaluate(call, "call.golf");
                }
                catch (GolfcartException e)
                {
                    e.Line.Should().BeGreaterThan(0, "the error of {0} has a position", call);
                    e.Message.Should().NotContain("Exception", "{0} fails with a Golfcart message", call);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"{e.GetType().Name} escaped from {call}: {e}");
                }
            }
            samples.IsNilValue.Should().BeFalse();
            return 0;
        });
    }

    /// <summary>Work proportional to the input is charged: each call below runs past a step budget the program itself stays far below.</summary>
    [Theory]
    [InlineData("equal(big, copy(big))")]
    [InlineData("counts(big)")]
    [InlineData("unique(big)")]
    [InlineData("count(big, 7)")]
    [InlineData("flatten(rows)")]
    [InlineData("transpose(rows)")]
    [InlineData("zip(big, big)")]
    [InlineData("any(falses)")]
    [InlineData("all(trues)")]
    [InlineData("combinations(range(30), 3)")]
    [InlineData("permutations(range(30), 3)")]
    [InlineData("product(range(80), range(80))")]
    [InlineData("sort(pairs)")]
    [InlineData("sort(pairs, nil, true)")]
    [InlineData("min(pairs)")]
    [InlineData("max(pairs)")]
    [InlineData("pad_left(\"x\", 3000000)")]
    [InlineData("count(text, \"ab\")")]
    public void Library_work_is_charged_as_steps(string call)
    {
        string setup = """
            big = range(20000)
            rows = repeat([range(200)], 100)
            falses = repeat([false], 20000)
            trues = repeat([true], 20000)
            pairs = map(range(2000), i => [i % 3, "k", 2000 - i])
            text = repeat("ab", 200000)
            """;
        var engine = new Engine(new EngineOptions { Output = TextWriter.Null, MaxSteps = 200_000 });
        engine.Evaluate(setup, "setup.golf");
        // The loop's own steps, about 5 an iteration, stay far below the budget: the builtin's work is what runs out.
        var act = () => engine.Evaluate($"for i = 0; i < 1000; i += 1 {{ {call} }}", "work.golf");
        act.Should().Throw<GolfcartLimitException>().Which.Limit.Should().Be(LimitKind.Steps);
    }

    /// <summary>A result too big for the memory budget is refused before it is built, not after.</summary>
    [Theory]
    [InlineData("combinations(range(40), 5)")]
    [InlineData("permutations(range(14), 6)")]
    [InlineData("product(range(3000), range(3000))")]
    [InlineData("flatten(repeat([range(1000)], 20000))")]
    [InlineData("pad_right(\"\", 100000000)")]
    [InlineData("zip(range(1000000), range(1000000), range(1000000))")]
    public void Big_results_are_charged_before_they_are_built(string call)
    {
        var engine = new Engine(new EngineOptions { Output = TextWriter.Null, MaxMemoryBytes = 64L << 20 });
        long before = GC.GetAllocatedBytesForCurrentThread();
        var act = () => engine.Evaluate(call, "big.golf");
        act.Should().Throw<GolfcartLimitException>().Which.Limit.Should().Be(LimitKind.Memory);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(256L << 20, "the refusal comes before the result is built");
    }

    /// <summary>Runs a program on a thread with a 1 MiB stack, as a host's thread may be; returns its value or its error.</summary>
    private static string RunOnSmallStack(string source)
    {
        string outcome = "";
        var thread = new Thread(() =>
        {
            try
            {
                var engine = new Engine(new EngineOptions { Output = TextWriter.Null, MaxCallDepth = 100 });
                outcome = engine.Evaluate(source, "deep.golf").Inspect();
            }
            catch (GolfcartException e)
            {
                outcome = "error: " + e.Message;
            }
            catch (Exception e)
            {
                outcome = "escaped: " + e.GetType().Name;
            }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        return outcome;
    }

    private const string DeepLists = """
        a = []
        b = []
        for i = 0; i < 200000; i += 1 {
          a = [a]
          b = [b]
        }
        """;

    [Theory]
    [InlineData("equal(a, b)", "true")]
    [InlineData("equal(a, [[1]])", "false")]
    [InlineData("len(flatten(a))", "1")]
    [InlineData("count([a, b], b)", "2")]
    [InlineData("sort([a, b])", "error: sort() key lists are nested too deeply to compare (does one contain itself?)")]
    [InlineData("max([a, b])", "error: max() key lists are nested too deeply to compare (does one contain itself?)")]
    [InlineData("counts([a])", "error: a list used as a dict key is nested too deeply")]
    [InlineData("memo(x => 1)(a)", "error: a list used as a dict key is nested too deeply")]
    public void Deep_values_end_in_a_value_or_a_golfcart_error_on_a_small_stack(string call, string expected)
    {
        RunOnSmallStack(DeepLists + call).Should().Be(expected);
    }

    /// <summary>
    /// A memoised function steps out of the call stack while its function runs, so a memoised recursion
    /// takes one of the command's 200,000 calls per level, as a plain one does: 150,000 levels run.
    /// </summary>
    [Fact]
    public void A_memoised_recursion_takes_one_call_per_level_through_the_command()
    {
        string dir = Directory.CreateTempSubdirectory("golfcart-memo").FullName;
        try
        {
            string file = Path.Combine(dir, "deep.golf");
            File.WriteAllText(file, "f = memo(n => if n == 0 { 0 } else { f(n - 1) + 1 })\nlog(f(150000))\n");
            var (code, output, err) = Support.Cli([file]);
            err.Should().BeEmpty();
            code.Should().Be(0);
            output.Should().Be("150000\n");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>An error inside a memoised function shows the program's calls, at the program's call sites.</summary>
    [Fact]
    public void An_error_in_a_memoised_function_has_the_programs_trace()
    {
        var e = Support.Fail("f = memo(n => if n == 0 { error(\"bottom\") } else { f(n - 1) })\nf(2)");
        e.Message.Should().Be("bottom");
        e.ScriptStackTrace.Should().Be(
            "  in error, called at test.golf:1:27\n" +
            "  in <function>, called at test.golf:1:52\n" +
            "  in <function>, called at test.golf:1:52\n" +
            "  in <function>, called at test.golf:2:1\n");
    }
}
