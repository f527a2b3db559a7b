using RadLine;
using Spectre.Console;
using Spectre.Console.Advanced;

namespace Golfcart.Cli.Repl;

/// <summary>
/// The REPL on a terminal, with RadLine: line editing, multi-line input, history (Up/Down,
/// Ctrl-R search, kept in a file), highlighting, Tab completion and Ctrl-C handling.
/// </summary>
internal sealed class InteractiveRepl
{
    public static string Banner => $"Golfcart {Language.Version} — type :help for help, :quit or Ctrl-D to leave";

    private readonly IAnsiConsole _console = AnsiConsole.Console;
    private readonly ReplSession _session;
    private readonly HistoryFile _history;
    private readonly KeyQueueSource _keys = new();
    private readonly TrackingPrompt _prompt = new();

    // What the last editor session ended with, besides a plain submit.
    private enum Ending { Submitted, Interrupted, Quit, Recall }
    private Ending _ending;
    private bool _inputWasEmpty;
    private string? _recall;
    private string? _searchQuery;
    private int _searchFrom;

    private InteractiveRepl(TextWriter stdout)
    {
        _session = new ReplSession(stdout, Console.Error);
        _history = HistoryFile.Default();
        _keys.OnOtherKey = () => _searchQuery = null;
    }

    public static bool IsSupported() => !Console.IsInputRedirected && LineEditor.IsSupported(AnsiConsole.Console);

    public static int Run(TextWriter stdout)
    {
        var repl = new InteractiveRepl(stdout);
        return repl.Loop(stdout);
    }

    private int Loop(TextWriter stdout)
    {
        _console.MarkupLine($"[bold]Golfcart[/] {Language.Version} — type [green]:help[/] for help, [green]:quit[/] or Ctrl-D to leave");
        bool lastWasEmptyInterrupt = false;
        string initial = "";
        while (true)
        {
            string? text = Edit(initial);
            initial = "";
            switch (_ending)
            {
                case Ending.Quit:
                    return _session.ExitCode ?? ExitCodes.Ok;
                case Ending.Interrupted:
                    if (_inputWasEmpty)
                    {
                        if (lastWasEmptyInterrupt) return ExitCodes.Ok;
                        _console.MarkupLine("[grey](to leave, press Ctrl-C again, Ctrl-D, or type :quit)[/]");
                        lastWasEmptyInterrupt = true;
                    }
                    continue;
                case Ending.Recall:
                    ClearLines(text);
                    initial = _recall ?? "";
                    continue;
            }
            lastWasEmptyInterrupt = false;
            if (text is null) continue;
            if (!text.TrimStart().StartsWith(':') && !InputCompleteness.IsComplete(text))
            {
                // Not finished: edit it again with a new last line.
                ClearLines(text);
                initial = text + "\n";
                continue;
            }
            _history.Add(text);
            if (!Evaluate(text)) return _session.ExitCode ?? ExitCodes.Ok;
        }
    }

