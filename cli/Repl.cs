namespace Golfcart.Cli;

/// <summary>
/// A plain read-eval-print loop: reads lines until the input is complete (no bracket or string
/// left open), runs it, echoes the result (strings quoted; nil not echoed) and keeps the state.
/// </summary>
internal static class Repl
{
    public static int Run(TextWriter stdout, TextWriter stderr)
    {
        var engine = Runner.NewEngine([], stdout);
        stdout.WriteLine($"golfcart {Language.Version} — type an expression; :quit or Ctrl-D to leave");
        int n = 0;
        while (true)
        {
            string? input = ReadInput(stdout);
            if (input is null) break;
            if (input.Trim() is ":quit" or ":q") break;
            if (input.Trim().Length == 0) continue;
            n++;
            try
            {
                var value = engine.Run(Script.Parse(input, $"<repl:{n}>"));
                if (!value.IsNilValue) stdout.WriteLine(value.Inspect());
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
            }
            stdout.Flush();
        }
        stdout.WriteLine();
        stdout.Flush();
        return ExitCodes.Ok;
    }

    /// <summary>Reads one complete input: more lines while the parser says the input ended too soon.</summary>
    private static string? ReadInput(TextWriter stdout)
    {
        string text = "";
        string prompt = "> ";
        while (true)
        {
            stdout.Write(prompt);
            stdout.Flush();
            string? line = Console.In.ReadLine();
            if (line is null) return text.Length == 0 ? null : text;
            text = text.Length == 0 ? line : text + "\n" + line;
            try
            {
                Script.Parse(text, "<repl>");
                return text;
            }
            catch (GolfcartSyntaxException e) when (e.AtEndOfInput)
            {
                prompt = ". ";
            }
            catch (GolfcartSyntaxException)
            {
                return text;
            }
        }
    }
}
