namespace Golfcart;

/// <summary>
/// <c>{ e1 e2 … }</c>: runs its expressions in the frame it is given (the `if`, loop or call
/// that owns the block made that frame) and gives the last value, or nil when empty.
/// </summary>
internal sealed record Block(SrcPos Pos, Node[] Body) : Node(Pos)
{
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
    public override IEnumerable<Node> Children => Body;
}
