using System.Runtime.InteropServices;
using System.Text;
using static Golfcart.Tests.Terminal.PtyNative;

namespace Golfcart.Tests.Terminal;

/// <summary>
/// A program running on a pseudo-terminal of its own, as in a terminal window: its own session
/// with the terminal as its controlling terminal (so Ctrl-C sends SIGINT), standard input, output
/// and error on it, and a window size. What it prints is fed to a <see cref="VtScreen"/>; what the
/// test writes reaches it as typed keys. Started with posix_spawn (no fork in a .NET process).
/// </summary>
internal sealed class PseudoTerminal : IDisposable
{
    private readonly int _master;
    private readonly int _pid;
    private readonly Thread _reader;
    private readonly Lock _lock = new();
    private readonly StringBuilder _transcript = new();
    private int? _status;

    public VtScreen Screen { get; }

    private PseudoTerminal(int master, int pid, int rows, int cols)
    {
        _master = master;
        _pid = pid;
        Screen = new VtScreen(rows, cols, Reply);
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "pty reader" };
        _reader.Start();
    }

    /// <summary>Starts <paramref name="argv"/> (its first element found on PATH) with <paramref name="environment"/> on a new terminal.</summary>
    public static PseudoTerminal Start(IReadOnlyList<string> argv, IReadOnlyDictionary<string, string> environment, int rows = 30, int cols = 100)
    {
        var size = new WinSize { Rows = (ushort)rows, Cols = (ushort)cols };
        if (openpty(out int master, out int slave, IntPtr.Zero, IntPtr.Zero, ref size) != 0)
            throw new InvalidOperationException($"openpty failed (errno {Marshal.GetLastPInvokeError()})");
        var name = new byte[256];
        if (ptsname_r(master, name, name.Length) != 0) throw new InvalidOperationException("ptsname_r failed");
        string slavePath = Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0));

        IntPtr actions = Marshal.AllocHGlobal(1024), attributes = Marshal.AllocHGlobal(1024);
        IntPtr allSignals = Marshal.AllocHGlobal(256), noSignals = Marshal.AllocHGlobal(256);
        try
        {
            posix_spawn_file_actions_init(actions);
            posix_spawnattr_init(attributes);
            // A new session; opening the terminal then makes it the child's controlling terminal.
            posix_spawnattr_setflags(attributes, PosixSpawnSetSid | PosixSpawnSetSigDef | PosixSpawnSetSigMask);
            sigfillset(allSignals);
            sigemptyset(noSignals);
            posix_spawnattr_setsigdefault(attributes, allSignals); // undo signals this process ignores
            posix_spawnattr_setsigmask(attributes, noSignals);
            posix_spawn_file_actions_addopen(actions, 0, slavePath, ORdWr, 0);
            posix_spawn_file_actions_adddup2(actions, 0, 1);
            posix_spawn_file_actions_adddup2(actions, 0, 2);
            posix_spawn_file_actions_addclose(actions, master);
            posix_spawn_file_actions_addclose(actions, slave);
            string?[] args = [.. argv, null];
            string?[] env = [.. environment.Select(e => $"{e.Key}={e.Value}"), null];
            int error = posix_spawnp(out int pid, argv[0], actions, attributes, args, env);
            if (error != 0) throw new InvalidOperationException($"cannot start {argv[0]} (error {error})");
            close(slave);
            return new PseudoTerminal(master, pid, rows, cols);
        }
        finally
        {
            posix_spawn_file_actions_destroy(actions);
            posix_spawnattr_destroy(attributes);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attributes);
            Marshal.FreeHGlobal(allSignals);
            Marshal.FreeHGlobal(noSignals);
        }
    }

    /// <summary>Everything the program printed so far, escape sequences included.</summary>
    public string Transcript
    {
        get { lock (_lock) return _transcript.ToString(); }
    }

    /// <summary>Reads the screen under the lock the reader thread updates it with.</summary>
    public T Look<T>(Func<VtScreen, T> look)
    {
        lock (_lock) return look(Screen);
    }

    /// <summary>Sends bytes as the terminal would send typed keys, in one write.</summary>
    public void Write(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        int done = 0;
        while (done < bytes.Length)
        {
            byte[] rest = bytes[done..];
            nint n = write(_master, rest, rest.Length);
            if (n <= 0) throw new IOException($"cannot write to the terminal (errno {Marshal.GetLastPInvokeError()})");
            done += (int)n;
        }
    }

    /// <summary>The terminal's settings (struct termios) as the program left them.</summary>
    public byte[] Settings()
    {
        var termios = new byte[256];
        if (tcgetattr(_master, termios) != 0) throw new InvalidOperationException("tcgetattr failed");
        return termios;
    }

    public void Signal(int signal) => kill(_pid, signal);

    /// <summary>The exit status once the program has ended (128 + n for a signal n), else null.</summary>
    public int? ExitCode
    {
        get
        {
            if (_status is null && waitpid(_pid, out int status, WNoHang) == _pid)
                _status = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);
            return _status;
        }
    }

    /// <summary>Waits for the program to end; its exit status, or null if it is still running after <paramref name="timeout"/>.</summary>
    public int? WaitForExit(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (ExitCode is null && DateTime.UtcNow < deadline) Thread.Sleep(20);
        if (ExitCode is not null) _reader.Join(TimeSpan.FromSeconds(5)); // the last output
        return ExitCode;
    }

    public void Dispose()
    {
        if (ExitCode is null)
        {
            kill(_pid, SigKill);
            WaitForExit(TimeSpan.FromSeconds(10));
        }
        _reader.Join(TimeSpan.FromSeconds(5));
        close(_master);
    }

    private void ReadLoop()
    {
        var buffer = new byte[8192];
        var decoder = new UTF8Encoding(false).GetDecoder();
        while (true)
        {
            nint n = read(_master, buffer, buffer.Length);
            if (n <= 0) return; // EIO: no process has the terminal open any more
            var chars = new char[decoder.GetCharCount(buffer, 0, (int)n)];
            decoder.GetChars(buffer, 0, (int)n, chars, 0);
            lock (_lock)
            {
                _transcript.Append(chars);
                Screen.Feed(chars);
            }
        }
    }

    /// <summary>What a terminal answers to a query such as "where is the cursor?".</summary>
    private void Reply(string answer) => ThreadPool.QueueUserWorkItem(_ => Write(answer));
}
