using System.Text;

namespace Golfcart.Cli;

/// <summary>
/// <c>golfcart</c>: run a program, start a REPL, print the grammar or an AST.
/// Programs run on a thread with a large stack so deep recursion ends in a clean error.
/// </summary>
internal static class Program
{
    /// <summary>Nested Golfcart calls the command allows (documented in the README).</summary>
    public const int CallDepth = 200_000;
    /// <summary>The stack of the threads that parse and run a program: deep recursion ends in a clean error, not a crash.</summary>
    public const int StackBytes = 1536 * 1024 * 1024;

    private const string Usage = """
        usage: golfcart [--debug] [--stats] FILE [ARGS...]
                                                  run a program; ARGS are the program's args();
                                                  --debug prints the globals after the run,
                                                  --stats where the time went (to stderr)
               golfcart                           start the REPL (or run stdin when it is not a terminal)
               golfcart ast FILE                  print the program's syntax tree with positions
               golfcart --ebnf                    print the grammar in EBNF
               golfcart --version                 print the version
               golfcart --help                    print this help
        exit status: 0 ok, 64 usage, 65 syntax error, 66 file not found, 70 runtime error
        """;

    public static int Main(string[] argv)
    {
        var (debug, statsWanted, k) = RunOptions(argv);
        var stats = statsWanted ? new RunStats() : null;
        // A program file is read and parsed from the start, on a thread of its own, while this thread
        // sets up the output and the program's thread (PendingProgram, docs/performance.md).
        var program = ProgramFile(argv, k) is { } path ? PendingProgram.Start(path) : null;
        // Not Console.Out/Error: for a pipe or a terminal not even the console's streams, whose set-up costs
        // milliseconds of every run (StandardStream, docs/performance.md).
        var stdout = new StreamWriter(StandardStream.Open(1), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(StandardStream.Open(2), new UTF8Encoding(false)) { AutoFlush = true };
        int code = ExitCodes.Runtime;
        var thread = new Thread(() => code = Dispatch(argv, k, debug, stats, program, stdout, stderr), StackBytes);
        thread.Start();
        thread.Join();
        stdout.Flush();
        return code;
    }

    /// <summary>The leading <c>--debug</c> and <c>--stats</c>; <c>K</c> is the first argument after them.</summary>
    private static (bool Debug, bool Stats, int K) RunOptions(string[] argv)
    {
        bool debug = false, stats = false;
        int k = 0;
        for (; k < argv.Length; k++)
        {
            if (argv[k] == "--debug") debug = true;
            else if (argv[k] == "--stats") stats = true;
            else break;
        }
        return (debug, stats, k);
    }

    /// <summary>The program file the command will run, or null when it will do something else (another option, the REPL, <c>ast</c>).</summary>
    private static string? ProgramFile(string[] argv, int k) =>
        k < argv.Length && !IsOption(argv[k]) && argv[k] != "ast" ? argv[k] : null;

    private static bool IsOption(string arg) => arg.StartsWith('-') && arg != "-";

    private static int Dispatch(string[] argv, int k, bool debug, RunStats? stats, PendingProgram? program, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return DispatchUnguarded(argv, k, debug, stats, program, stdout, stderr);
        }
        catch (Exception e) when (e is not GolfcartException)
        {
            // A bug in the interpreter: say so plainly, never with a .NET stack trace.
            stdout.Flush();
            stderr.WriteLine($"golfcart: internal error ({e.GetType().Name}): {e.Message}");
            stderr.WriteLine("golfcart: this is a bug in golfcart; please report it with the program that caused it");
            if (Environment.GetEnvironmentVariable("GOLFCART_INTERNAL_TRACE") == "1") stderr.WriteLine(e);
            return ExitCodes.Runtime;
        }
    }

    private static int DispatchUnguarded(string[] argv, int k, bool debug, RunStats? stats, PendingProgram? program, TextWriter stdout, TextWriter stderr)
    {
        if (program is not null) return Runner.Run(program, argv[(k + 1)..], debug, stdout, stderr, stats);
        if (k < argv.Length && IsOption(argv[k]))
        {
            switch (argv[k])
            {
                case "--version":
                    stdout.WriteLine($"golfcart {Language.Version}");
                    return ExitCodes.Ok;
                case "--help" or "-h":
                    stdout.WriteLine(Usage);
                    return ExitCodes.Ok;
                case "--ebnf":
                    stdout.Write(Language.Ebnf);
                    return ExitCodes.Ok;
                default:
                    stderr.WriteLine($"golfcart: unknown option '{argv[k]}'");
                    stderr.WriteLine(Usage);
                    return ExitCodes.Usage;
            }
        }
        var rest = argv[k..];
        if (rest.Length == 0)
        {
            if (!Console.IsInputRedirected)
            {
                return Repl.InteractiveRepl.IsSupported()
                    ? Repl.InteractiveRepl.Run(stdout)
                    : Repl.PlainRepl.Run(Console.In, stdout, stderr);
            }
            return Runner.Run("<stdin>", Console.In.ReadToEnd(), [], debug, stdout, stderr, stats);
        }
        // rest[0] is "ast" here: a program file would already be running.
        if (rest.Length != 2)
        {
            stderr.WriteLine("golfcart: usage: golfcart ast FILE");
            return ExitCodes.Usage;
        }
        return Runner.PrintAst(rest[1], stdout, stderr);
    }
}
