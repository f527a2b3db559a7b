namespace Golfcart.Cli;

/// <summary>Runs a program through the library and turns its outcome into output and an exit status.</summary>
internal static class Runner
{
    public static string? ReadSource(string path, TextWriter stderr)
    {
        string? source = TryReadSource(path, out string? cannotOpen);
        if (cannotOpen is not null) stderr.WriteLine(cannotOpen);
        return source;
    }

    /// <summary>The file's text, or null with the message that says why it could not be read.</summary>
    public static string? TryReadSource(string path, out string? cannotOpen)
    {
        cannotOpen = null;
        try
        {
            return DecodeSource(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            cannotOpen = $"golfcart: cannot open '{path}': {why}";
            return null;
        }
    }

    /// <summary>
    /// A file's bytes as text, as <see cref="File.ReadAllText(string)"/> reads it (UTF-8 unless a
    /// byte order mark says otherwise). Plain ASCII, the usual program, is widened byte by byte: the
    /// framework's UTF-8 decoder costs ~5 ms the first time a process uses it, on the way to the
    /// program's start (docs/performance.md, Start-up).
    /// </summary>
    public static string DecodeSource(byte[] bytes)
    {
        foreach (byte b in bytes)
        {
            if (b >= 0x80)
            {
                using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            }
        }
        return string.Create(bytes.Length, bytes, static (chars, ascii) =>
        {
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)ascii[i];
        });
    }

    public static Engine NewEngine(IReadOnlyList<string> args, TextWriter stdout) => new(new EngineOptions
    {
        MaxCallDepth = Program.CallDepth,
        Output = stdout,
        ScriptArguments = args,
        AllowFiles = true,
        AllowStdin = true,
    });

    /// <summary>Runs source text (standard input).</summary>
    public static int Run(string name, string source, IReadOnlyList<string> args, bool debug, TextWriter stdout, TextWriter stderr, RunStats? stats = null)
    {
        var engine = NewEngine(args, stdout);
        return Finish(engine, Execute(engine, () => Script.Parse(source, name), stdout, stderr, stats), debug, stdout, stderr, stats);
    }

    /// <summary>Runs a program file being read and parsed on its own thread; the engine is made meanwhile.</summary>
    public static int Run(PendingProgram program, IReadOnlyList<string> args, bool debug, TextWriter stdout, TextWriter stderr, RunStats? stats = null)
    {
        var engine = NewEngine(args, stdout);
        if (!program.Done) WarmOutputEncoder();
        if (!program.WaitForSource(stderr)) return ExitCodes.NoInput;
        return Finish(engine, Execute(engine, program.Parsed, stdout, stderr, stats), debug, stdout, stderr, stats);
    }

    /// <summary>
    /// Encodes a few characters as UTF-8 and throws them away. The first text a process encodes
    /// costs ~3-4 ms (the framework's encoder setting itself up); the output is encoded when it is
    /// flushed, usually at the end of the run. Done while this thread would otherwise wait for the
    /// parse, that cost leaves the program's way to its end (docs/performance.md, Start-up).
    /// </summary>
    private static void WarmOutputEncoder()
    {
        Span<byte> bytes = stackalloc byte[8];
        new System.Text.UTF8Encoding(false).GetEncoder().GetBytes("0\n", bytes, flush: true);
    }

    private static int Finish(Engine engine, int code, bool debug, TextWriter stdout, TextWriter stderr, RunStats? stats)
    {
        if (debug) PrintGlobals(engine, stdout);
        stats?.Print(stderr);
        return code;
    }

    /// <summary>Parses (through <paramref name="parse"/>) and runs one program on <paramref name="engine"/>, printing its value unless nil and reporting any error; returns the exit status.</summary>
    private static int Execute(Engine engine, Func<Script> parse, TextWriter stdout, TextWriter stderr, RunStats? stats)
    {
        try
        {
            var script = parse();
            stats?.Parsed();
            var value = engine.Run(script);
            stats?.Ran();
            if (!value.IsNilValue) stdout.WriteLine(value.ToString());
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
