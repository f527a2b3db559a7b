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
    private const int StackBytes = 1536 * 1024 * 1024;

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
        // Not Console.Out/Error: for a pipe or a terminal not even the console's streams, whose set-up costs
        // milliseconds of every run (StandardStream, docs/performance.md).
        var stdout = new StreamWriter(StandardStream.Open(1), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(StandardStream.Open(2), new UTF8Encoding(false)) { AutoFlush = true };
        int code = ExitCodes.Runtime;
        var thread = new Thread(() => code = Dispatch(argv, stdout, stderr), StackBytes);
        thread.Start();
        thread.Join();
        stdout.Flush();
        return code;
    }

    private static int Dispatch(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return DispatchUnguarded(argv, stdout, stderr);
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

    private static int DispatchUnguarded(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        bool debug = false;
        RunStats? stats = null;
        int k = 0;
        for (; k < argv.Length && argv[k].StartsWith('-') && argv[k] != "-"; k++)
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
                case "--debug":
                    debug = true;
                    break;
                case "--stats":
                    stats = new RunStats();
                    break;
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
        if (rest[0] == "ast")
        {
            if (rest.Length != 2)
            {
                stderr.WriteLine("golfcart: usage: golfcart ast FILE");
                return ExitCodes.Usage;
            }
            return Runner.PrintAst(rest[1], stdout, stderr);
        }
        string path = rest[0];
        string? source = Runner.ReadSource(path, stderr);
        if (source is null) return ExitCodes.NoInput;
        return Runner.Run(path, source, rest[1..], debug, stdout, stderr, stats);
    }
}
