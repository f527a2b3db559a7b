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

    // ---- Pasting ----

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Text_given_to_an_unfinished_input_continues_it(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(SendMode.Keys, "add = (a, b) => {", Enter);
        repl.WaitForLines("> add = (a, b) => {", ".");
        repl.Send(mode, "  a + b", Enter, "}", Enter, "add(1, 2)", Enter);
        repl.WaitForLines("> add = (a, b) => {", ".   a + b", ". }", "<function add>", "> add(1, 2)", "3", ">");
    }

    [Fact]
    public void A_pasted_block_is_read_as_its_lines_typed_one_by_one()
    {
        using var repl = ReplDriver.Start();
        repl.Send(SendMode.Paste, "double = n => {\n  n * 2\n}\ndouble(21)\n");
        repl.WaitForLines("> double = n => {", ".   n * 2", ". }", "<function double>", "> double(21)", "42", ">");
        // CR LF line ends, an indenting tab, and a tab in a string (kept as the escape \t).
        repl.Send(SendMode.Paste, "inc = n => {\r\n\tn + 1\r\n}\r\ns = \"a\tb\"\r\n[inc(1), len(s)]\r\n");
        repl.WaitForLines("> inc = n => {", ".     n + 1", ". }", "<function inc>", "> s = \"a\\tb\"", "\"a\\tb\"", "> [inc(1), len(s)]", "[2, 3]", ">");
        repl.ScreenText.Should().NotContain("200~").And.NotContain("201~");
    }

    [Fact]
    public void Bracketed_paste_is_on_while_the_repl_runs_and_off_after_it_with_the_terminal_as_it_was()
    {
        using var repl = ReplDriver.Start();
        byte[] before = PtySettingsOfAShell();
        repl.Terminal.Look(s => s.Mode(2004)).Should().BeTrue();
        repl.Send(SendMode.Keys, ":quit", Enter);
        repl.WaitForExit().Should().Be(0);
        repl.Terminal.Look(s => s.Mode(2004)).Should().BeFalse();
        LocalFlags(repl.Terminal.Settings()).Should().Be(LocalFlags(before));
    }

    [Fact]
    public void Bracketed_paste_is_off_after_ctrl_c_ends_the_repl()
    {
        using var repl = ReplDriver.Start();
        repl.Send(SendMode.Keys, Ctrl('c'));
        repl.WaitFor(s => s.ToString().Contains("(to leave, press Ctrl-C again"), "the hint to leave");
        repl.Send(SendMode.Keys, Ctrl('c'));
        repl.WaitForExit().Should().Be(0);
        repl.Terminal.Look(s => s.Mode(2004)).Should().BeFalse();
        LocalFlags(repl.Terminal.Settings()).Should().Be(LocalFlags(PtySettingsOfAShell()));
    }

    [Theory]
    [InlineData(1)]  // SIGHUP
    [InlineData(3)]  // SIGQUIT
    [InlineData(15)] // SIGTERM
    public void Bracketed_paste_is_off_after_a_signal_ends_the_repl(int signal)
    {
        using var repl = ReplDriver.Start();
        repl.Terminal.Signal(signal);
        repl.WaitForExit().Should().NotBeNull();
        repl.Terminal.Look(s => s.Mode(2004)).Should().BeFalse();
        LocalFlags(repl.Terminal.Settings()).Should().Be(LocalFlags(PtySettingsOfAShell()));
    }

    /// <summary>The settings a new pseudo-terminal has, as a shell would find them (echo and line mode on).</summary>
    private static byte[] PtySettingsOfAShell()
    {
        using var pty = PseudoTerminal.Start(["true"], new Dictionary<string, string>());
        pty.WaitForExit(ReplDriver.Deadline);
        return pty.Settings();
    }

    /// <summary>c_lflag of a Linux struct termios: echo, line mode, signals.</summary>
    private static uint LocalFlags(byte[] termios) => BitConverter.ToUInt32(termios, 12);

    // ---- A new line without running ----

    [Theory]
    [InlineData(SendMode.Keys)]
    [InlineData(SendMode.Burst)]
    [InlineData(SendMode.Paste)]
    public void Alt_enter_starts_a_new_line_even_when_the_input_is_complete(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "1 + 2", AltEnter, "+ 3", Enter);
        repl.WaitForLines("> 1 + 2", ". + 3", "6", ">");
        // In the middle of a line, it breaks the line at the cursor.
        repl.Send(mode, "[10, 20]", Left, Left, Left, AltEnter, Enter);
        repl.WaitForLines("> [10,", ". 20]", "[10, 20]", ">");
    }

    [Theory]
    [InlineData("\u001b[13;2u")]
    [InlineData("\u001b[27;2;13~")]
    public void Shift_enter_starts_a_new_line_where_the_terminal_tells_it_from_enter(string shiftEnter)
    {
        using var repl = ReplDriver.Start();
        repl.Send(SendMode.Burst, "4 * 5", Key(shiftEnter), "+ 1", Enter);
        repl.WaitForLines("> 4 * 5", ". + 1", "21", ">");
        repl.ScreenText.Should().NotContain("[13;2u").And.NotContain("27;2;13");
    }

    // ---- Completion ----

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Tab_completes_a_meta_command(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, ":he", Tab);
        repl.WaitForLines("> :help");
        repl.Send(mode, Enter);
        repl.WaitFor(s => s.ToString().Contains(":load FILE"), "the help");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Tab_after_a_list_and_a_dot_offers_the_list_methods(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "xs = [1]", Enter);
        repl.WaitForLines("> xs = [1]", "[1]", ">");
        repl.Send(mode, "xs.", Tab, Tab);
        repl.WaitForLines("> xs.", string.Join("  ", Pad(Golfcart.Cli.Repl.Completer.ListMethods)).TrimEnd(), "> xs.");
        repl.Send(mode, "ap", Tab);
        repl.WaitForLines("> xs.append");
        repl.Send(mode, "(2)", Enter);
        repl.WaitForLines("> xs.append(2)", "[1, 2]", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Tab_after_a_dict_and_a_dot_offers_its_keys(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "d = {alpha: 1, beta: {gamma: 3}}", Enter);
        repl.WaitForLines("> d = {alpha: 1, beta: {gamma: 3}}", "{alpha: 1, beta: {gamma: 3}}", ">");
        repl.Send(mode, "d.", Tab, Tab);
        repl.WaitForLines("> d.", "alpha  beta", "> d.");
        repl.Send(mode, "b", Tab, ".", Tab, Enter);
        repl.WaitForLines("> d.beta.gamma", "3", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void An_ambiguous_prefix_completes_the_common_part_and_a_second_tab_lists_the_candidates(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "total_apples = 1", Enter, "total_pears = 2", Enter);
        repl.WaitForLines("> total_pears = 2", "2", ">");
        repl.Send(mode, "tot", Tab);
        repl.WaitForLines("> total_");
        repl.Send(mode, Tab);
        repl.WaitForLines("> total_", "total_apples  total_pears", "> total_");
        repl.Send(mode, "p", Tab, Enter);
        repl.WaitForLines("> total_pears", "2", ">");
    }

    private static IEnumerable<string> Pad(IReadOnlyList<string> names)
    {
        int width = names.Max(n => n.Length) + 2;
        return names.Select(n => n.PadRight(width - 2));
    }

    // ---- readline's keys ----

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Ctrl_a_and_ctrl_e_go_to_the_start_and_the_end_of_the_line(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "+ 2", Ctrl('a'), "1 ", Ctrl('e'), " + 3", Enter);
        repl.WaitForLines("> 1 + 2 + 3", "6", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Ctrl_u_and_ctrl_k_delete_to_the_start_and_the_end_of_the_line(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "junk 7", Left, Ctrl('u'), Ctrl('e'), " + 1", Enter);
        repl.WaitForLines("> 7 + 1", "8", ">");
        repl.Send(mode, "9 junk", Ctrl('a'), Right, Ctrl('k'), Enter);
        repl.WaitForLines("> 9", "9", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Ctrl_w_deletes_the_word_before_the_cursor(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "5 + oops", Ctrl('w'), "6", Enter);
        repl.WaitForLines("> 5 + 6", "11", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Alt_b_and_alt_f_move_by_words(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "[30, 4]", AltB, "1", Enter);
        repl.WaitForLines("> [30, 14]", "[30, 14]", ">");
        repl.Send(mode, "[7, 8]", Ctrl('a'), AltF, "0", Enter);
        repl.WaitForLines("> [70, 8]", "[70, 8]", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Home_end_backspace_delete_and_ctrl_arrows_edit_the_line(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "2 + 3x", Key("\u007f"), Key("\u001b[H"), Key("\u001b[3~"), "1", Key("\u001b[F"), "0", Enter);
        repl.WaitForLines("> 1 + 30", "31", ">");
        repl.Send(mode, "[5, 6]", Key("\u001b[1;5D"), "1", Key("\u001b[1;5D"), Key("\u001b[1;5D"), Key("\u001b[1;5C"), "2", Enter);
        repl.WaitForLines("> [52, 16]", "[52, 16]", ">");
    }

    [Theory]
    [InlineData(SendMode.Keys)]
    [InlineData(SendMode.Burst)]
    public void Tab_with_only_spaces_before_the_cursor_indents(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "f = n => {", Enter, Tab, "n", Enter, "}", Enter, "f(8)", Enter);
        repl.WaitForLines("> f = n => {", ".   n", ". }", "<function f>", "> f(8)", "8", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Ctrl_l_clears_the_screen_and_keeps_the_input(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "100 + 1", Enter);
        repl.WaitForLines("> 100 + 1", "101", ">");
        repl.Send(mode, "40 + 2", Left, Ctrl('l'));
        repl.WaitFor(s => s.Line(0) == "> 40 + 2" && s.Lines.Skip(1).All(l => l.Length == 0) && s.Cursor == (0, 7), "the input alone at the top, the cursor where it was");
        repl.Send(mode, "0", Enter);
        repl.WaitForLines("> 40 + 02", "42", ">");
        repl.ScreenText.Should().NotContain("101");
    }

    // ---- Reverse search ----

    private static readonly string[] SearchHistory = ["alpha = 1", "beta = 22", "alpha + beta", "gamma = 3"];

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Ctrl_r_searches_as_you_type_finds_older_matches_and_enter_runs_the_match(SendMode mode)
    {
        using var repl = ReplDriver.Start(SearchHistory);
        repl.Send(mode, Ctrl('r'), "a");
        repl.WaitForLines("(reverse-i-search)`a': gamma = 3");
        repl.Send(mode, "l");
        repl.WaitForLines("(reverse-i-search)`al': alpha + beta");
        repl.Send(mode, Ctrl('r'));
        repl.WaitForLines("(reverse-i-search)`al': alpha = 1");
        repl.Send(mode, Ctrl('r'));
        repl.WaitForLines("(failing reverse-i-search)`al': alpha = 1");
        repl.Send(mode, Enter);
        repl.WaitForLines("> alpha = 1", "1", ">");
        repl.ScreenText.Should().NotContain("reverse-i-search");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Backspace_in_a_search_takes_back_the_last_character(SendMode mode)
    {
        using var repl = ReplDriver.Start(SearchHistory);
        repl.Send(mode, Ctrl('r'), "bet");
        repl.WaitForLines("(reverse-i-search)`bet': alpha + beta");
        repl.Send(mode, "x");
        repl.WaitForLines("(failing reverse-i-search)`betx': alpha + beta");
        repl.Send(mode, Key("\u007f"), Ctrl('r'));
        repl.WaitForLines("(reverse-i-search)`bet': beta = 22");
        repl.Send(mode, Enter);
        repl.WaitForLines("> beta = 22", "22", ">");
    }

    [Theory]
    [InlineData(SendMode.Keys, "escape")]
    [InlineData(SendMode.Keys, "ctrl-g")]
    [InlineData(SendMode.Burst, "ctrl-g")]
    [InlineData(SendMode.Paste, "escape")]
    public void Escape_or_ctrl_g_cancels_a_search_and_gives_back_the_input(SendMode mode, string cancel)
    {
        using var repl = ReplDriver.Start(SearchHistory);
        repl.Send(mode, "12", Left, Ctrl('r'), "gam");
        repl.WaitForLines("(reverse-i-search)`gam': gamma = 3");
        repl.Send(mode, cancel == "escape" ? Escape : Ctrl('g'));
        repl.WaitFor(s => ReplDriver.FindLines(s, ["> 12"]) >= 0 && !s.ToString().Contains("reverse-i-search"), "the input given back");
        repl.Send(mode, "0", Enter);
        repl.WaitForLines("> 102", "102", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Another_key_leaves_the_match_in_the_editor_and_acts_there(SendMode mode)
    {
        using var repl = ReplDriver.Start(SearchHistory);
        repl.Send(mode, Ctrl('r'), "gam");
        repl.WaitForLines("(reverse-i-search)`gam': gamma = 3");
        repl.Send(mode, Ctrl('a'), "big_", Enter);
        repl.WaitForLines("> big_gamma = 3", "3", ">");
    }

    // ---- Python habits ----

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Underscore_holds_the_last_value_echoed(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "6 * 7", Enter, "log(\"nil is not echoed\")", Enter, "_ + 1", Enter);
        repl.WaitForLines("> 6 * 7", "42", "> log(\"nil is not echoed\")", "nil is not echoed", "> _ + 1", "43", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Help_quit_and_exit_alone_point_to_the_meta_commands(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "help", Enter, "quit", Enter, "exit", Enter);
        repl.WaitForLines("> help", "(type :help for help)",
            "> quit", "(to leave, type :quit, press Ctrl-D, or call exit())",
            "> exit", "(to leave, type :quit, press Ctrl-D, or call exit())", ">");
        repl.Send(mode, "help = 5", Enter, "help", Enter);
        repl.WaitForLines("> help = 5", "5", "> help", "5", ">");
    }

    // ---- What the README promised before ----

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Up_recalls_the_previous_input_and_the_history_is_saved(SendMode mode)
    {
        using var repl = ReplDriver.Start("10 * 10");
        repl.Send(mode, "f = n => {", Enter, "n + 1", Enter, "}", Enter);
        repl.WaitForLines("> f = n => {", ". n + 1", ". }", "<function f>", ">");
        repl.Send(mode, Up);
        repl.WaitForLines("> f = n => {", ". n + 1", ". }", "<function f>", "> f = n => {", ". n + 1", ". }");
        // Up goes up through the lines of the input shown, then on to the entry before it.
        repl.Send(mode, Ctrl('c'), Up, Up, Up, Up, Enter);
        repl.WaitForLines("> 10 * 10", "100", ">");
        repl.Send(mode, Ctrl('d'));
        repl.WaitForExit().Should().Be(0);
        File.ReadAllLines(repl.HistoryPath).Should().Equal("\"10 * 10\"", "\"f = n => {\\nn + 1\\n}\"", "\"10 * 10\"");
    }

    [Fact]
    public void Input_is_coloured_as_it_is_typed()
    {
        using var repl = ReplDriver.Start();
        repl.Send(SendMode.Keys, "if true { 12 } else { zz }");
        repl.WaitForLines("> if true { 12 } else { zz }");
        string Style(string word) => repl.Terminal.Look(s =>
        {
            int row = ReplDriver.FindLines(s, ["> if true { 12 } else { zz }"]);
            return s.StyleAt(row, s.Line(row).IndexOf(word, StringComparison.Ordinal));
        });
        Style("if").Should().NotBeEmpty();
        Style("12").Should().NotBeEmpty().And.NotBe(Style("if"));
        Style("zz").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Ctrl_c_stops_a_running_program_and_clears_the_input_at_the_prompt(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "spin = () => {", Enter, "log(\"running\")", Enter, "for true { }", Enter, "}", Enter, "spin()", Enter);
        repl.WaitForLines("> spin()", "running");
        repl.Send(SendMode.Keys, Ctrl('c'));
        repl.WaitFor(s => s.ToString().Contains("interrupted at <input 1>:3:1") && s.Lines.Last(l => l.Length > 0) == ">", "the interrupt and a new prompt");
        repl.Send(mode, "123", Ctrl('c'), "4", Enter);
        repl.WaitForLines("> 123", "> 4", "4", ">");
    }

    [Fact]
    public void A_ctrl_c_typed_right_after_enter_stops_the_program()
    {
        using var repl = ReplDriver.Start();
        repl.Send(SendMode.Burst, "for true { }", Enter, Ctrl('c'));
        repl.WaitFor(s => s.ToString().Contains("interrupted at <input 1>") && s.Lines.Last(l => l.Length > 0) == ">", "the interrupt and a new prompt");
        repl.Send(SendMode.Burst, "5", Enter);
        repl.WaitForLines("> 5", "5", ">");
    }

    [Theory]
    [MemberData(nameof(AllModes))]
    public void Ctrl_d_deletes_under_the_cursor_and_leaves_on_an_empty_prompt(SendMode mode)
    {
        using var repl = ReplDriver.Start();
        repl.Send(mode, "123", Left, Left, Ctrl('d'), Enter);
        repl.WaitForLines("> 13", "13", ">");
        repl.Send(mode, Ctrl('d'));
        repl.WaitForExit().Should().Be(0);
    }

    [Fact]
    public void Exit_in_a_program_ends_the_repl_with_its_status()
    {
        using var repl = ReplDriver.Start();
        repl.Send(SendMode.Burst, "exit(3)", Enter);
        repl.WaitForExit().Should().Be(3);
        repl.Terminal.Look(s => s.Mode(2004)).Should().BeFalse();
    }
}
