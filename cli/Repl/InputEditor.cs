using RadLine;
using Spectre.Console;

namespace Golfcart.Cli.Repl;

/// <summary>
/// One editor session of RadLine's <see cref="LineEditor"/> with the REPL's keys. A session ends
/// on Enter, and also whenever the REPL must change the text or the screen in a way RadLine's
/// commands cannot (they see only the cursor's line): a new line at the cursor, Ctrl-L, a list of
/// completions, a history search. The REPL then starts the next session with the text and the
/// cursor where they were (<see cref="EditStart"/>), which looks like one editor to the user.
/// </summary>
internal sealed class InputEditor(IAnsiConsole console, KeySource keys, HistoryFile history, ReplSession session)
{
    // A key no terminal sends, injected after a new session's text to put the cursor on its column.
    private static readonly TermKey PlaceColumnKey = TermKey.Special(ConsoleKey.F24, ConsoleModifiers.Control | ConsoleModifiers.Alt | ConsoleModifiers.Shift);
    private const string Indent = "  ";

    private readonly TrackingPrompt _prompt = new();
    private EditEnding _ending;
    private int _line, _column, _placeColumn;
    private bool _wasEmpty;
    private IReadOnlyList<string> _candidates = [];
    private long _lastAmbiguousTab = -2;
    private string[] _startLines = [];

    public EditResult Edit(EditStart start)
    {
        _ending = EditEnding.Submitted;
        _wasEmpty = false;
        _candidates = [];
        _startLines = start.Text.Split('\n');
        var editor = new LineEditor(console, keys)
        {
            MultiLine = true,
            Text = start.Text,
            Prompt = _prompt,
            Highlighter = _prompt.Highlighter,
        };
        foreach (string entry in history.Entries) editor.History.Add(entry);
        Bind(editor.KeyBindings);

        keys.Reset();
        keys.PushFront(Placement(start).Concat(start.Then));
        string? text = editor.ReadLine(CancellationToken.None).GetAwaiter().GetResult();
        return new EditResult(_ending, text?.Replace("\r\n", "\n"), _line, _column, _wasEmpty, _candidates);
    }

    /// <summary>Keys that move the cursor from where a new session puts it (the end of the first line) to the start's line and column.</summary>
    private IEnumerable<TermKey> Placement(EditStart start)
    {
        if (start.Text.Length == 0) yield break;
        for (int i = 0; i < start.Line; i++) yield return TermKey.Special(ConsoleKey.DownArrow);
        _placeColumn = start.Column;
        yield return PlaceColumnKey;
    }

    private void Bind(KeyBindings b)
    {
        b.Clear();
        // Keys without modifiers first: RadLine 0.6.0 looks such a key up among all bindings and
        // takes the first one with that key, whatever its modifiers.
        b.Add(ConsoleKey.Enter, () => End(EditEnding.Submitted));
        b.Add(ConsoleKey.Tab, () => new ActionCommand(Complete));
        b.Add<BackspaceCommand>(ConsoleKey.Backspace);
        b.Add<DeleteCommand>(ConsoleKey.Delete);
        b.Add<MoveHomeCommand>(ConsoleKey.Home);
        b.Add<MoveEndCommand>(ConsoleKey.End);
        b.Add<MoveLeftCommand>(ConsoleKey.LeftArrow);
        b.Add<MoveRightCommand>(ConsoleKey.RightArrow);
        b.Add(ConsoleKey.UpArrow, () => new UpCommand(_prompt));
        b.Add(ConsoleKey.DownArrow, () => new DownCommand(_prompt));
        b.Add<MoveFirstLineCommand>(ConsoleKey.PageUp);
        b.Add<MoveLastLineCommand>(ConsoleKey.PageDown);

        b.Add(ConsoleKey.Enter, ConsoleModifiers.Alt, () => End(EditEnding.NewLine));
        b.Add(ConsoleKey.Enter, ConsoleModifiers.Shift, () => End(EditEnding.NewLine));
        b.Add(ConsoleKey.LeftArrow, ConsoleModifiers.Control, LineKeys.WordLeft);
        b.Add(ConsoleKey.RightArrow, ConsoleModifiers.Control, LineKeys.WordRight);
        b.Add(ConsoleKey.B, ConsoleModifiers.Alt, LineKeys.WordLeft);
        b.Add(ConsoleKey.F, ConsoleModifiers.Alt, LineKeys.WordRight);
        b.Add<PreviousHistoryCommand>(ConsoleKey.UpArrow, ConsoleModifiers.Control);
        b.Add<NextHistoryCommand>(ConsoleKey.DownArrow, ConsoleModifiers.Control);
        b.Add<MoveHomeCommand>(ConsoleKey.A, ConsoleModifiers.Control);
        b.Add<MoveEndCommand>(ConsoleKey.E, ConsoleModifiers.Control);
        b.Add(ConsoleKey.U, ConsoleModifiers.Control, LineKeys.DeleteToStart);
        b.Add(ConsoleKey.K, ConsoleModifiers.Control, LineKeys.DeleteToEnd);
        b.Add(ConsoleKey.W, ConsoleModifiers.Control, LineKeys.DeleteWordBefore);
        b.Add(ConsoleKey.L, ConsoleModifiers.Control, () => End(EditEnding.ClearScreen));
        b.Add(ConsoleKey.R, ConsoleModifiers.Control, () => End(EditEnding.Search));
        b.Add(ConsoleKey.C, ConsoleModifiers.Control, () => new ActionCommand(Interrupt));
        b.Add(ConsoleKey.D, ConsoleModifiers.Control, () => new ActionCommand(DeleteOrQuit));
        b.Add(PlaceColumnKey.Key, PlaceColumnKey.Modifiers, () => new ActionCommand(ctx => ctx.Buffer.Move(Math.Min(_placeColumn, ctx.Buffer.Length))));
    }

