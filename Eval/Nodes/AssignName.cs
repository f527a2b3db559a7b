namespace Golfcart;

/// <summary>
/// <c>x = v</c> (and <c>x += v</c> …): sets the nearest existing <c>x</c>, else declares it in the
/// current frame. Evaluates to the value assigned.
/// </summary>
internal sealed record AssignName(SrcPos Pos, Name Name, ArithOp? Op, Node Source) : Node(Pos)
{
    /// <summary>Set by the <see cref="Resolver"/>: where the name can live.</summary>
    public Binding Binding { get; set; } = null!;

    public override Value Eval(Frame frame)
    {
        var v = Source.Eval(frame);
        if (v.IsSignal) return v;
        if (Op is { } op)
        {
            var current = Binding.Read(frame, this);
            v = current.Obj is null && v.Obj is null
                ? Ops.Numbers(op, current.Num, v.Num, Pos) // i += 1: the common case, inline
                : Ops.Arith(op, current, v, Pos, frame.Cx);
        }
        Binding.Set(frame, v);
        return v;
    }

    public override string Label => $"Assign {Name.Text} {AssignOps.Text(Op)}";
    protected override Node[] MakeChildren() => [Source];
}
