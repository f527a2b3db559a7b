using RadLine;

namespace Golfcart.Cli.Repl;

/// <summary>Down: the line below; on the last line, the next history entry.</summary>
internal sealed class DownCommand(TrackingPrompt prompt) : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        if (prompt.State is { IsLastLine: false }) context.Execute(new MoveDownCommand());
        else context.Execute(new NextHistoryCommand());
    }
}
