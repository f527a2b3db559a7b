namespace Golfcart;

internal static class AssignOps
{
    public static string Text(ArithOp? op) => op is { } o ? Ops.Symbol(o) + "=" : "=";
}
