using System.Runtime.InteropServices;

namespace Golfcart.Cli.Repl;

/// <summary>
/// The few C library calls the REPL needs to drive a terminal itself on Linux: its settings
/// (<c>termios</c>, kept as opaque bytes) and reading standard input without .NET's key parser.
/// </summary>
internal static class Libc
{
    public const int StdIn = 0;
    private const int TcsaNow = 0;
    private const short PollIn = 1;
    private const int Eintr = 4;

    /// <summary>Big enough for <c>struct termios</c> on every Linux architecture (60 bytes on x64 and arm64).</summary>
    public const int TermiosSize = 256;

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport("libc", EntryPoint = "tcgetattr", SetLastError = true)]
    private static extern int TcGetAttr(int fd, byte[] termios);

    [DllImport("libc", EntryPoint = "tcsetattr", SetLastError = true)]
    private static extern int TcSetAttr(int fd, int when, byte[] termios);

    [DllImport("libc", EntryPoint = "cfmakeraw")]
    private static extern void CfMakeRaw(byte[] termios);

    [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static extern int Poll(ref PollFd fd, nuint count, int timeoutMs);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    private static extern nint Read(int fd, byte[] buffer, nint count);

    public static bool GetAttributes(byte[] termios) => TcGetAttr(StdIn, termios) == 0;

    public static bool SetAttributes(byte[] termios) => TcSetAttr(StdIn, TcsaNow, termios) == 0;

    public static void MakeRaw(byte[] termios) => CfMakeRaw(termios);

    /// <summary>Waits up to <paramref name="timeoutMs"/> (-1: for ever) for standard input to be readable.</summary>
    public static bool WaitReadable(int timeoutMs)
    {
        var fd = new PollFd { Fd = StdIn, Events = PollIn };
        while (true)
        {
            int n = Poll(ref fd, 1, timeoutMs);
            if (n >= 0) return n > 0;
            if (Marshal.GetLastPInvokeError() != Eintr) return false;
        }
    }

    /// <summary>Reads what standard input has (at least one byte once it is readable); 0 at its end, -1 on an error.</summary>
    public static int ReadStdIn(byte[] buffer)
    {
        while (true)
        {
            nint n = Read(StdIn, buffer, buffer.Length);
            if (n >= 0) return (int)n;
            if (Marshal.GetLastPInvokeError() != Eintr) return -1;
        }
    }
}
