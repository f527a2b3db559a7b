using System.Text;

namespace Golfcart.Tests;

/// <summary>
/// The parser keeps every program's tree and every syntax error as they were: for each program in
/// the repository, <c>Snapshots/ast/PATH.ast</c> holds what <c>golfcart ast PATH</c> printed, and for
/// each syntax error program <c>Snapshots/syntax-errors/PATH.err</c> its whole diagnostic, both
/// recorded when they were last checked by hand. A program added later needs its snapshot: run the
/// tests once with <c>GOLFCART_WRITE_SNAPSHOTS=1</c>, which writes the missing ones (never an
/// existing one), and read what it wrote before committing it.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly string[] Folders = ["spec-programs", "error-programs", "examples", "examples/aoc", "bench", "bench/pgo"];

    private static string SnapshotRoot => Path.Combine(Support.RepoRoot, "tests", "Golfcart.Tests", "Snapshots");

    public static IEnumerable<object[]> Programs() =>
        Folders.SelectMany(folder => Support.Files(folder)).Select(f => new object[] { ((string)f[0]).Replace('\\', '/') });

    private static string Parse(string path, out GolfcartSyntaxException? error)
    {
        string source = File.ReadAllText(Path.Combine(Support.RepoRoot, path));
        error = null;
        try
        {
            return Script.Parse(source, path).FormatSyntaxTree();
        }
        catch (GolfcartSyntaxException e)
        {
            error = e;
            return "";
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void The_tree_or_the_syntax_error_is_the_recorded_one(string path)
    {
        string tree = Parse(path, out var error);
        string snapshot = error is null
            ? Path.Combine(SnapshotRoot, "ast", path + ".ast")
            : Path.Combine(SnapshotRoot, "syntax-errors", path + ".err");
        string actual = error is null ? tree : error.Diagnostic;
        if (!File.Exists(snapshot))
        {
            if (Environment.GetEnvironmentVariable("GOLFCART_WRITE_SNAPSHOTS") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
                File.WriteAllText(snapshot, actual, new UTF8Encoding(false));
                return;
            }
            Assert.Fail($"no snapshot {Path.GetRelativePath(Support.RepoRoot, snapshot)} for {path}" +
                (error is null ? "" : $" (it fails to parse: {error.Message})") +
                "; run the tests with GOLFCART_WRITE_SNAPSHOTS=1 to write it, then check it");
        }
        actual.Should().Be(File.ReadAllText(snapshot), $"{path} must parse as recorded in its snapshot");
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_program()
    {
        var programs = Programs().Select(p => (string)p[0]).ToHashSet();
        var orphans = Directory.EnumerateFiles(SnapshotRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SnapshotRoot, f).Replace('\\', '/'))
            .Select(f => f[(f.IndexOf('/') + 1)..^4]) // "ast/PATH.ast" or "syntax-errors/PATH.err" -> PATH
            .Where(p => !programs.Contains(p))
            .ToList();
        orphans.Should().BeEmpty("a snapshot whose program is gone checks nothing");
    }

    [Fact]
    public void Syntax_error_programs_are_all_recorded()
    {
        // The error programs whose first line says they are syntax errors each have their diagnostic on file.
        var syntax = Support.Files("error-programs", "syntax-*.golf").Select(f => ((string)f[0]).Replace('\\', '/')).ToList();
        syntax.Should().NotBeEmpty();
        foreach (var path in syntax)
            File.Exists(Path.Combine(SnapshotRoot, "syntax-errors", path + ".err")).Should().BeTrue($"{path} is a syntax error program");
    }
}
