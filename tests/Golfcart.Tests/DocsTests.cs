using System.Text.RegularExpressions;

namespace Golfcart.Tests;

/// <summary>Every <c>```golf</c> block in the README and docs/ runs without error, so the docs stay true.</summary>
public sealed partial class DocsTests
{
    [GeneratedRegex("```golf\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GolfBlock();

    public static IEnumerable<object[]> Blocks()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Support.RepoRoot, "docs"), "*.md")
            .Append(Path.Combine(Support.RepoRoot, "README.md"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string text = File.ReadAllText(file).Replace("\r\n", "\n");
            int n = 0;
            foreach (Match m in GolfBlock().Matches(text))
                yield return [$"{Path.GetRelativePath(Support.RepoRoot, file)} #{++n}", m.Groups["code"].Value];
        }
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Code_block_runs(string where, string code)
    {
        var act = () => Support.Run(code, where);
        act.Should().NotThrow();
    }
}
