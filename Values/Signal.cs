namespace Golfcart;

/// <summary>
/// Control flow travels as a returned value: a node that meets <c>break</c>, <c>continue</c>
/// or <c>return</c> hands one of these up, and each enclosing node passes it on until the
/// loop or call that consumes it. The value of a <c>return</c> waits in the context.
/// </summary>
internal sealed class Signal(string name, int code)
{
    public readonly string Name = name;

    /// <summary>How <see cref="Node.Test"/> hands this signal up: a number above <see cref="Ops.True"/>.</summary>
    public readonly int Code = code;

    public static readonly Signal Break = new("break", 2);
    public static readonly Signal Continue = new("continue", 3);
    public static readonly Signal Return = new("return", 4);

    /// <summary>The signal value of a <see cref="Code"/>.</summary>
    public static Value ValueOf(int code) =>
        code == Break.Code ? BreakValue : code == Continue.Code ? ContinueValue : ReturnValue;

    public static readonly Value BreakValue = Value.FromSignal(Break);
    public static readonly Value ContinueValue = Value.FromSignal(Continue);
    public static readonly Value ReturnValue = Value.FromSignal(Return);
}
