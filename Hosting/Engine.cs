namespace Golfcart;

/// <summary>
/// A Golfcart interpreter with its own globals. Run scripts on it one after another (the globals
/// persist between runs, as in a REPL). Use one engine per thread — a second thread calling it
/// while it runs gets an <see cref="InvalidOperationException"/> — and share <see cref="Script"/>s freely.
/// </summary>
/// <example>
/// <code>
/// var engine = new Engine(new EngineOptions { MaxSteps = 1_000_000 });
/// engine.SetValue("threshold", 10);
/// Value v = engine.Evaluate("threshold * 2 + 1");   // 21
/// </code>
/// </example>
public sealed class Engine
{
    internal readonly Context Cx;
    private int _busy;

    /// <summary>Creates an engine with the builtins installed.</summary>
    public Engine(EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        if (options.MaxCallDepth < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxCallDepth must be at least 1");
        Cx = new Context(options.Output ?? Console.Out, options.Input ?? new ConsoleInput())
        {
            MaxDepth = options.MaxCallDepth,
            MaxSteps = options.MaxSteps ?? long.MaxValue,
            ScriptArgs = options.ScriptArguments,
            Timeout = options.Timeout,
            Cancellation = options.CancellationToken,
            RegexTimeout = options.RegexTimeout,
            AllowFiles = options.AllowFiles,
            AllowStdin = options.AllowStdin,
            MaxMemory = options.MaxMemoryBytes ?? long.MaxValue,
        };
    }

    /// <summary>Parses and runs <paramref name="source"/>, returning the value of its last expression.</summary>
    /// <exception cref="GolfcartException">A syntax error, a runtime error, a limit, or <c>exit()</c>.</exception>
    public Value Evaluate(string source, string fileName = "<eval>") => Run(Script.Parse(source, fileName));

    /// <summary>Runs a parsed script, returning the value of its last expression.</summary>
    /// <exception cref="GolfcartException">A runtime error, a limit, or <c>exit()</c>.</exception>
    public Value Run(Script script) => Run(script, CancellationToken.None);

    /// <summary>
    /// Runs a parsed script; <paramref name="cancellation"/> stops this run (as the REPL's Ctrl-C does)
    /// besides the engine's own <see cref="EngineOptions.CancellationToken"/>.
    /// </summary>
    public Value Run(Script script, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Guarded(cancellation, () =>
        {
            var v = script.Program.Eval(Cx.Root);
            return v.IsSignal ? Value.Nil : v;
        });
    }

    /// <summary>Calls the script function stored in the global <paramref name="name"/> with .NET arguments.</summary>
    /// <exception cref="GolfcartRuntimeException">There is no such function, or the call fails.</exception>
    /// <example><code>engine.Evaluate("fib = n => if n &lt; 2 { n } else { fib(n - 1) + fib(n - 2) }");
    /// Value r = engine.Invoke("fib", 10);   // 55</code></example>
    public Value Invoke(string name, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Cx.Globals.TryGet(Name.Of(name), out var fn))
            throw new GolfcartRuntimeException($"`{name}` is not defined");
        return Invoke(fn, args);
    }

    /// <summary>Calls a function value (one a script returned, or <see cref="GetValue"/> gave) with .NET arguments.</summary>
    public Value Invoke(Value function, params object?[] args)
    {
        args ??= [];
        if (function.Obj is not GFunction) throw new GolfcartRuntimeException(Messages.NotCallable(function.Type));
        var values = new Value[args.Length];
        for (int i = 0; i < args.Length; i++) values[i] = HostConversion.ToValue(args[i]);
        return Guarded(CancellationToken.None, () => Calls.Invoke(Cx, function, values, HostSite));
    }

    private static readonly SrcPos HostSite = new(new SourceText("<host>", ""), 0, 0);

    /// <summary>Runs script code with the limits armed, the one-thread guard, and errors completed with position and stack.</summary>
    private Value Guarded(CancellationToken cancellation, Func<Value> body)
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0)
            throw new InvalidOperationException("this Engine is already running a script on another thread: use one Engine per thread");
        Cx.StartRun(cancellation);
        try
        {
            return body();
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
        if (!e.HasPosition && Cx.InnermostSite is { Line: > 0 } site) e.SetPosition(site);
        if (e is not GolfcartSyntaxException && e.ScriptStackTrace.Length == 0) e.ScriptStackTrace = Cx.FormatStack();
        Cx.Reset();
    }

    /// <summary>The value of a global, or nil if it is not defined.</summary>
    public Value GetValue(string name) => Cx.Globals.TryGet(Name.Of(name), out var v) ? v : Value.Nil;

    /// <summary>
    /// Defines a global from a .NET value: a number of any numeric type, a string, a bool, null,
    /// a list (any <c>IEnumerable</c>), a string-keyed dictionary, a <see cref="Value"/>, or a
    /// delegate, which becomes a function the script can call (its arguments are converted and
    /// checked; an exception it throws becomes a <see cref="GolfcartRuntimeException"/>).
    /// </summary>
    /// <returns>This engine, so calls chain.</returns>
    /// <exception cref="ArgumentException">The value has no Golfcart form.</exception>
    /// <example><code>engine.SetValue("limit", 10).SetValue("double_it", (Func&lt;double, double&gt;)(x => x * 2));</code></example>
    public Engine SetValue(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Scanner.IsIdentStart(name.Length > 0 ? name[0] : ' ') || !name.All(Scanner.IsIdentPart) || Scanner.IsKeyword(name))
            throw new ArgumentException($"'{name}' is not a Golfcart name", nameof(name));
        Cx.Globals.Declare(Name.Of(name), HostConversion.ToValue(value, name));
        return this;
    }

    /// <summary>The globals a program defined or replaced (builtins left as they were are not listed), in definition order.</summary>
    public IEnumerable<(string Name, Value Value)> UserGlobals() =>
        Cx.Globals.All().Where(g => !Builtins.IsBuiltin(g.Value) || g.Name.Text != ((GFunction)g.Value.Obj!).Name)
            .Select(g => (g.Name.Text, g.Value));
}
