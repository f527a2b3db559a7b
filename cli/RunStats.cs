using System.Diagnostics;

namespace Golfcart.Cli;

/// <summary>
/// <c>golfcart --stats FILE</c>: where a run's time went — start-up, parse, run — and what the
/// .NET runtime did meanwhile (methods compiled by the JIT, garbage collections). Written to
/// stderr after the run, so the program's own output is unchanged.
/// </summary>
internal sealed class RunStats
{
    // In this order, so the cost of asking for the process's start time falls in neither phase. Linux
    // gives that start in clock ticks (10 ms), so this figure and the total are only as fine as that.
    private readonly double _startToMain = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
    private readonly long _main = Stopwatch.GetTimestamp();
    private long _parsed, _ran;

    public void Parsed() => _parsed = Stopwatch.GetTimestamp();
    public void Ran() => _ran = Stopwatch.GetTimestamp();

    public void Print(TextWriter stderr)
    {
        static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
        long end = Stopwatch.GetTimestamp();
        stderr.WriteLine("-- stats --");
        stderr.WriteLine($"start-up to main  {_startToMain,9:F1} ms  (runtime start, before any Golfcart code; the system gives a process's start in 10 ms ticks)");
        long parsed = _parsed == 0 ? end : _parsed, ran = _ran == 0 ? end : _ran; // a syntax or runtime error ends the phase
        stderr.WriteLine($"parse             {Ms(_main, parsed),9:F1} ms  (from main until the program can run: the file read, parsed and resolved on one thread while the output, the program's thread and the engine are set up on another)");
        stderr.WriteLine($"run               {(_parsed == 0 ? 0 : Ms(parsed, ran)),9:F1} ms");
        stderr.WriteLine($"total             {_startToMain + Ms(_main, end),9:F1} ms");
        stderr.WriteLine($"JIT               {System.Runtime.JitInfo.GetCompiledMethodCount(),6} methods compiled, " +
                         $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} ms compiling (all threads)");
        stderr.WriteLine($"GC                {GC.CollectionCount(0),6} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections, " +
                         $"{GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms paused, {GC.GetTotalAllocatedBytes() / (1024.0 * 1024):F1} MB allocated");
        stderr.WriteLine($"memory            {Environment.WorkingSet / (1024.0 * 1024),9:F1} MB resident now");
    }
}
