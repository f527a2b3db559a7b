using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Golfcart;

/// <summary>
/// Strings: split, join, trim, upper, lower, replace, starts_with, ends_with, chars, ord, chr,
/// repeat, ints, match, find_all.
/// </summary>
internal static partial class Builtins
{
    private static void AddStrings()
    {
        Add("split", 1, 2, Split);
        Add("join", 1, 2, Join);
        Add("trim", 1, 1, (_, a) => Value.String(new Args("trim", a).String(0).Trim()));
        Add("upper", 1, 1, (_, a) => Value.String(new Args("upper", a).String(0).ToUpperInvariant()));
        Add("lower", 1, 1, (_, a) => Value.String(new Args("lower", a).String(0).ToLowerInvariant()));
        Add("replace", 3, 3, Replace);
        Add("starts_with", 2, 2, (_, a) =>
        {
            var args = new Args("starts_with", a);
            return Value.Bool(args.String(0).StartsWith(args.String(1), StringComparison.Ordinal));
        });
        Add("ends_with", 2, 2, (_, a) =>
        {
            var args = new Args("ends_with", a);
            return Value.Bool(args.String(0).EndsWith(args.String(1), StringComparison.Ordinal));
        });
        Add("chars", 1, 1, (cx, a) =>
        {
            var v = a[0];
            string s = new Args("chars", a).String(0);
            cx.Alloc(32 + 40L * v.StrLength);
            var list = new GList(v.StrLength);
            for (int i = 0; i < v.StrLength; i++) list.Add(Value.String(CodePoints.At(v, i)));
            cx.Charge(list.Count);
            return Value.FromList(list);
        });
        Add("ord", 1, 1, (_, a) =>
        {
            string s = new Args("ord", a).String(0);
            if (a[0].StrLength != 1) throw Throw.Runtime(Messages.NotOneChar("ord", s));
            return Value.Number(char.ConvertToUtf32(s, 0));
        });
        Add("chr", 1, 1, (_, a) =>
        {
            double n = new Args("chr", a).Number(0);
            if (n != Math.Floor(n) || n < 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) throw Throw.Runtime(Messages.NotCodePoint(n));
            return Value.String(char.ConvertFromUtf32((int)n));
        });
        Add("repeat", 2, 2, Repeat);
        Add("ints", 1, 1, Ints);
        Add("match", 2, 2, Match);
        Add("find_all", 2, 2, FindAll);
    }

    private static Value Split(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("split", a);
        string s = args.String(0);
        string[] parts;
        if (a.Length == 1)
        {
            parts = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        }
        else
        {
            string sep = args.String(1);
            if (sep.Length == 0) throw Throw.Runtime(Messages.EmptySeparator);
            parts = s.Split(sep);
        }
        cx.Charge(parts.Length);
        cx.Alloc(32 + 16L * parts.Length + Context.StringBytes(s.Length));
        var list = new GList(parts.Length);
        foreach (var p in parts) list.Add(Value.String(p));
        return Value.FromList(list);
    }

