using System.Collections.Concurrent;
using System.Reflection;

namespace Golfcart;

/// <summary>
/// A compiled Golfcart expression that tests host objects: the public properties of a .NET
/// object (a POCO), or the keys of an <c>IDictionary&lt;string, object?&gt;</c>, are its variables.
/// Compile once, then call <see cref="Matches"/> as often as you like, from any thread.
/// </summary>
/// <example>
/// <code>
/// Filter adults = Filter.Compile("age >= 18 and country == \"NZ\"");
/// bool ok = adults.Matches(new { age = 30, country = "NZ" });   // true
/// </code>
/// </example>
/// <remarks>
/// A filter is one expression: literals, variables, operators, indexing, member access on
/// dicts, and calls to builtins (<c>len(name) &gt; 3</c>, <c>starts_with(code, "A")</c>). It cannot
/// assign, loop or define functions, so it always finishes. Property reads are compiled once per
/// type, and a match on a POCO allocates nothing unless the expression builds strings or lists.
/// </remarks>
public sealed class Filter
{
    private readonly FNode _root;

    /// <summary>The expression's source text.</summary>
    public string Expression { get; }

    private Filter(string expression, FNode root)
    {
        Expression = expression;
        _root = root;
    }

    /// <summary>Compiles a filter expression.</summary>
    /// <exception cref="GolfcartSyntaxException">The text is not one valid expression a filter can run.</exception>
    public static Filter Compile(string expression, string name = "<filter>")
    {
        ArgumentNullException.ThrowIfNull(expression);
        var script = Script.Parse(expression, name);
        var body = script.Program.Body;
        if (body.Length != 1)
        {
            var e = new GolfcartSyntaxException(Messages.FilterOneExpression(body.Length), body.Length > 1 ? body[1].Pos : script.Program.Pos, false);
            throw e;
        }
        return new Filter(expression, FilterCompiler.Compile(body[0]));
    }

    /// <summary>True when the expression is <c>true</c> for <paramref name="target"/>.</summary>
    /// <exception cref="GolfcartRuntimeException">The expression fails (a type mismatch, an unknown property) or does not give a bool.</exception>
    public bool Matches(object target)
    {
        var v = Evaluate(target);
        if (!v.IsBool) throw new GolfcartRuntimeException(Messages.FilterNotBool(v.Type));
        return v.AsBool;
    }

    /// <summary>The value of the expression for <paramref name="target"/>.</summary>
    public Value Evaluate(object target)
    {
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            return _root.Eval(target);
        }
        catch (GolfcartException e)
        {
            FilterContext.Complete(e);
            throw;
        }
    }
}

/// <summary>The context builtins called from filters run in: one per thread, no files, no input.</summary>
internal static class FilterContext
{
    [ThreadStatic] private static Context? _current;

    public static Context Current => _current ??= new Context(TextWriter.Null, TextReader.Null) { MaxDepth = 64 };

    public static void Complete(GolfcartException e)
    {
        var cx = _current;
        if (cx is null) return;
        if (!e.HasPosition && cx.InnermostSite is { Line: > 0 } site) e.SetPosition(site);
        cx.Reset();
    }
}

/// <summary>A node of a compiled filter: evaluates against the host object.</summary>
internal abstract class FNode
{
    public abstract Value Eval(object target);
}

/// <summary>Translates a parsed expression into filter nodes, refusing what a filter cannot do.</summary>
internal static class FilterCompiler
{
    public static FNode Compile(Node n)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new GolfcartSyntaxException(Messages.StackTooSmall, n.Pos, false);
        return CompileNode(n);
    }

    private static FNode CompileNode(Node n) => n switch
    {
        StackCheck s => new FStackCheck(Compile(s.Inner)),
        Literal l => new FConst(l.Constant),
        Ident id => new FVar(id.Name.Text, id.Pos),
        Arith a => new FArith(a.Op, Compile(a.Left), Compile(a.Right), a.Pos),
        Compare c => new FCompare(c.Op, Compile(c.Left), Compile(c.Right), c.Pos),
        Equality e => new FEquality(e.Negated, Compile(e.Left), Compile(e.Right)),
        Logical l => new FLogical(l.IsAnd, Compile(l.Left), Compile(l.Right), l.Left.Pos, l.Right.Pos),
        Not x => new FNot(Compile(x.Operand), x.Pos),
        Negate x => new FNegate(Compile(x.Operand), x.Pos),
        BitNot x => new FBitNot(Compile(x.Operand), x.Pos),
        Index i => new FIndex(Compile(i.Target), Compile(i.Key), i.Pos),
        Member m => new FMember(Compile(m.Target), m.Key, m.Pos),
        ListLit l => new FList(l.Items.Select(Compile).ToArray()),
        LenCall l => Compile(l.AsCall),
        Call { Callee: Ident callee } c when Builtins.Function(callee.Name.Text) is { } b =>
            new FCall(b, c.Args.Select(Compile).ToArray(), c.Pos),
        Call c => throw Refuse(c, "only builtin functions can be called in a filter"),
        _ => throw Refuse(n, "a filter is an expression: it cannot assign, loop, branch or define functions"),
    };

    private static GolfcartSyntaxException Refuse(Node n, string why) => new(why, n.Pos, false);
}

