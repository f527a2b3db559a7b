using System.Runtime.InteropServices;

namespace Golfcart.Tests.Terminal;

/// <summary>The C library calls behind <see cref="PseudoTerminal"/> (Linux, glibc).</summary>
internal static class PtyNative
{
    public const int ORdWr = 2;
    public const short PosixSpawnSetSigDef = 0x04;
    public const short PosixSpawnSetSigMask = 0x08;
    public const short PosixSpawnSetSid = 0x80;
    public const int SigKill = 9;
    public const int SigTerm = 15;
    public const int WNoHang = 1;

    [StructLayout(LayoutKind.Sequential)]
    public struct WinSize
    {
        public ushort Rows, Cols, XPixels, YPixels;
    }

    [DllImport("libc", SetLastError = true)]
    public static extern int openpty(out int master, out int slave, IntPtr name, IntPtr termios, ref WinSize size);

    [DllImport("libc", SetLastError = true)]
    public static extern int ptsname_r(int fd, byte[] buffer, nint length);

    [DllImport("libc", SetLastError = true)]
    public static extern int tcgetattr(int fd, byte[] termios);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_init(IntPtr actions);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_destroy(IntPtr actions);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_addopen(IntPtr actions, int fd, string path, int flags, int mode);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_adddup2(IntPtr actions, int fd, int newFd);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_addclose(IntPtr actions, int fd);

    [DllImport("libc")]
    public static extern int posix_spawnattr_init(IntPtr attributes);

    [DllImport("libc")]
    public static extern int posix_spawnattr_destroy(IntPtr attributes);

    [DllImport("libc")]
    public static extern int posix_spawnattr_setflags(IntPtr attributes, short flags);

    [DllImport("libc")]
    public static extern int posix_spawnattr_setsigdefault(IntPtr attributes, IntPtr signals);

    [DllImport("libc")]
    public static extern int posix_spawnattr_setsigmask(IntPtr attributes, IntPtr signals);

    [DllImport("libc")]
    public static extern int sigemptyset(IntPtr set);

    [DllImport("libc")]
    public static extern int sigfillset(IntPtr set);

    [DllImport("libc")]
    public static extern int posix_spawnp(out int pid, string file, IntPtr actions, IntPtr attributes,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string?[] argv,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string?[] envp);

    [DllImport("libc", SetLastError = true)]
    public static extern int waitpid(int pid, out int status, int options);

    [DllImport("libc", SetLastError = true)]
    public static extern int kill(int pid, int signal);

    [DllImport("libc", SetLastError = true)]
    public static extern nint read(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern nint write(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern int close(int fd);
}
