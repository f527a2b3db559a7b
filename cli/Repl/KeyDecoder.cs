using System.Text;

namespace Golfcart.Cli.Repl;

/// <summary>
/// Turns the bytes a terminal sends into keys: UTF-8 text, control characters (Ctrl-A is byte 1),
/// escape sequences (arrows, Home, Delete, Shift-Tab, with xterm's modifier parameters, and the
/// <c>CSI 27;m;k~</c> and <c>CSI k;m u</c> forms some terminals use for Shift-Enter and the
/// like), <c>ESC</c> followed by a key for Alt and that key, and bracketed paste
/// (<c>ESC [200~</c> … <c>ESC [201~</c>), whose text comes out as pasted keys. Unknown sequences
/// are dropped whole, so they never turn into typed text.
/// </summary>
/// <remarks>
/// .NET's <c>Console.ReadKey</c> is not used on Linux because it cannot report a paste, and it
/// reads Alt-Enter (<c>ESC CR</c>) as Escape then Enter when more keys arrive in the same read.
/// A sequence cut at the end of the bytes read so far stays pending until more bytes come or the
/// caller calls <see cref="Flush"/> (a lone Escape key looks like the start of a sequence).
/// </remarks>
public sealed class KeyDecoder
{
    private const char Esc = '\u001b';
    private const string PasteEnd = "\u001b[201~";

    private readonly Decoder _utf8 = new UTF8Encoding(false, false).GetDecoder();
    private readonly StringBuilder _pending = new();
    private bool _inPaste;
    private bool _pasteAfterCr;

    /// <summary>True while the start of a sequence waits for the rest.</summary>
    public bool HasPartial => _pending.Length > 0;

    /// <summary>Decodes <paramref name="bytes"/> and adds the keys they complete to <paramref name="keys"/>.</summary>
    public void Feed(ReadOnlySpan<byte> bytes, List<TermKey> keys)
    {
        var chars = new char[_utf8.GetCharCount(bytes, flush: false)];
        _utf8.GetChars(bytes, chars, flush: false);
        _pending.Append(chars);
        Parse(keys, final: false);
    }

    /// <summary>No more bytes are coming soon: decodes what is pending as it stands (a lone ESC is the Escape key).</summary>
    public void Flush(List<TermKey> keys) => Parse(keys, final: true);

    private void Parse(List<TermKey> keys, bool final)
    {
        string s = _pending.ToString();
        int i = 0;
        while (i < s.Length)
        {
            int used = _inPaste ? PasteStep(s, i, keys, final) : Step(s, i, keys, final);
            if (used == 0) break; // a sequence not complete yet
            i += used;
        }
        _pending.Remove(0, i);
    }

    /// <summary>Decodes one key at <paramref name="i"/>; returns the characters used, 0 when more are needed.</summary>
    private int Step(string s, int i, List<TermKey> keys, bool final)
    {
        char c = s[i];
        if (c != Esc)
        {
            Single(c, keys);
            return 1;
        }
        if (i + 1 >= s.Length)
        {
            if (!final) return 0;
            keys.Add(TermKey.Special(ConsoleKey.Escape, c: Esc));
            return 1;
        }
        char next = s[i + 1];
        switch (next)
        {
            case '[':
                return Csi(s, i, keys, final);
            case 'O':
                if (i + 2 >= s.Length)
                {
                    if (!final) return 0;
                    keys.Add(TermKey.Alt('O'));
                    return 2;
                }
                Ss3(s[i + 2], keys);
                return 3;
            case '\r' or '\n':
                keys.Add(TermKey.Special(ConsoleKey.Enter, ConsoleModifiers.Alt, '\r'));
                return 2;
            case '\u007f' or '\b':
                keys.Add(TermKey.Special(ConsoleKey.Backspace, ConsoleModifiers.Alt, '\b'));
                return 2;
        }
        if (char.IsControl(next))
        {
            // ESC ESC, or ESC and a control key: the Escape key, then that key on its own.
            keys.Add(TermKey.Special(ConsoleKey.Escape, c: Esc));
            return 1;
        }
        keys.Add(TermKey.Alt(next));
        return 2;
    }

    /// <summary>A character outside any sequence: text, Enter, Tab, Backspace or Ctrl and a letter.</summary>
    private static void Single(char c, List<TermKey> keys)
    {
        switch (c)
        {
            case '\r' or '\n':
                keys.Add(TermKey.Special(ConsoleKey.Enter, c: '\r'));
                return;
            case '\t':
                keys.Add(TermKey.Special(ConsoleKey.Tab, c: '\t'));
                return;
            case '\u007f' or '\b':
                keys.Add(TermKey.Special(ConsoleKey.Backspace, c: '\b'));
                return;
        }
        if (c is >= '\u0001' and <= '\u001a') keys.Add(TermKey.Control((char)('a' + c - 1)));
        else if (!char.IsControl(c)) keys.Add(TermKey.Text(c));
        // other control characters (NUL, Ctrl-\ ...) have no meaning here: dropped
    }

    /// <summary><c>ESC [</c> parameters, intermediates, final byte.</summary>
    private int Csi(string s, int i, List<TermKey> keys, bool final)
    {
        int j = i + 2;
        while (j < s.Length && s[j] is >= '0' and <= '?') j++;
        while (j < s.Length && s[j] is >= ' ' and <= '/') j++;
        if (j >= s.Length) return final ? s.Length - i : 0; // cut short: wait, or drop it when nothing more comes
        char last = s[j];
        if (last is < '@' or > '~') return j - i; // malformed: drop what was read, go on from there
        CsiKey(s.Substring(i + 2, j - i - 2), last, keys);
        return j + 1 - i;
    }

