using Microsoft.Win32.SafeHandles;

namespace Golfcart.Cli;

/// <summary>
/// Standard output or error, when it is a pipe or a terminal, as a plain write-only stream over
/// its file descriptor: opening it through <see cref="Console"/> sets the console up first, about
/// 5 ms of every run (docs/performance.md). Like the console's own stream, it drops what is written
/// once nobody reads it — a broken pipe (<c>golfcart prog | head -1</c>) or a closed descriptor —
/// instead of failing the program. A file gets the console's stream (see <see cref="Open"/>).
/// </summary>
internal sealed class StandardStream : Stream
{
    private const int BrokenPipe = 32; // EPIPE, the same number on Linux and macOS

    private readonly FileStream _file;
    private bool _gone;

    private StandardStream(int fd) =>
        _file = new FileStream(new SafeFileHandle(fd, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    /// <summary>Standard output (1) or standard error (2).</summary>
    public static Stream Open(int fd)
    {
        Stream ConsoleStream() => fd == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError();
        if (OperatingSystem.IsWindows()) return ConsoleStream();
        StandardStream stream;
        try
        {
            stream = new StandardStream(fd);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Null; // no usable descriptor: the output has nowhere to go
        }
        if (stream._file.CanSeek)
        {
            // A file (`> out.txt`): a file stream writes at positions it keeps itself, which would
            // not move the offset the shell shares with stderr (`2>&1`) and with the commands after
            // this one. The console's stream writes where the offset is.
            stream._file.Dispose();
            return ConsoleStream();
        }
        return stream; // a pipe or a terminal: plain writes
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_gone) return;
        try
        {
            _file.Write(buffer);
        }
        catch (Exception e) when (e is IOException { HResult: BrokenPipe } or UnauthorizedAccessException)
        {
            _gone = true; // the reader went away, or the descriptor was closed (EBADF comes as UnauthorizedAccessException)
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
        // Nothing is buffered here: the writer above this stream holds the buffer.
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
