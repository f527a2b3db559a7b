namespace Golfcart;

/// <summary>A callable value: a user function (closure), a builtin, or a list method bound to its list.</summary>
internal abstract class GFunction
{
    /// <summary>The name shown in display and in stack traces, or null for an anonymous function.</summary>
    public abstract string? Name { get; }
    public abstract string Display { get; }
}

/// <summary>A function literal closed over the frame it was created in.</summary>
internal sealed class UserFunction(FuncLit literal, Frame closure) : GFunction
{
    public readonly FuncLit Literal = literal;
    public readonly Frame Closure = closure;

    // What a call reads from the literal, copied here so a call reaches it in one step from the
    // function value rather than two (a call's first loads depend on each other; docs/performance.md, session 16).
    public readonly Node Run = literal.Run;
    public readonly int ParamCount = literal.Params.Length;
    public readonly int FrameSize = literal.FrameSize;
    public readonly bool PoolFrame = literal.PoolFrame;
    public override string? Name => Literal.Name;
    public override string Display => Literal.Name is { } n ? $"<function {n}>" : "<function>";
}

/// <summary>The one signature every builtin has: the context and the evaluated arguments.</summary>
internal delegate Value BuiltinFn(Context cx, ReadOnlySpan<Value> args);

/// <summary>A builtin function, registered once in <see cref="Builtins"/>.</summary>
internal sealed class Builtin(string name, int minArgs, int maxArgs, BuiltinFn fn, bool leaf = false) : GFunction
{
    /// <summary>
    /// True when the builtin never calls a function value or the host: it then runs without an
    /// entry on the call stack, which is added only if it fails (<see cref="Calls.RunBuiltin"/>).
    /// </summary>
    public readonly bool Leaf = leaf;
    public readonly int MinArgs = minArgs;
    /// <summary>Maximum argument count; -1 for any number.</summary>
    public readonly int MaxArgs = maxArgs;
    public readonly BuiltinFn Fn = fn;
    public override string Name { get; } = name;
    public override string Display => $"<builtin {Name}>";
}

/// <summary>A list method (<c>l.append</c>) with its receiver; the receiver is passed as argument 0.</summary>
internal sealed class BoundMethod(Builtin method, Value receiver) : GFunction
{
    public readonly Builtin Method = method;
    public readonly Value Receiver = receiver;
    public override string Name => Method.Name;
    public override string Display => $"<builtin {Method.Name}>";
}
