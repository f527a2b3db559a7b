using System.Text;

namespace Golfcart.Tests.Terminal;

/// <summary>
/// A small model of a VT100/xterm screen, enough to read what a line editor draws: text with
/// line wrap and scrolling, cursor moves, erasing, the colour in force for each cell (its SGR
/// parameters, as text), private modes set and reset (bracketed paste is 2004), and answers to
/// cursor position queries. Other sequences are read and ignored.
/// </summary>
internal sealed class VtScreen(int rows, int cols, Action<string> reply)
{
    private readonly char[,] _text = Blank(rows, cols);
    private readonly string[,] _style = new string[rows, cols];
    private readonly Dictionary<int, bool> _modes = [];
    private readonly StringBuilder _sequence = new();
    private string _sgr = "";
    private int _row, _col;
    private bool _wrapPending;
    private State _state;

    private enum State { Text, Escape, Csi, Osc, OscEscape, Charset }

    public int Rows => rows;
    public int Cols => cols;
    public (int Row, int Col) Cursor => (_row, _col);

    /// <summary>The screen's lines, trailing spaces removed.</summary>
    public string[] Lines => Enumerable.Range(0, rows).Select(Line).ToArray();

    public string Line(int row)
    {
        var line = new StringBuilder(cols);
        for (int c = 0; c < cols; c++) line.Append(_text[row, c]);
        return line.ToString().TrimEnd();
    }

    /// <summary>The SGR parameters in force when the cell was written ("" for the default look).</summary>
    public string StyleAt(int row, int col) => _style[row, col] ?? "";

    /// <summary>Whether private mode <paramref name="mode"/> (<c>ESC [ ? mode h</c>) is set; null if it was never touched.</summary>
    public bool? Mode(int mode) => _modes.TryGetValue(mode, out bool on) ? on : null;

    public override string ToString() => string.Join("\n", Lines).TrimEnd('\n');

