namespace Golfcart;

/// <summary><c>{a: 1, "b c": 2, (k): 3, [x, y]: 4}</c>: a bare name key is already a string literal here.</summary>
internal sealed record DictLit(SrcPos Pos, Node[] Keys, Node[] Values) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        frame.Cx.Alloc(64 + 48L * Keys.Length);
        var dict = Keys.Length == 0 ? new GDict() : new GDict(Keys.Length); // a record literal is usually not grown
        for (int i = 0; i < Keys.Length; i++)
        {
            var k = Keys[i].Eval(frame);
            if (k.IsSignal) return k;
            object? other = k.IsString ? null : DictKeys.Of(k, Keys[i].Pos); // a number or a key list
            var v = Values[i].Eval(frame);
            if (v.IsSignal) return v;
            if (other is null) dict.Set(k.Str, v); // a string, the common case: no general key's type test
            else dict.Set(other, v);
        }
        return Value.FromDict(dict);
    }

    public override string Label => $"Dict ({Keys.Length} entries)";
    protected override Node[] MakeChildren()
    {
        // A plain loop: LINQ over the pairs would be compiled at run time for every program with a dict literal.
        var children = new Node[Keys.Length * 2];
        for (int i = 0; i < Keys.Length; i++)
        {
            children[2 * i] = Keys[i];
            children[2 * i + 1] = Values[i];
        }
        return children;
    }
}
