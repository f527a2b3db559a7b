using System.Text.RegularExpressions;

namespace Golfcart.Tests;

/// <summary>The three program suites: each file is its own test case.</summary>
public sealed partial class SuiteTests
{
    public static IEnumerable<object[]> SpecPrograms => Support.Files("spec-programs");
    public static IEnumerable<object[]> ErrorPrograms => Support.Files("error-programs");
    public static IEnumerable<object[]> Examples => Support.Files("examples");
    public static IEnumerable<object[]> AocExamples => Support.Files(Path.Combine("examples", "aoc"));

    /// <summary>Arguments and standard input every spec program gets, so the input builtins can be checked.</summary>
    public static readonly string[] SpecArgs = ["first-arg", "two words"];
    public const string SpecStdin = "line one\nline two\n";

    /// <summary>
    /// A spec program asserts its own results: it passes when it runs to the end through the real
    /// command (from the repository root, with <see cref="SpecArgs"/> and <see cref="SpecStdin"/>) and exits 0.
    /// </summary>
    [Theory]
    [MemberData(nameof(SpecPrograms))]
    public void Spec_program_runs_without_error(string file)
    {
        string source = File.ReadAllText(Path.Combine(Support.RepoRoot, file));
        source.Should().Contain("assert(", "a spec program checks itself with assert");

        var (code, _, err) = Support.Cli([file, .. SpecArgs], SpecStdin);

        err.Should().BeEmpty();
        code.Should().Be(0);
    }

    [GeneratedRegex(@"^// error: (?<fragment>.+) @ (?<line>\d+):(?<col>\d+)\s*$")]
    private static partial Regex Header();

    /// <summary>
    /// An error program fails as its first line says: <c>// error: FRAGMENT @ LINE:COL</c>. Files named
    /// <c>syntax-*</c> must exit 65, <c>runtime-*</c> 70, through the real command.
    /// </summary>
    [Theory]
    [MemberData(nameof(ErrorPrograms))]
    public void Error_program_fails_with_the_stated_error(string file)
    {
        string first = File.ReadLines(Path.Combine(Support.RepoRoot, file)).First();
        var m = Header().Match(first);
        m.Success.Should().BeTrue($"the first line of {file} must be `// error: <fragment> @ LINE:COL`");
        string name = Path.GetFileName(file);
        int expectedCode = name.StartsWith("syntax-") ? 65 : name.StartsWith("runtime-") ? 70
            : throw new Xunit.Sdk.XunitException($"{file}: name error programs syntax-*.golf or runtime-*.golf");

        var (code, _, err) = Support.Cli([file]);

        code.Should().Be(expectedCode, err);
        string where = $"{file}:{m.Groups["line"].Value}:{m.Groups["col"].Value}: error: ";
        err.Should().StartWith(where);
        err.Split('\n')[0].Should().Contain(m.Groups["fragment"].Value);
        err.Should().Contain(" | ").And.Contain("^", "the diagnostic shows the line and a caret");
        err.Should().NotContain("   at ", "no .NET stack trace reaches the user");
    }

    /// <summary>An example prints exactly its NAME.out through the real command, and exits 0.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_prints_its_expected_output(string file)
    {
        string expectedFile = Path.ChangeExtension(Path.Combine(Support.RepoRoot, file), ".out");
        File.Exists(expectedFile).Should().BeTrue($"{file} needs its expected output beside it");
        string input = Path.ChangeExtension(Path.Combine(Support.RepoRoot, file), ".in");

        var (code, output, err) = Support.Cli([file], File.Exists(input) ? File.ReadAllText(input) : "");

        err.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Be(File.ReadAllText(expectedFile).Replace("\r\n", "\n"));
    }

    /// <summary>
    /// An Advent of Code example, run on its NAME.txt input through the real command, prints its NAME.out;
    /// its Python twin NAME.py, when python3 is here, prints the same answers.
    /// </summary>
    [Theory]
    [MemberData(nameof(AocExamples))]
    public void Aoc_example_prints_the_expected_answers(string file)
    {
        string stem = Path.ChangeExtension(file, null);
        string expected = File.ReadAllText(Path.Combine(Support.RepoRoot, stem + ".out")).Replace("\r\n", "\n");
        File.ReadAllText(Path.Combine(Support.RepoRoot, file)).Should().Contain("part 1").And.Contain("part 2");

        var (code, output, err) = Support.Cli([file, stem + ".txt"]);

        err.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Be(expected);

        var twin = Support.Python(stem + ".py", [stem + ".txt"]);
        if (twin is { } py)
        {
            py.Code.Should().Be(0, py.Err);
            py.Out.Should().Be(expected, "the Python twin must agree");
        }
    }
}
