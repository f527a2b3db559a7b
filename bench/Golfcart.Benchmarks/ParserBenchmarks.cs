using System.Text;
using BenchmarkDotNet.Attributes;

namespace Golfcart.Benchmarks;

/// <summary>
/// Parsing: scanning, the grammar, the checks and name resolution, as <c>Script.Parse</c> does them.
/// The large input is 2 MB of function definitions made from the spec programs (each program's
/// text as the body of a function), so it holds every construct the language has.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _twoMegabytes = "", _oneLine = "log(1)";

    /// <summary>2 MB of <c>def_N = () =&gt; { SPEC PROGRAM }</c>, the spec programs in turn.</summary>
    public static string TwoMegabytesOfDefinitions()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Golfcart.slnx"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("run from inside the repository");
        var programs = Directory.GetFiles(Path.Combine(dir.FullName, "spec-programs"), "*.golf").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToArray();
        var sb = new StringBuilder();
        for (int n = 0; sb.Length < 2_000_000; n++) sb.Append($"def_{n} = () => {{\n{programs[n % programs.Length]}\n}}\n");
        return sb.ToString();
    }

    [GlobalSetup]
    public void Setup() => _twoMegabytes = TwoMegabytesOfDefinitions();

    [Benchmark] public Script TwoMegabytes() => Script.Parse(_twoMegabytes);
    [Benchmark] public Script OneLine() => Script.Parse(_oneLine);
}
