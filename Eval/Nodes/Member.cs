namespace Golfcart;

/// <summary><c>x.name</c>: a dict entry, or a list method bound to its list; positioned at the <c>.</c>.</summary>
internal sealed record Member(SrcPos Pos, Node Target, string Key) : Node(Pos)
{
    /// <summary>The list method of this name, if there is one (looked up once, not per run).</summary>
    public readonly Builtin? ListMethod = Builtins.ListMethod(Key);

    public override Value Eval(Frame frame)
    {
        var t = Target.Eval(frame);
        if (t.IsSignal) return t;
        if (t.AsDict is { } dict) return dict.Get(Key);
        if (t.AsList is not null && ListMethod is { } method) return Value.FromFunction(new BoundMethod(method, t));
        throw NoMember(Pos, t, Key);
    }

    /// <summary>The error for <c>x.name</c> on a value without that member; out of line and by value, so callers keep their values in registers.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal static GolfcartRuntimeException NoMember(SrcPos pos, Value target, string key) =>
        Throw.At(pos, Messages.NoMember(target.Type, key));

    public override string Label => $"Member .{Key}";
    protected override Node[] MakeChildren() => [Target];
}
