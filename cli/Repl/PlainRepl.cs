namespace Golfcart.Cli.Repl;

/// <summary>
/// The REPL over plain text streams: prompts, continuation lines while the input is incomplete,
/// no line editing. Used when the terminal cannot do more, and by the tests.
/// </summary>
public static class PlainRepl
{
    public const string Prompt = "> ";
    public const string MorePrompt = ". ";

    /// <summary>Runs a session until :quit, <c>exit()</c> or the end of the input; returns the exit status.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, bool banner = true, ReplSession? session = null)
    {
        session ??= new ReplSession(output, error);
        if (banner) output.WriteLine(InteractiveRepl.Banner);
        while (true)
        {
            string? text = ReadInput(input, output);
            if (text is null) break;
            if (!session.Execute(text)) break;
        }
        if (session.ExitCode is null) output.WriteLine();
        output.Flush();
        return session.ExitCode ?? ExitCodes.Ok;
    }

    /// <summary>Reads lines until they make a complete input; null at the end of the input.</summary>
    public static string? ReadInput(TextReader input, TextWriter output)
    {
        string? text = null;
        while (true)
        {
            output.Write(text is null ? Prompt : MorePrompt);
            output.Flush();
            string? line = input.ReadLine();
            if (line is null) return text;
            text = text is null ? line : text + "\n" + line;
            if (text.TrimStart().StartsWith(':') || InputCompleteness.IsComplete(text)) return text;
        }
    }
}
