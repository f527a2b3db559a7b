namespace Golfcart;

/// <summary>
/// Numbers (LANGUAGE.md §11): div, mod, sign, powmod, to_base; and for <c>num</c>, the words inf,
/// -inf and nan and whole numbers in a base.
/// </summary>
internal static partial class Builtins
{
    /// <summary>2^53: past it whole numbers stop being exact doubles.</summary>
    private const double ExactLimit = 9007199254740992.0;

    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    private static void AddNumbers()
    {
        Add("div", 2, 2, (_, a) => Value.Number(FloorDivMod("div", a, out double _)));
        Add("mod", 2, 2, (_, a) =>
        {
            FloorDivMod("mod", a, out double mod);
            return Value.Number(mod);
        });
        Add("sign", 1, 1, (_, a) =>
        {
            double x = new Args("sign", a).Number(0);
            return Value.Number(double.IsNaN(x) ? x : Math.Sign(x));
        });
        Add("powmod", 3, 3, PowMod);
        Add("to_base", 2, 2, ToBase);
    }

    /// <summary>
    /// Python's floor division and modulo of two numbers: the quotient is floored, the remainder has
    /// the sign of the divisor, and <c>a == b * div + mod</c>. Computed as CPython does for floats
    /// (from the exact <c>fmod</c>), so whole numbers up to 2^53 are exact and <c>div(1, 0.1)</c> is 9,
    /// the floor of the true quotient of the two doubles. A zero result is 0, never -0.
    /// </summary>
    private static double FloorDivMod(string fn, ReadOnlySpan<Value> a, out double mod)
    {
        var args = new Args(fn, a);
        double x = args.Number(0), b = args.Number(1);
        if (b == 0) throw Throw.Runtime(Messages.DivisionByZeroIn(fn));
        mod = x % b; // C#'s % on doubles is fmod: exact, with the sign of x
        double div = (x - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
                div -= 1;
            }
        }
        else mod = 0;
        double floor;
        if (div != 0)
        {
            // (a - mod) / b is within rounding of a whole number: snap to it
            floor = Math.Floor(div);
            if (div - floor > 0.5) floor += 1;
        }
        else floor = 0;
        return floor == 0 ? 0 : floor;
    }

    /// <summary><c>powmod(a, b, m)</c>: a^b mod m, exact for whole numbers up to 2^53, in 0 to m - 1 as Python's <c>pow(a, b, m)</c>.</summary>
    private static Value PowMod(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("powmod", a);
        double x = args.WholeBetween(0, -ExactLimit, ExactLimit, "a whole number");
        double e = args.WholeBetween(1, 0, ExactLimit, "a whole number ≥ 0");
        double m = args.WholeBetween(2, 1, ExactLimit, "a whole number ≥ 1");
        ulong mod = (ulong)m;
        long signed = (long)x % (long)mod;
        ulong b = (ulong)(signed < 0 ? signed + (long)mod : signed);
        ulong result = 1 % mod;
        // Square and multiply; each product of two numbers below 2^53 fits in 128 bits.
        for (ulong n = (ulong)e; n > 0; n >>= 1)
        {
            if ((n & 1) != 0) result = (ulong)((UInt128)result * b % mod);
            b = (ulong)((UInt128)b * b % mod);
        }
        cx.Charge(1);
        return Value.Number(result);
    }

    /// <summary><c>to_base(n, base)</c>: the digits of a whole number in base 2–36, lowercase, with a leading <c>-</c> when negative.</summary>
    private static Value ToBase(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("to_base", a);
        double n = args.WholeBetween(0, -ExactLimit, ExactLimit, "a whole number");
        int radix = (int)args.WholeBetween(1, 2, 36, "a base from 2 to 36");
        ulong magnitude = (ulong)Math.Abs(n);
        Span<char> buffer = stackalloc char[64];
        int at = buffer.Length;
        do
        {
            buffer[--at] = Digits[(int)(magnitude % (ulong)radix)];
            magnitude /= (ulong)radix;
        }
        while (magnitude > 0);
        if (n < 0) buffer[--at] = '-';
        return Value.String(new string(buffer[at..]));
    }

    /// <summary>
    /// <c>num(s, base)</c>: a whole number written in base 2–36 (digits in either case, an optional
    /// sign, white space around it allowed); an error past 2^53, where whole numbers stop being exact.
    /// </summary>
    private static Value NumInBase(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("num", a);
        string text = args.String(0);
        int radix = (int)args.WholeBetween(1, 2, 36, "a base from 2 to 36");
        cx.Charge(text.Length / 16);
        var s = text.AsSpan().Trim();
        bool negative = s.Length > 0 && s[0] == '-';
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+')) s = s[1..];
        if (s.IsEmpty) throw Throw.Runtime(Messages.NotANumberInBase(text, radix));
        ulong value = 0;
        foreach (char c in s)
        {
            int digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : int.MaxValue;
            if (digit >= radix) throw Throw.Runtime(Messages.NotANumberInBase(text, radix));
            value = value * (ulong)radix + (ulong)digit; // at most 2^53 * 36 + 35: no overflow
            if (value > (ulong)ExactLimit) throw Throw.Runtime(Messages.NotExact("num"));
        }
        return Value.Number(negative && value != 0 ? -(double)value : value);
    }

    /// <summary>The words <c>num</c> reads as Python's <c>float</c> does: inf, infinity and nan, any case, with a sign.</summary>
    private static bool TryParseSpecialNumber(string text, out double value)
    {
        var s = text.AsSpan().Trim();
        double sign = 1;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            if (s[0] == '-') sign = -1;
            s = s[1..];
        }
        if (s.Equals("inf", StringComparison.OrdinalIgnoreCase) || s.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            value = sign * double.PositiveInfinity;
        else if (s.Equals("nan", StringComparison.OrdinalIgnoreCase))
            value = double.NaN;
        else
        {
            value = 0;
            return false;
        }
        return true;
    }
}
