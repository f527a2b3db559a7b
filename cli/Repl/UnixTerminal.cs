using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Golfcart.Cli.Repl;

/// <summary>
/// The terminal on Linux, driven directly: raw settings while editing (every key comes to the
/// REPL as the terminal sends it, decoded by <see cref="KeyDecoder"/>), Ctrl-C as a signal while
/// a program runs, and bracketed paste on. Everything is put back on leaving, on an error that
/// ends the REPL, and on SIGTERM, SIGHUP and SIGQUIT.
/// </summary>
internal sealed class UnixTerminal : ITerminal
{
    /// <summary>How long an ESC may wait for the rest of its sequence before it counts as the Escape key.</summary>
    private const int EscapeTimeoutMs = 50;
    private const string PasteOn = "\u001b[?2004h";
    private const string PasteOff = "\u001b[?2004l";

    // struct termios on Linux: c_iflag, c_oflag, c_cflag, c_lflag (32 bits each), then the rest.
    private const int OFlagOffset = 4;
    private const int LFlagOffset = 12;
    private const uint OPost = 1; // output processing: "\n" written as "\r\n"
    private const uint ISig = 1;  // Ctrl-C, Ctrl-\ and Ctrl-Z send signals

    private readonly byte[] _original;
    private readonly byte[] _edit;
    private readonly byte[] _eval;
    private readonly KeyDecoder _decoder = new();
    private readonly byte[] _buffer = new byte[4096];
    private readonly List<PosixSignalRegistration> _signals = [];
    private readonly Lock _restoreLock = new();
    private long _partialSince;
    private bool _restored;

    private UnixTerminal(byte[] original)
    {
        _original = original;
        _edit = (byte[])original.Clone();
        Libc.MakeRaw(_edit);
        SetFlag(_edit, OFlagOffset, OPost); // keep "\n" → "\r\n" for everything printed
        _eval = (byte[])_edit.Clone();
        SetFlag(_eval, LFlagOffset, ISig);
    }

    public bool AtEnd { get; private set; }

    /// <summary>The terminal on standard input, or null where this way of driving it is not available.</summary>
    public static UnixTerminal? TryOpen()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            var original = new byte[Libc.TermiosSize];
            return Libc.GetAttributes(original) ? new UnixTerminal(original) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Turns bracketed paste on and arranges for <see cref="Restore"/> on the ways out.</summary>
    public void Start()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Restore();
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
            _signals.Add(PosixSignalRegistration.Create(signal, _ => Restore()));
        Write(PasteOn);
    }

    public void EditMode() => Libc.SetAttributes(_edit);

    public void EvalMode() => Libc.SetAttributes(_eval);

    public bool Read(List<TermKey> keys, int timeoutMs)
    {
        int before = keys.Count;
        long start = Stopwatch.GetTimestamp();
        while (true)
        {
            if (AtEnd)
            {
                keys.Add(TermKey.Control('d'));
                return true;
            }
            int wait = timeoutMs < 0 ? -1 : Math.Max(0, timeoutMs - (int)Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (_decoder.HasPartial)
            {
                int left = Math.Max(0, EscapeTimeoutMs - (int)Stopwatch.GetElapsedTime(_partialSince).TotalMilliseconds);
                wait = wait < 0 ? left : Math.Min(wait, left);
            }
            if (Libc.WaitReadable(wait))
            {
                int n = Libc.ReadStdIn(_buffer);
                if (n <= 0)
                {
                    AtEnd = true;
                    continue;
                }
                _decoder.Feed(_buffer.AsSpan(0, n), keys);
                if (_decoder.HasPartial) _partialSince = Stopwatch.GetTimestamp();
            }
            else if (_decoder.HasPartial && Stopwatch.GetElapsedTime(_partialSince).TotalMilliseconds >= EscapeTimeoutMs)
            {
                _decoder.Flush(keys);
            }
            if (keys.Count > before) return true;
            if (timeoutMs >= 0 && Stopwatch.GetElapsedTime(start).TotalMilliseconds >= timeoutMs && !_decoder.HasPartial) return false;
            if (timeoutMs == 0) return false;
        }
    }

    public void Restore()
    {
        lock (_restoreLock)
        {
            if (_restored) return;
            _restored = true;
            Write(PasteOff);
            Libc.SetAttributes(_original);
        }
    }

    private static void Write(string ansi)
    {
        try
        {
            Console.Out.Write(ansi);
            Console.Out.Flush();
        }
        catch (IOException)
        {
            // the terminal is gone: nothing to switch off
        }
    }

    private static void SetFlag(byte[] termios, int offset, uint flag)
    {
        var field = termios.AsSpan(offset, 4);
        MemoryMarshal.Write(field, MemoryMarshal.Read<uint>(field) | flag);
    }
}
