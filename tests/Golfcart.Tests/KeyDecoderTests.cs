using System.Text;
using Golfcart.Cli.Repl;

namespace Golfcart.Tests;

/// <summary>The REPL's decoding of what a terminal sends into keys.</summary>
public sealed class KeyDecoderTests
{
    private static List<TermKey> Decode(string sent, bool flush = true)
    {
        var decoder = new KeyDecoder();
        var keys = new List<TermKey>();
        decoder.Feed(Encoding.UTF8.GetBytes(sent), keys);
        if (flush) decoder.Flush(keys);
        return keys;
    }

    /// <summary>A readable name for a key, to compare lists of keys.</summary>
    private static string Name(TermKey k)
    {
        string mods = (k.Modifiers.HasFlag(ConsoleModifiers.Control) ? "C-" : "") + (k.Modifiers.HasFlag(ConsoleModifiers.Alt) ? "M-" : "") + (k.Modifiers.HasFlag(ConsoleModifiers.Shift) && !k.IsText ? "S-" : "");
        string name = k.IsText ? k.Char.ToString() : k.Key.ToString();
        return (k.Pasted ? "paste:" : "") + mods + name;
    }

    private static string[] Names(string sent) => Decode(sent).Select(Name).ToArray();

    [Fact]
    public void Text_and_enter_in_one_burst_are_each_a_key()
    {
        Names("1 + 2\r").Should().Equal("1", " ", "+", " ", "2", "Enter");
        Names("é🎄\n").Should().Equal("é", "\ud83c", "\udf84", "Enter");
    }

    [Fact]
    public void Control_characters_are_ctrl_and_a_letter()
    {
        Names("\u0001\u0005\u0015\u000b\u0017\u000c\u0012\u0003\u0004\u0007").Should().Equal("C-A", "C-E", "C-U", "C-K", "C-W", "C-L", "C-R", "C-C", "C-D", "C-G");
        Names("\t\u007f\b").Should().Equal("Tab", "Backspace", "Backspace");
    }

    [Fact]
    public void Escape_and_a_key_is_alt_and_that_key_even_inside_a_burst()
    {
        Names("a\u001bb\u001bf\u001b\rz").Should().Equal("a", "M-B", "M-F", "M-Enter", "z");
        Decode("\u001bb").Single().Char.Should().Be('\0', "an Alt key is looked up in the bindings, never inserted");
    }

    [Fact]
    public void A_lone_escape_waits_for_more_then_is_the_escape_key()
    {
        var decoder = new KeyDecoder();
        var keys = new List<TermKey>();
        decoder.Feed("\u001b"u8, keys);
        keys.Should().BeEmpty();
        decoder.HasPartial.Should().BeTrue();
        decoder.Flush(keys);
        keys.Select(Name).Should().Equal("Escape");
        decoder.HasPartial.Should().BeFalse();
    }

    [Fact]
    public void A_sequence_cut_between_two_reads_is_put_together()
    {
        var decoder = new KeyDecoder();
        var keys = new List<TermKey>();
        decoder.Feed("x\u001b["u8, keys);
        decoder.Feed("1;5C\u001bO"u8, keys);
        decoder.Feed("A"u8, keys);
        keys.Select(Name).Should().Equal("x", "C-RightArrow", "UpArrow");
    }

    [Theory]
    [InlineData("\u001b[A", "UpArrow")]
    [InlineData("\u001bOB", "DownArrow")]
    [InlineData("\u001b[1;3D", "M-LeftArrow")]
    [InlineData("\u001b[H", "Home")]
    [InlineData("\u001bOF", "End")]
    [InlineData("\u001b[3~", "Delete")]
    [InlineData("\u001b[1~", "Home")]
    [InlineData("\u001b[4~", "End")]
    [InlineData("\u001b[5~", "PageUp")]
    [InlineData("\u001b[Z", "S-Tab")]
    [InlineData("\u001b[13;2u", "S-Enter")]
    [InlineData("\u001b[27;2;13~", "S-Enter")]
    [InlineData("\u001b[13;3u", "M-Enter")]
    [InlineData("\u001b[97;5u", "C-A")]
    public void Escape_sequences_are_keys(string sent, string key) => Names(sent).Should().Equal(key);

    [Theory]
    [InlineData("\u001b[I")]       // focus in
    [InlineData("\u001b[12;40R")]  // a cursor position report
    [InlineData("\u001b[99~")]     // no such key
    [InlineData("\u001b[201~")]    // a paste end without a start
    public void Unknown_sequences_are_dropped_whole(string sent) => Names(sent + "x").Should().Equal("x");

    [Fact]
    public void A_bracketed_paste_is_text_with_its_line_ends_as_enter()
    {
        Names("a\u001b[200~f(1)\r\n\tx\u001bq\u0001\n\u001b[201~\u0001").Should().Equal(
            "a", "paste:f", "paste:(", "paste:1", "paste:)", "paste:Enter", "paste:Tab", "paste:x", "paste:q", "paste:Enter", "C-A");
    }

    [Fact]
    public void A_paste_end_cut_between_two_reads_is_recognised()
    {
        var decoder = new KeyDecoder();
        var keys = new List<TermKey>();
        decoder.Feed("\u001b[200~ab\u001b[20"u8, keys);
        keys.Select(Name).Should().Equal("paste:a", "paste:b");
        decoder.Feed("1~c"u8, keys);
        keys.Select(Name).Should().Equal("paste:a", "paste:b", "c");
    }
}
