using Spectre.Console;
using Spectre.Console.Advanced;

namespace Golfcart.Cli.Repl;

/// <summary>
/// The REPL on a terminal: RadLine's editor (<see cref="InputEditor"/>) for multi-line input,
/// history, highlighting and completion, keys read by the REPL itself (<see cref="KeySource"/>,
/// <see cref="UnixTerminal"/>) so a burst of keys or a paste runs input by input, and Ctrl-C
/// wired to stop a running program.
/// </summary>
internal sealed class InteractiveRepl
{
    public static string Banner => $"Golfcart {Language.Version} — type :help for help, :quit or Ctrl-D to leave";

    private readonly IAnsiConsole _console = AnsiConsole.Console;
    private readonly ReplSession _session;
    private readonly HistoryFile _history;
    private readonly ITerminal _terminal;
    private readonly KeySource _keys;
    private readonly InputEditor _editor;
    private readonly ReverseSearch _search;
    private CancellationTokenSource? _running;

    private InteractiveRepl(TextWriter stdout, ITerminal terminal)
    {
        _session = new ReplSession(stdout, Console.Error);
        _history = HistoryFile.Default();
        _terminal = terminal;
        _keys = new KeySource(terminal);
        _editor = new InputEditor(_console, _keys, _history, _session);
        _search = new ReverseSearch(_console, _keys, _history);
    }

    public static bool IsSupported() => !Console.IsInputRedirected && RadLine.LineEditor.IsSupported(AnsiConsole.Console);

    public static int Run(TextWriter stdout)
    {
        // Ctrl-C while a program runs cancels it. Registered first: .NET then takes its snapshot of
        // the terminal's settings, which it puts back at exit, before the REPL changes them.
        Console.CancelKeyPress += (_, e) =>
        {
            if (e.SpecialKey != ConsoleSpecialKey.ControlC) return; // SIGQUIT (Ctrl-\ while a program runs) ends the REPL
            e.Cancel = true; // keep the REPL alive
            Volatile.Read(ref s_current)?._running?.Cancel();
        };
        ITerminal terminal;
        if (UnixTerminal.TryOpen() is { } unix)
        {
            unix.Start();
            terminal = unix;
        }
        else terminal = new ConsoleTerminal();
        try
        {
            var repl = new InteractiveRepl(stdout, terminal);
            Volatile.Write(ref s_current, repl);
            return repl.Loop();
        }
        finally
        {
            terminal.Restore();
        }
    }

    private static InteractiveRepl? s_current;

    private int Loop()
    {
        _console.MarkupLine($"[bold]Golfcart[/] {Language.Version} — type [green]:help[/] for help, [green]:quit[/] or Ctrl-D to leave");
        bool lastWasEmptyInterrupt = false;
        var start = EditStart.Empty;
        while (true)
        {
            _terminal.EditMode();
            var result = _editor.Edit(start);
            start = EditStart.Empty;
            switch (result.Ending)
            {
                case EditEnding.Quit:
                    return _session.ExitCode ?? ExitCodes.Ok;
                case EditEnding.Interrupted:
                    if (result.WasEmpty)
                    {
                        if (lastWasEmptyInterrupt) return ExitCodes.Ok;
                        _console.MarkupLine("[grey](to leave, press Ctrl-C again, Ctrl-D, or type :quit)[/]");
                        lastWasEmptyInterrupt = true;
                    }
                    continue;
                case EditEnding.NewLine:
                    ClearLines(result.Text);
                    start = result.SplitAtCursor();
                    continue;
                case EditEnding.ClearScreen:
                    _console.WriteAnsi("\u001b[H\u001b[2J");
                    start = result.Resume();
                    continue;
                case EditEnding.ListCandidates:
                    _console.WriteAnsi(CandidateColumns.Format(result.Candidates, _console.Profile.Width));
                    start = result.Resume();
                    continue;
                case EditEnding.Search:
                    ClearLines(result.Text);
                    start = _search.Run(result.Resume());
                    continue;
            }
            lastWasEmptyInterrupt = false;
            string text = result.Text ?? "";
            if (!text.TrimStart().StartsWith(':') && !InputCompleteness.IsComplete(text))
            {
                // Not finished: go on with a new line at the cursor.
                ClearLines(text);
                start = result.SplitAtCursor();
                continue;
            }
            _history.Add(text);
            if (!Evaluate(text)) return _session.ExitCode ?? ExitCodes.Ok;
        }
    }

    /// <summary>Runs one input; Ctrl-C stops it.</summary>
    private bool Evaluate(string text)
    {
        using var cts = new CancellationTokenSource();
        _running = cts;
        _terminal.EvalMode();
        if (_keys.TakeInterrupt()) cts.Cancel();
        try
        {
            return _session.Execute(text, cts.Token);
        }
        finally
        {
            _running = null;
        }
    }

    /// <summary>Moves up over the lines RadLine left for <paramref name="text"/> and clears them, to draw them again.</summary>
    private void ClearLines(string? text)
    {
        int lines = text is null ? 1 : text.Split('\n').Length;
        _console.WriteAnsi($"\u001b[{lines}A\r\u001b[J");
    }
}
