using System.Text;

namespace Golfcart;

/// <summary>Strings (LANGUAGE.md §11): is_digit, is_alpha, pad_left, pad_right.</summary>
internal static partial class Builtins
{
    private static void AddText()
    {
        Add("is_digit", 1, 1, (cx, a) => Value.Bool(AllAscii(cx, new Args("is_digit", a).String(0), char.IsAsciiDigit)));
        Add("is_alpha", 1, 1, (cx, a) => Value.Bool(AllAscii(cx, new Args("is_alpha", a).String(0), char.IsAsciiLetter)));
        Add("pad_left", 2, 3, (cx, a) => Pad(cx, a, "pad_left", left: true));
        Add("pad_right", 2, 3, (cx, a) => Pad(cx, a, "pad_right", left: false));
    }

    /// <summary>True when <paramref name="s"/> is not empty and every character passes the ASCII test.</summary>
    private static bool AllAscii(Context cx, string s, Func<char, bool> test)
    {
        cx.Charge(s.Length / 16);
        if (s.Length == 0) return false;
        foreach (char c in s) if (!test(c)) return false;
        return true;
    }

    /// <summary>
    /// <c>pad_left(s, width, ch?)</c> / <c>pad_right(s, width, ch?)</c>: <c>s</c> with <c>ch</c> (default a
    /// space) added on the left / right up to <c>width</c> characters (code points); a string already
    /// as wide, or a width below its length, gives <c>s</c> itself.
    /// </summary>
    private static Value Pad(Context cx, ReadOnlySpan<Value> a, string fn, bool left)
    {
        var args = new Args(fn, a);
        string s = args.String(0);
        double width = args.WholeBetween(1, -ExactLimit, ExactLimit, "a whole number");
        string ch = a.Length == 3 ? args.Char(2) : " ";
        int length = a[0].StrLength;
        if (width <= length) return a[0];
        double units = s.Length + (width - length) * ch.Length;
        cx.Alloc((long)Math.Min(Context.StringBytes(0) + 2 * units, long.MaxValue / 2));
        cx.Charge((long)(units / 64));
        if (units > Limits.MaxStringLength) throw Throw.Runtime(Messages.TooLong);
        int count = (int)width - length;
        var sb = new StringBuilder((int)units);
        if (!left) sb.Append(s);
        sb.Insert(sb.Length, ch, count);
        if (left) sb.Append(s);
        return Value.String(sb.ToString());
    }
}
