namespace Golfcart;

/// <summary>
/// <c>if c1 { } else if c2 { } else { }</c>: one new frame for the whole chain (its conditions
/// run in it too); the value of the branch taken, or nil.
/// </summary>
internal sealed record If(SrcPos Pos, Node[] Conditions, Block[] Branches, Block? Else) : Node(Pos), IScoped
{
    /// <summary>Set by the <see cref="Resolver"/>; 0 when nothing can be declared in it, and then no frame is made.</summary>
    public int FrameSize { get; set; }

    /// <summary>Set by the <see cref="Resolver"/>: the enclosing frame's slots that hold this scope's names when it has no frame of its own.</summary>
    public int LocalsFrom { get; set; }
    public int LocalsCount { get; set; }

    // What each branch runs (see Block.Unwrapped).
    private readonly Node[] _run = Array.ConvertAll(Branches, b => b.Unwrapped);
    private readonly Node? _else = Else?.Unwrapped;

    public override Value Eval(Frame frame)
    {
        var inner = frame.Enter(FrameSize, LocalsFrom, LocalsCount);
        for (int i = 0; i < Conditions.Length; i++)
        {
            int test = Conditions[i].Test(inner, "an `if` condition");
            if (test == Ops.True) return _run[i].Eval(inner);
            if (test != Ops.False) return Signal.ValueOf(test);
        }
        return _else is null ? Value.Nil : _else.Eval(inner);
    }

    public override string Label => Else is null ? "If" : "If (with else)";

    protected override Node[] MakeChildren()
    {
        var children = new Node[Conditions.Length * 2 + (Else is null ? 0 : 1)];
        for (int i = 0; i < Conditions.Length; i++)
        {
            children[2 * i] = Conditions[i];
            children[2 * i + 1] = Branches[i];
        }
        if (Else is not null) children[^1] = Else;
        return children;
    }
}
