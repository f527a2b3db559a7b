namespace Golfcart;

/// <summary>
/// Control flow travels as a returned value: a node that meets <c>break</c>, <c>continue</c>
/// or <c>return</c> hands one of these up, and each enclosing node passes it on until the
/// loop or call that consumes it. The value of a <c>return</c> waits in the context.
/// </summary>
internal sealed class Signal(string name)
{
    public readonly string Name = name;
    public static readonly Signal Break = new("break");
    public static readonly Signal Continue = new("continue");
    public static readonly Signal Return = new("return");

    public static readonly Value BreakValue = Value.FromSignal(Break);
    public static readonly Value ContinueValue = Value.FromSignal(Continue);
    public static readonly Value ReturnValue = Value.FromSignal(Return);
}
