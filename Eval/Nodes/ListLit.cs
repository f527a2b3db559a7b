namespace Golfcart;

/// <summary><c>[a, b, c]</c>: a new list each time it runs.</summary>
internal sealed record ListLit(SrcPos Pos, Node[] Items) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        frame.Cx.Alloc(32 + 16L * Items.Length);
        var items = new Value[Math.Max(Items.Length, 4)];
        for (int i = 0; i < Items.Length; i++)
        {
            var v = Items[i].Eval(frame);
            if (v.IsSignal) return v;
            items[i] = v;
        }
        return Value.FromList(new GList(items, Items.Length));
    }

    public override string Label => $"List ({Items.Length} items)";
    protected override Node[] MakeChildren() => Items;
}
