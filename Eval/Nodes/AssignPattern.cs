namespace Golfcart;

/// <summary>
/// <c>[a, b] = pair</c>, <c>[[r, c], d] = heap_pop(q)</c>, <c>[xs[0], d.k] = [1, 2]</c>: the value
/// must be a list with as many elements as the pattern has targets; they are assigned left to
/// right, each by the assignment rule. Evaluates to the list. The pattern is the list literal as
/// written, its elements names, indexes, members or patterns.
/// </summary>
internal sealed record AssignPattern(SrcPos Pos, ListLit Pattern, Node Source) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var v = Source.Eval(frame);
        if (v.IsSignal) return v;
        var signal = Unpack(frame, Pattern, v);
        return signal.IsSignal ? signal : v;
    }

    /// <summary>Assigns the elements of <paramref name="v"/> to the targets of <paramref name="pattern"/>; a signal if a target's own expression gave one.</summary>
    private static Value Unpack(Frame frame, ListLit pattern, Value v)
    {
        var items = Elements(pattern, v);
        var targets = pattern.Items;
        for (int i = 0; i < targets.Length; i++)
        {
            var signal = Assign(frame, targets[i], items[i]);
            if (signal.IsSignal) return signal;
        }
        return default;
    }

    /// <summary>The elements of the list a pattern unpacks, as they are now (the targets may change the list).</summary>
    public static Value[] Elements(ListLit pattern, Value v)
    {
        if (v.AsList is not { } list) throw Throw.At(pattern.Pos, Messages.UnpackNotList(v.Type));
        if (list.Count != pattern.Items.Length) throw Throw.At(pattern.Pos, Messages.UnpackLength(list.Count, pattern.Items.Length));
        return list.ToArray();
    }

    private static Value Assign(Frame frame, Node target, Value v)
    {
        switch (target)
        {
            case Ident id:
                id.Binding.Set(frame, v);
                return default;
            case Index ix:
            {
                var t = ix.Target.Eval(frame);
                if (t.IsSignal) return t;
                var k = ix.Key.Eval(frame);
                if (k.IsSignal) return k;
                Ops.SetIndex(t, k, v, ix.Pos);
                return default;
            }
            case Member m:
            {
                var t = m.Target.Eval(frame);
                if (t.IsSignal) return t;
                Ops.SetMember(t, m.Key, v, m.Pos);
                return default;
            }
            default:
                return Unpack(frame, (ListLit)target, v);
        }
    }

    /// <summary>Every name a pattern assigns, nested ones included.</summary>
    public static IEnumerable<Ident> Names(ListLit pattern)
    {
        foreach (var item in pattern.Items)
        {
            if (item is Ident id) yield return id;
            else if (item is ListLit inner)
                foreach (var n in Names(inner)) yield return n;
        }
    }

    public override string Label => "AssignPattern =";
    protected override Node[] MakeChildren() => [Pattern, Source];
}
