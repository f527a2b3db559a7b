using System.Text;

namespace Golfcart;

/// <summary>Strings and lists alike: contains, index_of, slice, reverse.</summary>
internal static partial class Builtins
{
    private static void AddSequences()
    {
        Add("contains", 2, 2, Contains);
        Add("index_of", 2, 2, IndexOf);
        Add("slice", 2, 3, Slice);
        Add("reverse", 1, 1, Reverse);
    }

    /// <summary><c>contains(s, sub)</c> substring; <c>contains(list, x)</c> by the language's equality; <c>contains(dict, key)</c> a key.</summary>
    private static Value Contains(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("contains", a);
        switch (a[0].Obj)
        {
            case string s:
                return Value.Bool(s.Contains(args.String(1), StringComparison.Ordinal));
            case GList l:
                cx.Charge(l.Count / 8);
                foreach (var v in l.Span) if (Value.Equal(v, a[1])) return Value.True;
                return Value.False;
            case GDict d:
                return Value.Bool(a[1].AsList is { } list ? d.Has(list, null) : d.Has(args.Key(1)));
            default:
                throw args.Wrong(0, "a string, list or dict");
        }
    }

    /// <summary>The first position of a substring (in code points) or an element, or -1.</summary>
    private static Value IndexOf(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("index_of", a);
        switch (a[0].Obj)
        {
            case string s:
            {
                int at = s.IndexOf(args.String(1), StringComparison.Ordinal);
                if (at <= 0) return Value.Number(at);
                return Value.Number(a[0].StrLength == s.Length ? at : CodePoints.Count(s[..at]));
            }
            case GList l:
            {
                cx.Charge(l.Count / 8);
                var items = l.Span;
                for (int i = 0; i < items.Length; i++) if (Value.Equal(items[i], a[1])) return Value.Number(i);
                return Value.Number(-1);
            }
            default:
                throw args.Wrong(0, "a string or list");
        }
    }

    /// <summary>Python-style bounds: negative counts from the end; out-of-range bounds are clamped; nil end means the end.</summary>
    private static (int Start, int End) SliceBounds(Args args, int length)
    {
        static int Bound(double d, int length) =>
            d < 0 ? (int)Math.Max(0, length + d) : (int)Math.Min(length, d);

        double start = args.Number(1);
        if (start != Math.Floor(start)) throw args.Wrong(1, "a whole number");
        double end = length;
        if (args.Count > 2 && !args[2].IsNil)
        {
            end = args.Number(2);
            if (end != Math.Floor(end)) throw args.Wrong(2, "a whole number or nil");
        }
        int s = Bound(start, length), e = Bound(end, length);
        return (s, Math.Max(s, e));
    }

    private static Value Slice(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("slice", a);
        switch (a[0].Obj)
        {
            case string s:
            {
                var (start, end) = SliceBounds(args, a[0].StrLength);
                int from = CodePoints.Offset(s, a[0].StrLength, start);
                int to = CodePoints.Offset(s, a[0].StrLength, end);
                cx.Charge((to - from) / 16);
                return Value.String(s[from..to]);
            }
            case GList l:
            {
                var (start, end) = SliceBounds(args, l.Count);
                cx.Charge(end - start);
                var items = l.Span[start..end].ToArray();
                return Value.FromList(new GList(items, items.Length));
            }
            default:
                throw args.Wrong(0, "a string or list");
        }
    }

    private static Value Reverse(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("reverse", a);
        switch (a[0].Obj)
        {
            case string s:
            {
                cx.Charge(s.Length / 16);
                if (a[0].StrLength == s.Length)
                {
                    var chars = s.ToCharArray();
                    Array.Reverse(chars);
                    return Value.String(new string(chars));
                }
                var runes = s.EnumerateRunes().ToArray();
                Array.Reverse(runes);
                var sb = new StringBuilder(s.Length);
                foreach (var r in runes) sb.Append(r.ToString());
                return Value.String(sb.ToString());
            }
            case GList l:
            {
                cx.Charge(l.Count);
                var items = l.ToArray();
                Array.Reverse(items);
                return Value.FromList(new GList(items, items.Length));
            }
            default:
                throw args.Wrong(0, "a string or list");
        }
    }
}