/// <summary>Above a tall part of the expression, as <see cref="StackCheck"/> is in a script.</summary>
internal sealed class FStackCheck(FNode inner) : FNode
{
    public override Value Eval(object target)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new GolfcartLimitException(LimitKind.CallDepth, Messages.StackTooSmall);
        return inner.Eval(target);
    }
}

internal sealed class FBitNot(FNode x, SrcPos pos) : FNode
{
    public override Value Eval(object target)
    {
        var v = x.Eval(target);
        if (v.Obj is not null) throw Throw.At(pos, Messages.UnaryType("~", "whole number", v.Type));
        return Value.Number(Ops.BitNot(v.Num, pos));
    }
}

internal sealed class FConst(Value v) : FNode
{
    public override Value Eval(object target) => v;
}

/// <summary>A variable: a property of the object, or a key of the dictionary. The accessor is cached per type.</summary>
internal sealed class FVar(string name, SrcPos pos) : FNode
{
    private sealed record Cache(Type Type, Func<object, Value> Read);
    private Cache? _cache;

    public override Value Eval(object target)
    {
        if (target is IDictionary<string, object?> dict)
        {
            if (!dict.TryGetValue(name, out var o)) return Value.Nil;
            try
            {
                return HostConversion.ToValue(o);
            }
            catch (ArgumentException e)
            {
                throw Throw.At(pos, $"`{name}` holds a value a filter cannot use: {e.Message}");
            }
        }
        if (target is System.Collections.IDictionary plain)
        {
            return plain.Contains(name) ? HostConversion.ToValue(plain[name]) : Value.Nil;
        }
        var cache = _cache;
        var type = target.GetType();
        if (cache is null || cache.Type != type)
        {
            cache = new Cache(type, HostAccessors.For(type, name) ?? throw Throw.At(pos, Messages.NoProperty(name, type.Name)));
            _cache = cache;
        }
        return cache.Read(target);
    }
}

internal sealed class FArith(ArithOp op, FNode l, FNode r, SrcPos pos) : FNode
{
    public override Value Eval(object target)
    {
        var a = l.Eval(target);
        var b = r.Eval(target);
        return Ops.Arith(op, a, b, pos, null);
    }
}

internal sealed class FCompare(CompareOp op, FNode l, FNode r, SrcPos pos) : FNode
{
    public override Value Eval(object target) => Value.Bool(Ops.Compare(op, l.Eval(target), r.Eval(target), pos));
}

internal sealed class FEquality(bool negated, FNode l, FNode r) : FNode
{
    public override Value Eval(object target) => Value.Bool(Value.Equal(l.Eval(target), r.Eval(target)) != negated);
}

internal sealed class FLogical(bool isAnd, FNode l, FNode r, SrcPos lpos, SrcPos rpos) : FNode
{
    public override Value Eval(object target)
    {
        var a = l.Eval(target);
        if (Ops.Truth(a, isAnd ? Logical.LeftAnd : Logical.LeftOr, lpos) != isAnd) return a;
        var b = r.Eval(target);
        Ops.Truth(b, isAnd ? Logical.RightAnd : Logical.RightOr, rpos);
        return b;
    }
}

internal sealed class FNot(FNode x, SrcPos pos) : FNode
{
    public override Value Eval(object target)
    {
        var v = x.Eval(target);
        if (!v.IsBool) throw Throw.At(pos, Messages.UnaryType("!", "bool", v.Type));
        return Value.Bool(!v.AsBool);
    }
}

internal sealed class FNegate(FNode x, SrcPos pos) : FNode
{
    public override Value Eval(object target)
    {
        var v = x.Eval(target);
        if (!v.IsNumber) throw Throw.At(pos, Messages.UnaryType("-", "number", v.Type));
        return Value.Number(-v.Num);
    }
}

