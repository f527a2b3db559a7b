namespace Golfcart;

/// <summary>
/// <c>i % 3</c>, <c>seed % 100000</c>: a remainder by a whole-number literal from 1 to 2^31 - 1. A
/// whole left operand from 0 to 2^32 - 1 takes two multiplications instead of a division, with a
/// multiplier worked out once here; anything else takes <see cref="Ops.Remainder"/>, as <see cref="Arith"/> does.
/// </summary>
internal sealed record RemainderConst(SrcPos Pos, Node Left, Literal Constant) : Arith(Pos, ArithOp.Mod, Left, Constant)
{
    /// <summary>True for a literal this node takes: a whole number from 1 to 2^31 - 1.</summary>
    public static bool Fits(double k) => k >= 1 && k <= int.MaxValue && Math.Floor(k) == k;

    private readonly uint _k = (uint)Constant.Constant.Num;

    // ⌈2^64 / k⌉ (wrapping to 0 for k = 1, which the formula below still gets right).
    private readonly ulong _multiplier = ulong.MaxValue / (uint)Constant.Constant.Num + 1;

    public override Value Eval(Frame frame)
    {
        var a = Ident.Operand(Left, LeftVar, frame);
        if (a.Obj is null)
        {
            double x = a.Num;
            if (x >= 0 && x <= uint.MaxValue)
            {
                uint whole = (uint)x;
                if (whole == x) return Value.Number(Of(whole, _k, _multiplier));
            }
            return Value.Number(Ops.Remainder(x, _k));
        }
        if (a.IsSignal) return a;
        return Ops.Arith(Op, a, Constant.Constant, Pos, frame.Cx);
    }

    /// <summary>
    /// <paramref name="x"/> mod <paramref name="k"/> for a 32-bit x and a k below 2^31, given
    /// <paramref name="multiplier"/> = ⌈2^64 / k⌉: the fraction x/k in 64-bit fixed point is
    /// multiplier·x (its low 64 bits), and that fraction times k, its high 32 bits, is the
    /// remainder (Lemire, Kaser and Kurz, "Faster remainder by direct computation", 2019).
    /// </summary>
    internal static uint Of(uint x, uint k, ulong multiplier) =>
        (uint)((((multiplier * x) >> 32) + 1) * k >> 32);
}