    /// <summary>Runs one input with Ctrl-C wired to stop it.</summary>
    private bool Evaluate(string text)
    {
        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            e.Cancel = true; // keep the REPL alive
            cts.Cancel();
        };
        Console.TreatControlCAsInput = false;
        Console.CancelKeyPress += handler;
        try
        {
            return _session.Execute(text, cts.Token);
        }
        finally
        {
            Console.CancelKeyPress -= handler;
        }
    }

    /// <summary>Moves up over the lines RadLine printed for <paramref name="text"/> and clears them, to edit it again.</summary>
    private void ClearLines(string? text)
    {
        int lines = text is null ? 1 : text.Split('\n').Length;
        _console.WriteAnsi($"\u001b[{lines}A\r\u001b[J");
    }

    private string? Edit(string initial)
    {
        _ending = Ending.Submitted;
        var editor = new LineEditor(_console, _keys)
        {
            MultiLine = true,
            Text = initial,
            Prompt = _prompt,
            Highlighter = _prompt.Highlighter,
            Completion = new Completion(_session),
        };
        foreach (var entry in _history.Entries) editor.History.Add(entry);

        var b = editor.KeyBindings;
        b.Add(ConsoleKey.UpArrow, () => new UpCommand(_prompt));
        b.Add(ConsoleKey.DownArrow, () => new DownCommand(_prompt));
        b.Add(ConsoleKey.C, ConsoleModifiers.Control, () => new ActionCommand(ctx =>
        {
            _inputWasEmpty = _prompt.State is { LineCount: 1 } && ctx.Buffer.Content.Length == 0;
            _ending = Ending.Interrupted;
            ctx.Submit(SubmitAction.Cancel);
        }));
        b.Add(ConsoleKey.D, ConsoleModifiers.Control, () => new ActionCommand(ctx =>
        {
            if (_prompt.State is { LineCount: 1 } && ctx.Buffer.Content.Length == 0)
            {
                _ending = Ending.Quit;
                ctx.Submit(SubmitAction.Cancel);
            }
            else ctx.Execute(new DeleteCommand());
        }));
        b.Add(ConsoleKey.R, ConsoleModifiers.Control, () => new ActionCommand(ctx =>
        {
            if (_searchQuery is null)
            {
                _searchQuery = ctx.Buffer.Content;
                _searchFrom = _history.Entries.Count;
            }
            int found = _history.Search(_searchQuery, _searchFrom);
            if (found < 0) return; // nothing (more) found: stay
            _searchFrom = found;
            _recall = _history.Entries[found];
            _ending = Ending.Recall;
            ctx.Submit(SubmitAction.Cancel);
        }));

        if (initial.Length > 0)
        {
            // Put the cursor at the end of the text being continued or recalled.
            _keys.Inject(new ConsoleKeyInfo('\0', ConsoleKey.PageDown, false, false, false));
            _keys.Inject(new ConsoleKeyInfo('\0', ConsoleKey.End, false, false, false));
        }
        _prompt.Searching = _searchQuery;
        Console.TreatControlCAsInput = true;
        try
        {
            string? text = editor.ReadLine(CancellationToken.None).GetAwaiter().GetResult();
            return text?.Replace("\r\n", "\n");
        }
        finally
        {
            Console.TreatControlCAsInput = false;
        }
    }

    /// <summary>Reads keys from the console, after any keys the REPL injects to place the cursor.</summary>
    private sealed class KeyQueueSource : IInputSource
    {
        private readonly Queue<ConsoleKeyInfo> _injected = new();
        public Action? OnOtherKey;

        public bool ByPassProcessing => false;

        public void Inject(ConsoleKeyInfo key) => _injected.Enqueue(key);

        public bool IsKeyAvailable() => _injected.Count > 0 || Console.KeyAvailable;

        public ConsoleKeyInfo ReadKey()
        {
            if (_injected.Count > 0) return _injected.Dequeue();
            var key = Console.ReadKey(intercept: true);
            if (!(key.Key == ConsoleKey.R && key.Modifiers == ConsoleModifiers.Control)) OnOtherKey?.Invoke();
            return key;
        }
    }

    /// <summary>A command made of a delegate.</summary>
    private sealed class ActionCommand(Action<LineEditorContext> action) : LineEditorCommand
    {
        public override void Execute(LineEditorContext context) => action(context);
    }

    /// <summary>Up: the line above in a multi-line input; on the first line, the previous history entry.</summary>
    private sealed class UpCommand(TrackingPrompt prompt) : LineEditorCommand
    {
        public override void Execute(LineEditorContext context)
        {
            if (prompt.State is { IsFirstLine: false }) context.Execute(new MoveUpCommand());
            else context.Execute(new PreviousHistoryCommand());
        }
    }

    /// <summary>Down: the line below; on the last line, the next history entry.</summary>
    private sealed class DownCommand(TrackingPrompt prompt) : LineEditorCommand
    {
        public override void Execute(LineEditorContext context)
        {
            if (prompt.State is { IsLastLine: false }) context.Execute(new MoveDownCommand());
            else context.Execute(new NextHistoryCommand());
        }
    }

    /// <summary>
    /// The prompt (<c>&gt;</c>, then <c>.</c> on continuation lines). RadLine asks for it just before it
    /// draws each line, so it also keeps the editor's state for the key commands and starts the
    /// highlighter afresh for the line.
    /// </summary>
    private sealed class TrackingPrompt : ILineEditorPrompt
    {
        public ILineEditorState? State;
        public string? Searching;
        public readonly Highlighter Highlighter = new();

        public (Markup Markup, int Margin) GetPrompt(ILineEditorState state, int line)
        {
            State = state;
            Highlighter.StartLine();
            if (line == 0 && Searching is { } q) return (new Markup($"[grey]search '{Markup.Escape(q)}'[/][green]>[/]"), 1);
            return (new Markup(line == 0 ? "[green]>[/]" : "[grey].[/]"), 1);
        }
    }

    /// <summary>Tab completion: keywords, builtins, the names defined so far, meta-commands.</summary>
    private sealed class Completion(ReplSession session) : ITextCompletion
    {
        public IEnumerable<string> GetCompletions(string prefix, string word, string suffix)
        {
            bool meta = prefix.EndsWith(':') && prefix.Trim() == ":";
            return session.CompletionCandidates()
                .Where(c => meta ? c.StartsWith(':') && c[1..].StartsWith(word, StringComparison.Ordinal) : !c.StartsWith(':') && c.StartsWith(word, StringComparison.Ordinal))
                .Select(c => meta ? c[1..] : c);
        }
    }
}
