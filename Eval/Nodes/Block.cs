namespace Golfcart;

/// <summary>
/// <c>{ e1 e2 … }</c>: runs its expressions in the frame it is given (the `if`, loop or call
/// that owns the block made that frame) and gives the last value, or nil when empty.
/// </summary>
internal sealed record Block(SrcPos Pos, Node[] Body) : Node(Pos)
{
    /// <summary>
    /// What running this block comes to: its one expression when it has one (the same value and
    /// signals, one virtual call fewer — a block runs in the frame it is given), else the block.
    /// </summary>
    public Node Unwrapped => Body.Length == 1 ? Body[0] : this;

    public override Value Eval(Frame frame)
    {
        if (Body.Length == 1) return Body[0].Eval(frame);
        var last = Value.Nil;
        foreach (var node in Body)
        {
            last = node.Eval(frame);
            if (last.IsSignal) return last;
        }
        return last;
    }

    public override string Label => "Block";
    protected override Node[] MakeChildren() => Body;
}
