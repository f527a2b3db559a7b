using System.Text;

namespace Golfcart;

/// <summary>
/// Every error a Golfcart program can meet: a syntax error, a runtime error, a limit, or an
/// <c>exit()</c>. Carries the file, line and column, the source line, and for runtime errors
/// the Golfcart call stack. <see cref="Diagnostic"/> is the text a user sees.
/// </summary>
public abstract class GolfcartException : Exception
{
    private protected GolfcartException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>The name of the file (or source) the error was found in.</summary>
    public string FileName { get; internal set; } = "";
    /// <summary>1-based line of the error, 0 if unknown.</summary>
    public int Line { get; internal set; }
    /// <summary>1-based column of the error, 0 if unknown.</summary>
    public int Column { get; internal set; }
    /// <summary>The Golfcart call stack, innermost first, one frame a line; empty for syntax errors.</summary>
    public string ScriptStackTrace { get; internal set; } = "";
    /// <summary>The source line the error points into.</summary>
    public string SourceLine { get; internal set; } = "";

    internal bool HasPosition => Line > 0;

    internal void SetPosition(SrcPos pos)
    {
        FileName = pos.Src.Name;
        Line = pos.Line;
        Column = pos.Col;
        SourceLine = pos.Src.Line(pos.Line);
    }

    /// <summary>A long source line is cut to a window around the caret, marked with "...".</summary>
    private static (string Line, int Caret) Window(string line, int caret)
    {
        const int half = 50;
        caret = Math.Clamp(caret, 0, line.Length);
        if (line.Length <= 2 * half + 20) return (line, caret);
        int from = Math.Max(0, caret - half);
        int to = Math.Min(line.Length, caret + half);
        string prefix = from > 0 ? "..." : "";
        string suffix = to < line.Length ? "..." : "";
        return (prefix + line[from..to] + suffix, caret - from + prefix.Length);
    }

    /// <summary>
    /// The full diagnostic: <c>FILE:LINE:COL: error: MESSAGE</c>, the source line with a caret
    /// under the spot, and the call stack when there is one.
    /// </summary>
    public string Diagnostic
    {
        get
        {
            var sb = new StringBuilder();
            if (HasPosition) sb.Append($"{FileName}:{Line}:{Column}: ");
            else if (FileName.Length > 0) sb.Append($"{FileName}: ");
            sb.Append("error: ").Append(Message).Append('\n');
            if (HasPosition)
            {
                string gutter = Line.ToString();
                var (line, caret) = Window(SourceLine.Replace('\t', ' '), Column - 1);
                sb.Append($" {gutter} | {line}\n");
                sb.Append(' ', gutter.Length + 1).Append(" | ").Append(' ', caret).Append("^\n");
            }
            if (ScriptStackTrace.Length > 0) sb.Append("call stack, innermost first:\n").Append(ScriptStackTrace);
            return sb.ToString();
        }
    }
}

/// <summary>The program text is not valid Golfcart (exit status 65 from the command).</summary>
public sealed class GolfcartSyntaxException : GolfcartException
{
    internal GolfcartSyntaxException(string message, SrcPos pos, bool atEnd) : base(message)
    {
        SetPosition(pos);
        AtEndOfInput = atEnd;
    }

    /// <summary>True when the error is that the input ended too soon (an unclosed bracket or string): more input could fix it.</summary>
    public bool AtEndOfInput { get; }
}

/// <summary>An error while running: a type mismatch, a failed assertion, <c>error()</c> (exit status 70).</summary>
public class GolfcartRuntimeException : GolfcartException
{
    internal GolfcartRuntimeException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>Which limit a program ran into.</summary>
public enum LimitKind
{
    /// <summary>The step budget ran out.</summary>
    Steps,
    /// <summary>The time budget ran out.</summary>
    Timeout,
    /// <summary>The host cancelled the run.</summary>
    Cancelled,
    /// <summary>Too many nested calls (or too little stack left).</summary>
    CallDepth,
    /// <summary>The program allocated more than allowed.</summary>
    Memory,
}

/// <summary>A program ran into a limit: its steps, time, call depth or memory (exit status 70).</summary>
public sealed class GolfcartLimitException : GolfcartException
{
    internal GolfcartLimitException(LimitKind limit, string message) : base(message) => Limit = limit;

    /// <summary>The limit that was reached.</summary>
    public LimitKind Limit { get; }
}

/// <summary>The program called <c>exit(code)</c>; the command exits with that status, a host just sees this exception.</summary>
public sealed class GolfcartExitException : GolfcartException
{
    internal GolfcartExitException(int code) : base($"exit({code})") => ExitCode = code;

    /// <summary>The status the program asked for.</summary>
    public int ExitCode { get; }
}

/// <summary>Throwing helpers, so that a node raises an error at its own position in one line.</summary>
internal static class Throw
{
    public static GolfcartRuntimeException At(SrcPos pos, string message)
    {
        var e = new GolfcartRuntimeException(message);
        e.SetPosition(pos);
        return e;
    }

    /// <summary>An error with no position yet: the call that raised it supplies one.</summary>
    public static GolfcartRuntimeException Runtime(string message) => new(message);
}
