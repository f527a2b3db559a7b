namespace Golfcart;

/// <summary><c>return expr</c>: parks the value in the context and hands the return signal up to the call.</summary>
internal sealed record Return(SrcPos Pos, Node? Result) : Node(Pos)
{
    public override Value Eval(Frame frame)
    {
        var v = Value.Nil;
        if (Result is not null)
        {
            v = Result.Eval(frame);
            if (v.IsSignal) return v;
        }
        frame.Cx.ReturnValue = v;
        return Signal.ReturnValue;
    }

    public override string Label => "Return";
    protected override Node[] MakeChildren() => Result is null ? [] : [Result];
}
