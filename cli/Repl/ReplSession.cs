using System.Diagnostics;
using System.Globalization;

namespace Golfcart.Cli.Repl;

/// <summary>
/// The heart of the REPL, apart from any terminal: runs one complete input — a meta-command or
/// Golfcart code — against a persistent engine, echoes the result (strings quoted, nil not
/// shown), and reports errors like the runner does, relative to the input.
/// </summary>
public sealed class ReplSession
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly Func<TextWriter, Engine> _makeEngine;
    private int _inputs;

    /// <param name="output">Where results and program output go.</param>
    /// <param name="error">Where diagnostics go.</param>
    /// <param name="makeEngine">Makes the session's engine (again on <c>:reset</c>); by default one like the runner's.</param>
    public ReplSession(TextWriter output, TextWriter error, Func<TextWriter, Engine>? makeEngine = null)
    {
        _out = output;
        _err = error;
        _makeEngine = makeEngine ?? (w => Runner.NewEngine([], w));
        Engine = _makeEngine(_out);
    }

    public Engine Engine { get; private set; }

    /// <summary>Set when the session is over: by <c>:quit</c> (0) or by the program calling <c>exit(n)</c>.</summary>
    public int? ExitCode { get; private set; }

    public const string Help = """
        Type a Golfcart expression and press Enter to run it. The result is shown
        (strings quoted, nil not shown) and every name you define stays defined.
        While a bracket, string or comment is open, Enter starts a new line.

        Meta-commands:
          :help          this help
          :quit          leave (also :q, Ctrl-D)
          :load FILE     run a file in this session
          :env           the names you have defined, with their values
          :ast EXPR      show the syntax tree of an expression
          :time EXPR     run an expression and show how long it took
          :reset         forget every name you defined
        Keys: Enter runs a complete input; Alt-Enter starts a new line anyway.
        Up/Down recall earlier inputs, Ctrl-R searches them. Tab completes names,
        :commands, list methods after `xs.` and dict keys after `d.`; a second
        Tab lists the choices. Ctrl-A/E, Ctrl-U/K, Ctrl-W, Alt-B/F and Ctrl-L do
        what they do in readline. Ctrl-C stops a running program (or clears the
        input), Ctrl-D quits. `_` is the last value shown.
        """;

    /// <summary>The name that holds the last value echoed, as in Python's REPL.</summary>
    public const string LastValueName = "_";

    public static readonly string[] MetaCommands = [":help", ":quit", ":load", ":env", ":ast", ":time", ":reset"];

    /// <summary>Runs one complete input. Returns false when the session should end.</summary>
    public bool Execute(string input, CancellationToken cancellation = default)
    {
        string trimmed = input.Trim();
        if (trimmed.Length == 0) return true;
        if (trimmed.StartsWith(':')) return Meta(trimmed, cancellation);
        if (HintFor(trimmed) is { } hint)
        {
            _out.WriteLine(hint);
            _out.Flush();
            return true;
        }
        _inputs++;
        Run(input, $"<input {_inputs}>", cancellation, echo: true);
        return ExitCode is null;
    }

    /// <summary>
    /// What to say to <c>help</c>, <c>quit</c> or <c>exit</c> typed alone, as a Python user might,
    /// unless the session defined that name itself; null for anything else.
    /// </summary>
    private string? HintFor(string input)
    {
        if (input is not ("help" or "quit" or "exit")) return null;
        if (Engine.UserGlobals().Any(g => g.Name == input)) return null;
        return input == "help"
            ? "(type :help for help)"
            : "(to leave, type :quit, press Ctrl-D, or call exit())";
    }

    private bool Meta(string command, CancellationToken cancellation)
    {
        int space = command.IndexOfAny([' ', '\t', '\n']);
        string name = space < 0 ? command : command[..space];
        string rest = space < 0 ? "" : command[(space + 1)..].Trim();
        switch (name)
        {
            case ":help" or ":h" or ":?":
                _out.WriteLine(Help);
                break;
            case ":quit" or ":q" or ":exit":
                ExitCode = 0;
                return false;
            case ":load":
                if (rest.Length == 0) { _err.WriteLine("usage: :load FILE"); break; }
                string? source = Runner.ReadSource(rest, _err);
                if (source is not null) Run(source, rest, cancellation, echo: true);
                break;
            case ":env":
                Env();
                break;
            case ":ast":
                if (rest.Length == 0) { _err.WriteLine("usage: :ast EXPR"); break; }
                try
                {
                    _out.Write(Script.Parse(rest, "<ast>").FormatSyntaxTree());
                }
                catch (GolfcartSyntaxException e)
                {
                    _err.Write(e.Diagnostic);
                }
                break;
            case ":time":
                if (rest.Length == 0) { _err.WriteLine("usage: :time EXPR"); break; }
                _inputs++;
                var watch = Stopwatch.StartNew();
                bool ok = Run(rest, $"<input {_inputs}>", cancellation, echo: true);
                watch.Stop();
                if (ok) _out.WriteLine($"time: {FormatTime(watch.Elapsed)}");
                break;
            case ":reset":
                Engine = _makeEngine(_out);
                _out.WriteLine("the session is reset: every name you defined is gone");
                break;
            default:
                _err.WriteLine($"unknown command {name} (type :help for the list)");
                break;
        }
        _out.Flush();
        return ExitCode is null;
    }

    public static string FormatTime(TimeSpan t) => t.TotalMilliseconds < 1000
        ? t.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms"
        : t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private void Env()
    {
        bool any = false;
        foreach (var (name, value) in Engine.UserGlobals())
        {
            if (name == LastValueName) continue; // the REPL's, not the user's
            string text = value.Inspect();
            if (text.Length > 200) text = text[..197] + "...";
            _out.WriteLine($"{name} = {text}");
            any = true;
        }
        if (!any) _out.WriteLine("(nothing defined yet)");
    }

    /// <summary>Parses and runs code; returns false if it failed.</summary>
    private bool Run(string code, string name, CancellationToken cancellation, bool echo)
    {
        try
        {
            var value = Engine.Run(Script.Parse(code, name), cancellation);
            if (echo && !value.IsNilValue)
            {
                _out.WriteLine(value.Inspect());
                Engine.SetValue(LastValueName, value);
            }
            _out.Flush();
            return true;
        }
        catch (GolfcartExitException e)
        {
            _out.Flush();
            ExitCode = e.ExitCode;
            return true;
        }
        catch (GolfcartLimitException e) when (e.Limit == LimitKind.Cancelled)
        {
            _out.Flush();
            _err.WriteLine($"interrupted at {e.FileName}:{e.Line}:{e.Column}");
            _err.Flush();
            return false;
        }
        catch (GolfcartException e)
        {
            _out.Flush();
            _err.Write(e.Diagnostic);
            _err.Flush();
            return false;
        }
    }

    /// <summary>What Tab may complete to: keywords, builtins, the names defined so far, and meta-commands.</summary>
    public IEnumerable<string> CompletionCandidates() =>
        Language.Keywords
            .Concat(Language.BuiltinNames)
            .Concat(Engine.UserGlobals().Select(g => g.Name))
            .Concat(MetaCommands)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
}
