using System.Runtime.ExceptionServices;

namespace Golfcart.Cli;

/// <summary>
/// A program file read and parsed on a thread of its own, started as soon as the command knows
/// which file it will run. Meanwhile the main thread sets up the output streams, the program's
/// thread and the engine; on two cores the parser's first, cold run (the grammar's set-up, the
/// framework's first file read) overlaps that work instead of following it (docs/performance.md,
/// Start-up). What the run sees is the same as reading and parsing in line: the same script, or
/// the same error, reported at the same point.
/// </summary>
internal sealed class PendingProgram
{
    private readonly string _path;
    private readonly Thread _thread;
    private string? _cannotOpen;
    private Script? _script;
    private ExceptionDispatchInfo? _error;

    private PendingProgram(string path)
    {
        _path = path;
        // Background: should the command end early (an internal error), it does not wait for the parse.
        // With the program thread's stack, so that a program the command can run it can also parse
        // (the walks over a tree of a million levels recurse that deep).
        _thread = new Thread(ReadAndParse, Program.StackBytes) { Name = "golfcart parse", IsBackground = true };
    }

    public static PendingProgram Start(string path)
    {
        var pending = new PendingProgram(path);
        pending._thread.Start();
        return pending;
    }

    private void ReadAndParse()
    {
        try
        {
            string? source = Runner.TryReadSource(_path, out _cannotOpen);
            if (source is not null) _script = Script.Parse(source, _path);
        }
        catch (Exception e)
        {
            // A syntax error, or a bug: thrown again on the thread that runs the program.
            _error = ExceptionDispatchInfo.Capture(e);
        }
    }

    /// <summary>True once the file has been read and parsed (or failed to be).</summary>
    public bool Done => !_thread.IsAlive;

    /// <summary>Waits for the file to be read; false, with the reason written to <paramref name="stderr"/>, if it could not be.</summary>
    public bool WaitForSource(TextWriter stderr)
    {
        _thread.Join();
        if (_cannotOpen is null) return true;
        stderr.WriteLine(_cannotOpen);
        return false;
    }

    /// <summary>The parsed program; throws what parsing threw (a syntax error).</summary>
    public Script Parsed()
    {
        _thread.Join();
        _error?.Throw();
        return _script!;
    }
}
