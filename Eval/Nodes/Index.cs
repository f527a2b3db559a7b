namespace Golfcart;

/// <summary><c>x[i]</c> on a list, string or dict; positioned at the <c>[</c>.</summary>
internal sealed record Index(SrcPos Pos, Node Target, Node Key) : Node(Pos)
{
    /// <summary>The target and key when they are variables, read without a virtual call (<see cref="Ident.Operand"/>).</summary>
    private readonly Ident? _targetVar = Target as Ident, _keyVar = Key as Ident;

    /// <summary>The elements of a key written as a short list literal (<see cref="KeyItems"/>), else null.</summary>
    private readonly Node[]? _keyItems = KeyItems.Of(Key);

    public override Value Eval(Frame frame)
    {
        var t = Ident.Operand(Target, _targetVar, frame);
        if (t.IsSignal) return t;
        if (_keyItems is not null && t.AsDict is { } dict) return KeyItems.Read(frame, _keyItems, dict, Pos);
        var k = Ident.Operand(Key, _keyVar, frame);
        if (k.IsSignal) return k;
        if (t.AsList is { } list && Ops.TryWholeIndex(k, list.Count, out int i)) return list[i];
        return Ops.Index(t, k, Pos);
    }

    public override string Label => "Index";
    protected override Node[] MakeChildren() => [Target, Key];
}
