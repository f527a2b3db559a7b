using RadLine;

namespace Golfcart.Cli.Repl;

/// <summary>Up: the line above in a multi-line input; on the first line, the previous history entry.</summary>
internal sealed class UpCommand(TrackingPrompt prompt) : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        if (prompt.State is { IsFirstLine: false }) context.Execute(new MoveUpCommand());
        else context.Execute(new PreviousHistoryCommand());
    }
}
