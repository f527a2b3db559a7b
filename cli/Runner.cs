namespace Golfcart.Cli;

/// <summary>Runs a program through the library and turns its outcome into output and an exit status.</summary>
internal static class Runner
{
    public static string? ReadSource(string path, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            stderr.WriteLine($"golfcart: cannot open '{path}': {why}");
            return null;
        }
    }

    public static Engine NewEngine(IReadOnlyList<string> args, TextWriter stdout) => new(new EngineOptions
    {
        MaxCallDepth = Program.CallDepth,
        Output = stdout,
        ScriptArguments = args,
        AllowFiles = true,
        AllowStdin = true,
    });

    public static int Run(string path, string source, IReadOnlyList<string> args, bool debug, TextWriter stdout, TextWriter stderr, RunStats? stats = null)
    {
        var engine = NewEngine(args, stdout);
        int code = Execute(engine, path, source, stdout, stderr, printResult: true, stats);
        if (debug) PrintGlobals(engine, stdout);
        stats?.Print(stderr);
        return code;
    }

    /// <summary>Parses and runs one source on <paramref name="engine"/>, reporting any error; returns the exit status.</summary>
    public static int Execute(Engine engine, string name, string source, TextWriter stdout, TextWriter stderr, bool printResult, RunStats? stats = null)
    {
        try
        {
            var script = Script.Parse(source, name);
            stats?.Parsed();
            var value = engine.Run(script);
            stats?.Ran();
            if (printResult && !value.IsNilValue) stdout.WriteLine(value.ToString());
            stdout.Flush();
            return ExitCodes.Ok;
        }
        catch (GolfcartExitException e)
        {
            stdout.Flush();
            return e.ExitCode;
        }
        catch (GolfcartException e)
        {
            stdout.Flush();
            stderr.Write(e.Diagnostic);
            stderr.Flush();
            return e is GolfcartSyntaxException ? ExitCodes.Syntax : ExitCodes.Runtime;
        }
    }

    public static void PrintGlobals(Engine engine, TextWriter stdout)
    {
        stdout.WriteLine("-- globals --");
        foreach (var (name, value) in engine.UserGlobals()) stdout.WriteLine($"{name} = {value.Inspect()}");
        stdout.Flush();
    }

    public static int PrintAst(string path, TextWriter stdout, TextWriter stderr)
    {
        string? source = ReadSource(path, stderr);
        if (source is null) return ExitCodes.NoInput;
        try
        {
            stdout.Write(Script.Parse(source, path).FormatSyntaxTree());
            return ExitCodes.Ok;
        }
        catch (GolfcartSyntaxException e)
        {
            stderr.Write(e.Diagnostic);
            return ExitCodes.Syntax;
        }
    }
}