    /// <summary><c>join(list, sep)</c>: the elements in display form (strings raw), between them <c>sep</c> (default "").</summary>
    private static Value Join(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("join", a);
        var list = args.List(0);
        string sep = a.Length > 1 ? args.String(1) : "";
        var sb = new StringBuilder();
        var parts = new StringBuilder();
        long sb2 = 0;
        var items = list.Span;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(Display.Show(items[i]));
            if (sb.Length > 4096)
            {
                cx.Alloc(Context.StringBytes(sb.Length));
                cx.Charge(sb.Length >> 6);
                sb2 += sb.Length;
                if (sb2 > Limits.MaxStringLength) throw Throw.Runtime(Messages.TooLong);
                parts.Append(sb);
                sb.Clear();
            }
        }
        cx.Charge(items.Length);
        cx.Alloc(Context.StringBytes(sb.Length));
        if (sb2 + sb.Length > Limits.MaxStringLength) throw Throw.Runtime(Messages.TooLong);
        return Value.String(parts.Length == 0 ? sb.ToString() : parts.Append(sb).ToString());
    }

    private static Value Replace(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("replace", a);
        string s = args.String(0), old = args.String(1), with = args.String(2);
        if (old.Length == 0) throw Throw.Runtime(Messages.EmptyReplace);
        if (with.Length > old.Length)
        {
            long count = 0;
            for (int i = s.IndexOf(old, StringComparison.Ordinal); i >= 0; i = s.IndexOf(old, i + old.Length, StringComparison.Ordinal)) count++;
            long grown = s.Length + count * (with.Length - old.Length);
            cx.Alloc(Context.StringBytes(grown));
            if (grown > Limits.MaxStringLength) throw Throw.Runtime(Messages.TooLong);
        }
        else cx.Alloc(Context.StringBytes(s.Length));
        cx.Charge(s.Length / 16);
        return Value.String(s.Replace(old, with, StringComparison.Ordinal));
    }

    /// <summary><c>repeat(s, n)</c> is s n times; <c>repeat(list, n)</c> a new list of its elements n times.</summary>
    private static Value Repeat(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("repeat", a);
        double n = args.Number(1);
        if (n != Math.Floor(n) || n < 0) throw args.Wrong(1, "a whole number ≥ 0");
        if (a[0].Obj is GList l)
        {
            double total = n * l.Count;
            cx.Alloc(32 + (long)Math.Min(16 * total, long.MaxValue / 2));
            cx.Charge((long)Math.Min(total, long.MaxValue / 2));
            if (total > Limits.MaxElements) throw Throw.Runtime(Messages.TooMany("repeat", total, Limits.MaxElements));
            var result = new GList((int)total);
            for (int k = 0; k < (int)n; k++) foreach (var v in l.ToArray()) result.Add(v);
            return Value.FromList(result);
        }
        if (a[0].Obj is not string s) throw args.Wrong(0, "a string or list");
        double chars = n * s.Length;
        cx.Alloc((long)Math.Min(Context.StringBytes(0) + 2 * chars, long.MaxValue / 2));
        cx.Charge((long)Math.Min(chars / 64, long.MaxValue / 2));
        if (chars > Limits.MaxStringLength) throw Throw.Runtime(Messages.TooLong);
        return Value.String(new StringBuilder(s.Length * (int)n).Insert(0, s, (int)n).ToString());
    }

    /// <summary>Every integer in the text; a <c>-</c> is a minus sign unless a digit comes just before it.</summary>
    private static Value Ints(Context cx, ReadOnlySpan<Value> a)
    {
        string s = new Args("ints", a).String(0);
        var list = new GList();
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiDigit(s[i])) { i++; continue; }
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            bool negative = start > 0 && s[start - 1] == '-' && (start < 2 || !char.IsAsciiDigit(s[start - 2]));
            double d = double.Parse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
            list.Add(Value.Number(negative ? -d : d));
        }
        cx.Charge(list.Count);
        return Value.FromList(list);
    }

    private static Regex CompileRegex(Context cx, string fn, string pattern)
    {
        var cache = cx.RegexCache;
        if (cache.TryGetValue(pattern, out var cached)) return cached;
        try
        {
            var re = new Regex(pattern, RegexOptions.CultureInvariant, cx.RegexTimeout);
            if (cache.Count >= 256) cache.Clear();
            cache[pattern] = re;
            return re;
        }
        catch (ArgumentException e)
        {
            throw Throw.Runtime(Messages.BadRegex(fn, e.Message));
        }
    }

    private static Value Groups(System.Text.RegularExpressions.Match m)
    {
        var list = new GList(m.Groups.Count);
        foreach (Group g in m.Groups) list.Add(g.Success ? Value.String(g.Value) : Value.Nil);
        return Value.FromList(list);
    }

    /// <summary><c>match(s, re)</c>: the first match anywhere in s as <c>[whole, group1, …]</c>, or nil.</summary>
    private static Value Match(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("match", a);
        string s = args.String(0);
        var re = CompileRegex(cx, "match", args.String(1));
        try
        {
            var m = re.Match(s);
            return m.Success ? Groups(m) : Value.Nil;
        }
        catch (RegexMatchTimeoutException)
        {
            throw Throw.Runtime(Messages.RegexTimeout("match", cx.RegexTimeout));
        }
    }

    /// <summary><c>find_all(s, re)</c>: every match; strings when the pattern has no groups, else <c>[whole, group1, …]</c> lists.</summary>
    private static Value FindAll(Context cx, ReadOnlySpan<Value> a)
    {
        var args = new Args("find_all", a);
        string s = args.String(0);
        var re = CompileRegex(cx, "find_all", args.String(1));
        var list = new GList();
        try
        {
            bool groups = re.GetGroupNumbers().Length > 1;
            for (var m = re.Match(s); m.Success; m = m.NextMatch())
            {
                list.Add(groups ? Groups(m) : Value.String(m.Value));
                if (list.Count > Limits.MaxElements) throw Throw.Runtime(Messages.TooMany("find_all", list.Count, Limits.MaxElements));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            throw Throw.Runtime(Messages.RegexTimeout("find_all", cx.RegexTimeout));
        }
        cx.Charge(list.Count);
        return Value.FromList(list);
    }
}