    public void Feed(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars) Feed(c);
    }

    private void Feed(char c)
    {
        switch (_state)
        {
            case State.Text:
                Text(c);
                return;
            case State.Escape:
                _state = State.Text;
                switch (c)
                {
                    case '[':
                        _sequence.Clear();
                        _state = State.Csi;
                        break;
                    case ']':
                        _state = State.Osc;
                        break;
                    case '(' or ')':
                        _state = State.Charset;
                        break;
                    case 'M':
                        if (_row == 0) ScrollDown(); else _row--;
                        break;
                    case 'D':
                        LineFeed();
                        break;
                    case 'E':
                        _col = 0;
                        LineFeed();
                        break;
                    // ESC 7 / 8 (save, restore), ESC = / > (keypad modes) and the like: no effect here
                }
                return;
            case State.Csi:
                if (c is >= '@' and <= '~')
                {
                    _state = State.Text;
                    Csi(_sequence.ToString(), c);
                }
                else _sequence.Append(c);
                return;
            case State.Osc:
                if (c == '\a') _state = State.Text;
                else if (c == '\u001b') _state = State.OscEscape;
                return;
            case State.OscEscape:
                _state = c == '\\' ? State.Text : State.Osc;
                return;
            case State.Charset:
                _state = State.Text;
                return;
        }
    }

    private void Text(char c)
    {
        switch (c)
        {
            case '\u001b':
                _state = State.Escape;
                return;
            case '\r':
                _col = 0;
                _wrapPending = false;
                return;
            case '\n' or '\v' or '\f':
                LineFeed();
                return;
            case '\b':
                _col = Math.Max(0, _col - 1);
                _wrapPending = false;
                return;
            case '\t':
                _col = Math.Min(cols - 1, (_col / 8 + 1) * 8);
                return;
        }
        if (char.IsControl(c)) return; // BEL and the like
        if (_wrapPending)
        {
            _col = 0;
            LineFeed();
        }
        _text[_row, _col] = c;
        _style[_row, _col] = _sgr;
        if (_col == cols - 1) _wrapPending = true;
        else _col++;
    }

    private void Csi(string parameters, char final)
    {
        bool isPrivate = parameters.StartsWith('?');
        string[] p = (isPrivate ? parameters[1..] : parameters).Split(';');
        int Arg(int i, int otherwise) => i < p.Length && int.TryParse(p[i], out int v) && v > 0 ? v : otherwise;
        _wrapPending = false;
        switch (final)
        {
            case 'A': _row = Math.Max(0, _row - Arg(0, 1)); break;
            case 'B': _row = Math.Min(rows - 1, _row + Arg(0, 1)); break;
            case 'C': _col = Math.Min(cols - 1, _col + Arg(0, 1)); break;
            case 'D': _col = Math.Max(0, _col - Arg(0, 1)); break;
            case 'E': _row = Math.Min(rows - 1, _row + Arg(0, 1)); _col = 0; break;
            case 'F': _row = Math.Max(0, _row - Arg(0, 1)); _col = 0; break;
            case 'G': _col = Math.Clamp(Arg(0, 1) - 1, 0, cols - 1); break;
            case 'd': _row = Math.Clamp(Arg(0, 1) - 1, 0, rows - 1); break;
            case 'H' or 'f':
                _row = Math.Clamp(Arg(0, 1) - 1, 0, rows - 1);
                _col = Math.Clamp(Arg(1, 1) - 1, 0, cols - 1);
                break;
            case 'J':
                int j = p[0] == "" ? 0 : int.Parse(p[0]);
                if (j == 0) Erase(_row, _col, rows - 1, cols - 1);
                else if (j == 1) Erase(0, 0, _row, _col);
                else Erase(0, 0, rows - 1, cols - 1);
                break;
            case 'K':
                int k = p[0] == "" ? 0 : int.Parse(p[0]);
                if (k == 0) Erase(_row, _col, _row, cols - 1);
                else if (k == 1) Erase(_row, 0, _row, _col);
                else Erase(_row, 0, _row, cols - 1);
                break;
            case 'm':
                _sgr = parameters is "" or "0" ? "" : parameters.StartsWith("0;") ? parameters[2..] : parameters;
                break;
            case 'h' or 'l' when isPrivate:
                foreach (string mode in p) if (int.TryParse(mode, out int m)) _modes[m] = final == 'h';
                break;
            case 'n' when parameters == "6":
                reply($"\u001b[{_row + 1};{_col + 1}R");
                break;
            case 'S': for (int i = 0; i < Arg(0, 1); i++) ScrollUp(); break;
            case 'T': for (int i = 0; i < Arg(0, 1); i++) ScrollDown(); break;
            // anything else (tab stops, margins...): not used by the programs tested
        }
    }

    private void LineFeed()
    {
        _wrapPending = false;
        if (_row == rows - 1) ScrollUp();
        else _row++;
    }

    private void ScrollUp()
    {
        for (int r = 1; r < rows; r++) CopyRow(r, r - 1);
        Erase(rows - 1, 0, rows - 1, cols - 1);
    }

    private void ScrollDown()
    {
        for (int r = rows - 1; r > 0; r--) CopyRow(r - 1, r);
        Erase(0, 0, 0, cols - 1);
    }

    private void CopyRow(int from, int to)
    {
        for (int c = 0; c < cols; c++)
        {
            _text[to, c] = _text[from, c];
            _style[to, c] = _style[from, c];
        }
    }

    /// <summary>Blanks the cells from (r0, c0) to (r1, c1) in reading order.</summary>
    private void Erase(int r0, int c0, int r1, int c1)
    {
        for (int r = r0; r <= r1; r++)
            for (int c = r == r0 ? c0 : 0; c <= (r == r1 ? c1 : cols - 1); c++)
            {
                _text[r, c] = ' ';
                _style[r, c] = "";
            }
    }

    private static char[,] Blank(int rows, int cols)
    {
        var text = new char[rows, cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) text[r, c] = ' ';
        return text;
    }
}
