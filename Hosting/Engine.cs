namespace Golfcart;

/// <summary>
/// A Golfcart interpreter with its own globals. Run scripts on it one after another (the globals
/// persist between runs, as in a REPL). Use one engine per thread; scripts can be shared.
/// </summary>
public sealed class Engine
{
    internal readonly Context Cx;

    /// <summary>Creates an engine with the builtins installed.</summary>
    public Engine(EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        Cx = new Context(options.Output ?? Console.Out, options.Input ?? Console.In)
        {
            MaxDepth = options.MaxCallDepth,
            MaxSteps = options.MaxSteps ?? long.MaxValue,
            ScriptArgs = options.ScriptArguments,
            Timeout = options.Timeout,
            Cancellation = options.CancellationToken,
            RegexTimeout = options.RegexTimeout,
            AllowFiles = options.AllowFiles,
            AllowStdin = options.AllowStdin,
        };
    }

    private int _busy;

    /// <summary>Parses and runs <paramref name="source"/>, returning the value of its last expression.</summary>
    public Value Evaluate(string source, string fileName = "<eval>") => Run(Script.Parse(source, fileName));

    /// <summary>Runs a parsed script, returning the value of its last expression.</summary>
    public Value Run(Script script) => Run(script, CancellationToken.None);

    /// <summary>
    /// Runs a parsed script; <paramref name="cancellation"/> stops this run (as the REPL's Ctrl-C does)
    /// besides the engine's own <see cref="EngineOptions.CancellationToken"/>.
    /// </summary>
    public Value Run(Script script, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (Interlocked.Exchange(ref _busy, 1) != 0)
            throw new InvalidOperationException("this Engine is already running a script on another thread: use one Engine per thread");
        Cx.StartRun(cancellation);
        try
        {
            var v = script.Program.Eval(Cx.Globals);
            return v.IsSignal ? Value.Nil : v;
        }
        catch (GolfcartException e)
        {
            Complete(e);
            throw;
        }
        catch (Exception e) when (e is OutOfMemoryException or InsufficientExecutionStackException)
        {
            var limit = e is OutOfMemoryException
                ? new GolfcartLimitException(LimitKind.Memory, Messages.TooLong)
                : new GolfcartLimitException(LimitKind.CallDepth, Messages.CallDepth);
            Complete(limit);
            throw limit;
        }
        finally
        {
            Cx.RunCancellation = default;
            Volatile.Write(ref _busy, 0);
            Cx.Out.Flush();
        }
    }

    /// <summary>Gives an error its position and call stack from the context, then resets the context for the next run.</summary>
    private void Complete(GolfcartException e)
    {
        if (!e.HasPosition && Cx.InnermostSite is { } site) e.SetPosition(site);
        if (e is not GolfcartSyntaxException && e.ScriptStackTrace.Length == 0) e.ScriptStackTrace = Cx.FormatStack();
        Cx.Reset();
    }

    /// <summary>The value of a global, or nil if it is not defined.</summary>
    public Value GetValue(string name) => Cx.Globals.TryLookup(Name.Of(name), out var v) ? v : Value.Nil;

    /// <summary>Defines a global from a .NET value: a number, string, bool, null, list or string-keyed dictionary.</summary>
    public Engine SetValue(string name, object? value)
    {
        Cx.Globals.Declare(Name.Of(name), Convert(value));
        return this;
    }

    /// <summary>The globals a program defined or replaced (builtins left as they were are not listed), in definition order.</summary>
    public IEnumerable<(string Name, Value Value)> UserGlobals() =>
        Cx.Globals.Locals().Where(g => !Builtins.IsBuiltin(g.Value) || g.Name.Text != ((GFunction)g.Value.Obj!).Name)
            .Select(g => (g.Name.Text, g.Value));

    private static Value Convert(object? o) => o switch
    {
        null => Value.Nil,
        Value v => v,
        bool b => Value.Bool(b),
        string s => Value.String(s),
        double d => Value.Number(d),
        float f => Value.Number(f),
        int n => Value.Number(n),
        long n => Value.Number(n),
        decimal m => Value.Number((double)m),
        IDictionary<string, object?> d => Value.FromDict(ToDict(d)),
        System.Collections.IEnumerable e => Value.FromList(GList.Of(e.Cast<object?>().Select(Convert))),
        _ => throw new ArgumentException($"cannot convert a {o.GetType().Name} to a Golfcart value", nameof(o)),
    };

    private static GDict ToDict(IDictionary<string, object?> d)
    {
        var dict = new GDict();
        foreach (var (k, v) in d) dict.Set(k, Convert(v));
        return dict;
    }
}