    private void CsiKey(string parameters, char last, List<TermKey> keys)
    {
        string[] p = parameters.Split(';');
        int Param(int k, int otherwise) => k < p.Length && int.TryParse(p[k], out int v) ? v : otherwise;
        switch (last)
        {
            case 'A' or 'B' or 'C' or 'D' or 'H' or 'F':
                keys.Add(TermKey.Special(CursorKey(last), Modifiers(Param(1, 1))));
                return;
            case 'Z':
                keys.Add(TermKey.Special(ConsoleKey.Tab, ConsoleModifiers.Shift));
                return;
            case 'u': // CSI code ; modifiers u (the fixterms / kitty form)
                CodeKey(Param(0, 0), Modifiers(Param(1, 1)), keys);
                return;
            case '~':
                int n = Param(0, 0);
                if (n == 200) { _inPaste = true; _pasteAfterCr = false; return; }
                if (n == 27) { CodeKey(Param(2, 0), Modifiers(Param(1, 1)), keys); return; } // xterm's modifyOtherKeys
                ConsoleKey key = n switch
                {
                    1 or 7 => ConsoleKey.Home,
                    2 => ConsoleKey.Insert,
                    3 => ConsoleKey.Delete,
                    4 or 8 => ConsoleKey.End,
                    5 => ConsoleKey.PageUp,
                    6 => ConsoleKey.PageDown,
                    _ => 0,
                };
                if (key != 0) keys.Add(TermKey.Special(key, Modifiers(Param(1, 1))));
                return;
        }
        // anything else (focus, mouse, reports, a stray paste end): not a key
    }

    /// <summary><c>ESC O</c> and a letter: arrows, Home and End in the keypad's application mode, keypad Enter.</summary>
    private static void Ss3(char c, List<TermKey> keys)
    {
        if (c == 'M') keys.Add(TermKey.Special(ConsoleKey.Enter, c: '\r'));
        else if (c is 'A' or 'B' or 'C' or 'D' or 'H' or 'F') keys.Add(TermKey.Special(CursorKey(c)));
    }

    private static ConsoleKey CursorKey(char c) => c switch
    {
        'A' => ConsoleKey.UpArrow,
        'B' => ConsoleKey.DownArrow,
        'C' => ConsoleKey.RightArrow,
        'D' => ConsoleKey.LeftArrow,
        'H' => ConsoleKey.Home,
        _ => ConsoleKey.End,
    };

    /// <summary>xterm's modifier parameter: 1 + (1 Shift, 2 Alt, 4 Ctrl, 8 Meta taken as Alt).</summary>
    private static ConsoleModifiers Modifiers(int parameter)
    {
        int bits = Math.Max(0, parameter - 1);
        ConsoleModifiers m = 0;
        if ((bits & 1) != 0) m |= ConsoleModifiers.Shift;
        if ((bits & (2 | 8)) != 0) m |= ConsoleModifiers.Alt;
        if ((bits & 4) != 0) m |= ConsoleModifiers.Control;
        return m;
    }

    /// <summary>A key given by its character code and modifiers (Shift-Enter is 13 with Shift).</summary>
    private static void CodeKey(int code, ConsoleModifiers modifiers, List<TermKey> keys)
    {
        switch (code)
        {
            case 13:
                keys.Add(TermKey.Special(ConsoleKey.Enter, modifiers, '\r'));
                return;
            case 9:
                keys.Add(TermKey.Special(ConsoleKey.Tab, modifiers, '\t'));
                return;
            case 27:
                keys.Add(TermKey.Special(ConsoleKey.Escape, modifiers, Esc));
                return;
            case 127 or 8:
                keys.Add(TermKey.Special(ConsoleKey.Backspace, modifiers, '\b'));
                return;
        }
        if (code is < 32 or > 0xFFFF || char.IsSurrogate((char)code)) return;
        char c = (char)code;
        if ((modifiers & ~ConsoleModifiers.Shift) == 0) keys.Add(TermKey.Text(c));
        else if (modifiers == ConsoleModifiers.Control && char.IsAsciiLetter(c)) keys.Add(TermKey.Control(c));
        else if (modifiers == ConsoleModifiers.Alt) keys.Add(TermKey.Alt(c));
        // other combinations have no binding: dropped
    }

    /// <summary>Inside a bracketed paste: text up to the end marker, newlines as Enter.</summary>
    private int PasteStep(string s, int i, List<TermKey> keys, bool final)
    {
        int end = s.IndexOf(PasteEnd, i, StringComparison.Ordinal);
        if (end == i)
        {
            _inPaste = false;
            return PasteEnd.Length;
        }
        int stop = end >= 0 ? end : s.Length;
        if (end < 0 && !final)
        {
            // Keep back what may be the start of the end marker, cut by the read.
            for (int keep = Math.Min(PasteEnd.Length - 1, s.Length - i); keep > 0; keep--)
            {
                if (string.CompareOrdinal(s, s.Length - keep, PasteEnd, 0, keep) == 0)
                {
                    stop = s.Length - keep;
                    break;
                }
            }
            if (stop == i) return 0;
        }
        for (int k = i; k < stop; k++) PasteChar(s[k], keys);
        return stop - i;
    }

    private void PasteChar(char c, List<TermKey> keys)
    {
        bool afterCr = _pasteAfterCr;
        _pasteAfterCr = c == '\r';
        if (c == '\n' && afterCr) return; // CR LF is one line end
        if (c is '\r' or '\n') keys.Add(TermKey.Special(ConsoleKey.Enter, c: '\r', pasted: true));
        else if (c == '\t') keys.Add(TermKey.Special(ConsoleKey.Tab, c: '\t', pasted: true));
        else if (!char.IsControl(c)) keys.Add(TermKey.Text(c, pasted: true));
    }
}