    /// <summary>Ends the session, keeping its text and where the cursor is.</summary>
    private ActionCommand End(EditEnding ending) => new(ctx =>
    {
        MarkCursor(ctx);
        _ending = ending;
        ctx.Submit(SubmitAction.Submit);
    });

    private void MarkCursor(LineEditorContext ctx)
    {
        _line = _prompt.State?.LineIndex ?? 0;
        _column = ctx.Buffer.Position;
    }

    private bool IsEmpty(LineEditorContext ctx) => _prompt.State is { LineCount: 1 } && ctx.Buffer.Content.Length == 0;

    private void Interrupt(LineEditorContext ctx)
    {
        _wasEmpty = IsEmpty(ctx);
        _ending = EditEnding.Interrupted;
        ctx.Submit(SubmitAction.Cancel);
    }

    private void DeleteOrQuit(LineEditorContext ctx)
    {
        if (keys.AtEnd || IsEmpty(ctx))
        {
            _ending = EditEnding.Quit;
            ctx.Submit(SubmitAction.Cancel);
        }
        else ctx.Execute(new DeleteCommand());
    }

    /// <summary>
    /// What a Tab in a paste becomes. RadLine draws every character one column wide, so a tab
    /// character would garble the line: in code it becomes spaces to the next multiple of four
    /// columns, in a string the escape <c>\t</c>, which means the same.
    /// </summary>
    private string PastedTab(LineBuffer b)
    {
        if (SourceScan.AtEnd(TextBefore(b)) == SourceScan.Place.String) return "\\t";
        return new string(' ', 4 - b.Position % 4);
    }

    /// <summary>
    /// The input before the cursor. RadLine's commands see only the cursor's line; the lines above
    /// it are taken as the session started with them (each line of a paste is a session of its own).
    /// </summary>
    private string TextBefore(LineBuffer b)
    {
        int line = _prompt.State?.LineIndex ?? 0;
        return string.Concat(_startLines.Take(line).Select(l => l + "\n")) + b.Content[..b.Position];
    }

    /// <summary>
    /// Tab: one candidate is put in; several put in what they have in common, and a second Tab
    /// right after lists them. At the start of a line Tab indents; inside a paste it is text.
    /// </summary>
    private void Complete(LineEditorContext ctx)
    {
        var b = ctx.Buffer;
        if (keys.Last.Pasted)
        {
            ctx.Execute(new InsertCommand(PastedTab(b)));
            return;
        }
        var completion = Completer.Complete(TextBefore(b), session);
        if (completion.Indent)
        {
            ctx.Execute(new InsertCommand(Indent));
            return;
        }
        if (completion.Candidates.Count == 0) return;
        string common = completion.Candidates.Count == 1 ? completion.Candidates[0] : completion.CommonPrefix();
        if (common.Length > completion.FragmentLength)
        {
            int start = b.Position - completion.FragmentLength;
            b.Clear(start, completion.FragmentLength);
            b.Move(start);
            b.Insert(common);
            b.Move(start + common.Length);
        }
        if (completion.Candidates.Count == 1) return;
        if (keys.Count == _lastAmbiguousTab + 1)
        {
            _candidates = completion.Candidates;
            End(EditEnding.ListCandidates).Execute(ctx);
        }
        _lastAmbiguousTab = keys.Count;
    }
}
