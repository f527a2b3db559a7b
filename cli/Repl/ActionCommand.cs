using RadLine;

namespace Golfcart.Cli.Repl;

/// <summary>An editor command made of a delegate.</summary>
internal sealed class ActionCommand(Action<LineEditorContext> action) : LineEditorCommand
{
    public override void Execute(LineEditorContext context) => action(context);
}
