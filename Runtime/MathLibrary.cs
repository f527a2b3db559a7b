namespace Golfcart;

/// <summary>Math: abs, floor, ceil, round (half away from zero), sqrt, pow, gcd, lcm.</summary>
internal static partial class Builtins
{
    private static void AddMath()
    {
        Add("abs", 1, 1, (_, a) => Value.Number(Math.Abs(new Args("abs", a).Number(0))));
        Add("floor", 1, 1, (_, a) => Value.Number(Math.Floor(new Args("floor", a).Number(0))));
        Add("ceil", 1, 1, (_, a) => Value.Number(Math.Ceiling(new Args("ceil", a).Number(0))));
        Add("round", 1, 1, (_, a) => Value.Number(Math.Round(new Args("round", a).Number(0), MidpointRounding.AwayFromZero)));
        Add("sqrt", 1, 1, (_, a) =>
        {
            double d = new Args("sqrt", a).Number(0);
            return d < 0 ? throw Throw.Runtime(Messages.SqrtNegative) : Value.Number(Math.Sqrt(d));
        });
        Add("pow", 2, 2, (_, a) =>
        {
            var args = new Args("pow", a);
            return Value.Number(Math.Pow(args.Number(0), args.Number(1)));
        });
        Add("gcd", 2, 2, (_, a) =>
        {
            var args = new Args("gcd", a);
            return Value.Number(Gcd((long)Math.Abs(args.Whole(0)), (long)Math.Abs(args.Whole(1))));
        });
        Add("lcm", 2, 2, (_, a) =>
        {
            var args = new Args("lcm", a);
            long x = (long)Math.Abs(args.Whole(0)), y = (long)Math.Abs(args.Whole(1));
            if (x == 0 || y == 0) return Value.Number(0);
            Int128 l = (Int128)(x / Gcd(x, y)) * y;
            if (l > 9007199254740992L) throw Throw.Runtime(Messages.LcmTooLarge);
            return Value.Number((double)(long)l);
        });
    }

    private static long Gcd(long x, long y)
    {
        while (y != 0) (x, y) = (y, x % y);
        return x;
    }
}