internal sealed class FIndex(FNode t, FNode k, SrcPos pos) : FNode
{
    public override Value Eval(object target) => Ops.Index(t.Eval(target), k.Eval(target), pos);
}

internal sealed class FMember(FNode t, string key, SrcPos pos) : FNode
{
    public override Value Eval(object target) => Ops.Member(t.Eval(target), key, pos);
}

internal sealed class FList(FNode[] items) : FNode
{
    public override Value Eval(object target)
    {
        var values = new Value[Math.Max(items.Length, 4)];
        for (int i = 0; i < items.Length; i++) values[i] = items[i].Eval(target);
        return Value.FromList(new GList(values, items.Length));
    }
}

/// <summary>A builtin call; arguments go through the thread's filter context, as in a script.</summary>
internal sealed class FCall(Builtin fn, FNode[] args, SrcPos pos) : FNode
{
    public override Value Eval(object target)
    {
        var cx = FilterContext.Current;
        int start = cx.ReserveArgs(args.Length);
        try
        {
            for (int i = 0; i < args.Length; i++) cx.SetArg(start + i, args[i].Eval(target));
            cx.StartRun(CancellationToken.None);
            return Calls.Invoke(cx, Value.FromFunction(fn), cx.Args(start, args.Length), pos);
        }
        finally
        {
            cx.ReleaseArgs(start);
        }
    }
}

/// <summary>Reads public properties and fields of host objects as Golfcart values, compiled once per (type, name).</summary>
internal static class HostAccessors
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, Value>?> Cache = new();

    public static Func<object, Value>? For(Type type, string name) => Cache.GetOrAdd((type, name), key => Build(key.Item1, key.Item2));

    private static Func<object, Value>? Build(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var prop = type.GetProperty(name, flags);
        if (prop is { CanRead: true } && prop.GetIndexParameters().Length == 0 && prop.GetMethod is { IsPublic: true } getter)
        {
            if (type.IsValueType) return o => HostConversion.ToValue(getter.Invoke(o, null)); // a struct: no typed delegate
            return Make(type, prop.PropertyType, getter);
        }
        var field = type.GetField(name, flags);
        if (field is not null) return o => HostConversion.ToValue(field.GetValue(o));
        return null;
    }

    private static Func<object, Value> Make(Type owner, Type valueType, MethodInfo getter)
    {
        string kind = valueType == typeof(double) ? nameof(Double)
            : valueType == typeof(int) ? nameof(Int)
            : valueType == typeof(long) ? nameof(Long)
            : valueType == typeof(bool) ? nameof(Bool)
            : valueType == typeof(string) ? nameof(Str)
            : valueType == typeof(decimal) ? nameof(Dec)
            : valueType == typeof(float) ? nameof(Float)
            : nameof(Other);
        var maker = typeof(HostAccessors).GetMethod(kind, BindingFlags.NonPublic | BindingFlags.Static)!;
        var generic = kind == nameof(Other) ? maker.MakeGenericMethod(owner, valueType) : maker.MakeGenericMethod(owner);
        return (Func<object, Value>)generic.Invoke(null, [getter])!;
    }

    private static Func<T, TV> Typed<T, TV>(MethodInfo getter) => (Func<T, TV>)Delegate.CreateDelegate(typeof(Func<T, TV>), getter);

    private static Func<object, Value> Double<T>(MethodInfo g) { var f = Typed<T, double>(g); return o => Value.Number(f((T)o)); }
    private static Func<object, Value> Int<T>(MethodInfo g) { var f = Typed<T, int>(g); return o => Value.Number(f((T)o)); }
    private static Func<object, Value> Long<T>(MethodInfo g) { var f = Typed<T, long>(g); return o => Value.Number(f((T)o)); }
    private static Func<object, Value> Float<T>(MethodInfo g) { var f = Typed<T, float>(g); return o => Value.Number(f((T)o)); }
    private static Func<object, Value> Dec<T>(MethodInfo g) { var f = Typed<T, decimal>(g); return o => Value.Number((double)f((T)o)); }
    private static Func<object, Value> Bool<T>(MethodInfo g) { var f = Typed<T, bool>(g); return o => Value.Bool(f((T)o)); }
    private static Func<object, Value> Str<T>(MethodInfo g)
    {
        var f = Typed<T, string?>(g);
        return o => f((T)o) is { } s ? Value.String(s) : Value.Nil;
    }
    private static Func<object, Value> Other<T, TV>(MethodInfo g)
    {
        var f = Typed<T, TV>(g);
        return o => HostConversion.ToValue(f((T)o));
    }
}
