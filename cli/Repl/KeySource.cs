using RadLine;

namespace Golfcart.Cli.Repl;

/// <summary>
/// Where RadLine's editor gets its keys. It hands them over one at a time, so keys that arrived
/// together stay here, in order, when an editor session ends — after Enter submitted an input,
/// the rest of a paste is still to come. The REPL may also put keys in front (to place the
/// cursor in a new editor session, or to give back a key that ended a history search).
/// </summary>
/// <remarks>
/// RadLine 0.6.0 reads every key that is already available into a queue of its own and, when
/// there are five or more, turns each Enter among them into "new line": a complete input sent in
/// one burst then needed a second Enter, and keys past an Enter were lost with the editor. Its
/// <c>InputBuffer</c> asks <see cref="IsKeyAvailable"/> again right after each key it reads, to
/// gather the rest; answering "no" that once after each key keeps the keys here.
/// <see cref="ByPassProcessing"/> also turns the Enter rewriting off.
/// </remarks>
internal sealed class KeySource(ITerminal terminal) : IInputSource
{
    private readonly LinkedList<TermKey> _queue = new();
    private readonly List<TermKey> _read = [];
    private bool _holdOnce;

    public bool ByPassProcessing => true;

    /// <summary>The key handed over last.</summary>
    public TermKey Last { get; private set; }

    /// <summary>How many keys were handed over so far: tells whether two Tabs came one after the other.</summary>
    public long Count { get; private set; }

    public bool AtEnd => terminal.AtEnd && _queue.Count == 0;

    /// <summary>A new editor session starts: it may read at once.</summary>
    public void Reset() => _holdOnce = false;

    public bool IsKeyAvailable()
    {
        if (_holdOnce)
        {
            _holdOnce = false;
            return false;
        }
        return _queue.Count > 0 || Fill(0);
    }

    public ConsoleKeyInfo ReadKey()
    {
        _holdOnce = true;
        return Next().Info;
    }

    /// <summary>The next key, waiting for it as long as it takes.</summary>
    public TermKey Next()
    {
        while (_queue.Count == 0) Fill(-1);
        var key = _queue.First!.Value;
        _queue.RemoveFirst();
        Last = key;
        Count++;
        return key;
    }

    /// <summary>
    /// Whether a Ctrl-C was typed among the keys not read yet; if so they are dropped up to it, as a
    /// terminal drops what was typed ahead when Ctrl-C interrupts a program. Called once a program
    /// has started, with Ctrl-C a signal from then on: a Ctrl-C that came just before is not lost.
    /// </summary>
    public bool TakeInterrupt()
    {
        while (!terminal.AtEnd && Fill(0)) { } // everything that has come
        for (var node = _queue.First; node is not null; node = node.Next)
        {
            if (!node.Value.IsControl('c') || node.Value.Pasted) continue;
            while (_queue.First != node) _queue.RemoveFirst();
            _queue.RemoveFirst();
            return true;
        }
        return false;
    }

    /// <summary>Puts <paramref name="keys"/> before every key still to come, in their order.</summary>
    public void PushFront(IEnumerable<TermKey> keys)
    {
        var first = _queue.First;
        foreach (var key in keys)
        {
            if (first is null) _queue.AddLast(key);
            else _queue.AddBefore(first, key);
        }
    }

    /// <summary>Reads keys from the terminal, waiting up to <paramref name="timeoutMs"/>; whether any came.</summary>
    private bool Fill(int timeoutMs)
    {
        _read.Clear();
        if (!terminal.Read(_read, timeoutMs)) return false;
        foreach (var key in _read) _queue.AddLast(key);
        return _read.Count > 0;
    }
}
