using Golfcart.Tests.Terminal;
using static Golfcart.Tests.Terminal.Input;

namespace Golfcart.Tests;

/// <summary>
/// The interactive REPL through a real terminal: the <c>golfcart</c> command runs on a
/// pseudo-terminal and the tests type keys and read the screen. Most rules are checked with the
/// keys sent three ways (<see cref="SendMode"/>): one at a time, in one write, and as a paste.
/// </summary>
public sealed class ReplTerminalTests
{
    public static readonly TheoryData<SendMode> AllModes = new(SendMode.Keys, SendMode.Burst, SendMode.Paste);

    // ---- Enter and continuation lines ----

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Enter_runs_a_complete_input_at_once_and_keeps_the_keys_after_it(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "1 + 2", Enter);
        repl.WaitForLines("> 1 + 2", "3", ">");
        // A long input, then a second one, all in one go: each runs on its own Enter.
        repl.Send(mode, "\"abcdefghijklmnopqrstuvwxyz\" + \"0123456789\"", Enter, "x = 40", Enter, "x + 2", Enter);
        repl.WaitForLines("> \"abcdefghijklmnopqrstuvwxyz\" + \"0123456789\"", "\"abcdefghijklmnopqrstuvwxyz0123456789\"",
            "> x = 40", "40", "> x + 2", "42", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void An_incomplete_input_continues_on_a_dot_line(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "double = n => {", Enter, "  n * 2", Enter, "}", Enter, "double(21)", Enter);
        repl.WaitForLines("> double = n => {", ".   n * 2", ". }", "<function double>", "> double(21)", "42", ">");
        repl.Send(mode, "1 +", Enter, "2", Enter);
        repl.WaitForLines("> 1 +", ". 2", "3", ">");
        repl.Send(mode, "[\"a\",", Enter, "\"b\"]", Enter);
        repl.WaitForLines("> [\"a\",", ". \"b\"]", "[\"a\", \"b\"]", ">");
        repl.Send(mode, "\"two", Enter, "lines\"", Enter);
        repl.WaitForLines("> \"two", ". lines\"", "\"two\\nlines\"", ">");
        repl.Send(mode, "/* a comment", Enter, "*/ 5", Enter);
        repl.WaitForLines("> /* a comment", ". */ 5", "5", ">");
    }
}
