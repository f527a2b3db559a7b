namespace Golfcart;

/// <summary><c>l[i] = v</c>, <c>d[k] = v</c> (and compound forms): target and key are evaluated once.</summary>
internal sealed record AssignIndex(SrcPos Pos, Node Target, Node Key, ArithOp? Op, Node Source) : Node(Pos)
{
    /// <summary>The target and key when they are variables, read without a virtual call (<see cref="Ident.Operand"/>).</summary>
    private readonly Ident? _targetVar = Target as Ident, _keyVar = Key as Ident;

    /// <summary>The elements of a key written as a short list literal (<see cref="KeyItems"/>), for a plain <c>=</c>; else null.</summary>
    private readonly Node[]? _keyItems = Op is null ? KeyItems.Of(Key) : null;

    public override Value Eval(Frame frame)
    {
        var t = Ident.Operand(Target, _targetVar, frame);
        if (t.IsSignal) return t;
        if (_keyItems is not null && t.AsDict is { } dict) return KeyItems.Write(frame, _keyItems, dict, Source, Pos);
        var k = Ident.Operand(Key, _keyVar, frame);
        if (k.IsSignal) return k;
        var v = Source.Eval(frame);
        if (v.IsSignal) return v;
        if (Op is null && t.AsList is { } list && Ops.TryWholeIndex(k, list.Count, out int i))
        {
            list[i] = v;
            return v;
        }
        return Assign(frame, t, k, v);
    }

    // Everything but setting a list element: a compound assignment, a dict's entry, an error. Out of
    // line, so the code the runtime compiles again for every hot assignment (twice where the
    // profile-guided tier is on) stays the list's.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Value Assign(Frame frame, Value t, Value k, Value v)
    {
        if (Op is { } op) v = Ops.Arith(op, Ops.Index(t, k, Pos), v, Pos, frame.Cx);
        int before = t.AsDict is { } d ? d.Count : 0;
        Ops.SetIndex(t, k, v, Pos);
        if (t.AsDict is { } after && after.Count > before) frame.Cx.Alloc(48);
        return v;
    }

    public override string Label => $"AssignIndex {AssignOps.Text(Op)}";
    protected override Node[] MakeChildren() => [Target, Key, Source];
}
