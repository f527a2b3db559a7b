namespace Golfcart.Cli.Repl;

/// <summary>Why an editor session ended; each asks the REPL for something different.</summary>
internal enum EditEnding
{
    /// <summary>Enter: run the input if it is complete, else go on with a new line.</summary>
    Submitted,
    /// <summary>Ctrl-C: drop the input.</summary>
    Interrupted,
    /// <summary>Ctrl-D on an empty prompt, or the terminal is gone.</summary>
    Quit,
    /// <summary>Alt-Enter (or a Shift-Enter the terminal tells apart): a new line at the cursor.</summary>
    NewLine,
    /// <summary>Ctrl-L: clear the screen, then go on editing.</summary>
    ClearScreen,
    /// <summary>Tab twice on several candidates: list them, then go on editing.</summary>
    ListCandidates,
    /// <summary>Ctrl-R: search the history.</summary>
    Search,
}
