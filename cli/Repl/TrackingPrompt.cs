using RadLine;
using Spectre.Console;

namespace Golfcart.Cli.Repl;

/// <summary>
/// The prompt (<c>&gt;</c>, then <c>.</c> on continuation lines). RadLine asks for it just before it
/// draws each line, so it also keeps the editor's state for the key commands and starts the
/// highlighter afresh for the line.
/// </summary>
internal sealed class TrackingPrompt : ILineEditorPrompt
{
    public ILineEditorState? State;
    public readonly Highlighter Highlighter = new();

    public (Markup Markup, int Margin) GetPrompt(ILineEditorState state, int line)
    {
        State = state;
        Highlighter.StartLine();
        return (new Markup(line == 0 ? "[green]>[/]" : "[grey].[/]"), 1);
    }
}
