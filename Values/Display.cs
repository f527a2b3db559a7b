using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Golfcart;

/// <summary>How values print: the form <c>log</c>, <c>str</c> and the runner use.</summary>
internal static class Display
{
    /// <summary>The display form: strings raw at top level, quoted inside containers.</summary>
    public static string Show(in Value v) => v.IsString ? v.Str : Build(v, quoteTop: true);

    /// <summary>The echo form the REPL uses: strings quoted at top level too.</summary>
    public static string Repr(in Value v) => Build(v, quoteTop: true);

    private static string Build(in Value v, bool quoteTop)
    {
        if (v.Obj is null) return FormatNumber(v.Num);
        var sb = new StringBuilder();
        Write(sb, v, [], quoteTop);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, in Value v, List<object> open, bool quote)
    {
        switch (v.Kind)
        {
            case ValueKind.Number: sb.Append(FormatNumber(v.Num)); break;
            case ValueKind.String: if (quote) Quote(sb, v.Str); else sb.Append(v.Str); break;
            case ValueKind.Bool: sb.Append(v.AsBool ? "true" : "false"); break;
            case ValueKind.Nil: sb.Append("nil"); break;
            case ValueKind.Function: sb.Append(((GFunction)v.Obj!).Display); break;
            case ValueKind.List: WriteList(sb, v.List, open); break;
            case ValueKind.Dict: WriteDict(sb, v.Dict, open); break;
            default: sb.Append("<signal>"); break;
        }
    }

    private static void Enter(List<object> open, object container)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Throw.Runtime(Messages.DisplayTooDeep);
        open.Add(container);
    }

    private static bool IsOpen(List<object> open, object container)
    {
        foreach (var o in open) if (ReferenceEquals(o, container)) return true;
        return false;
    }

    private static void WriteList(StringBuilder sb, GList list, List<object> open)
    {
        if (IsOpen(open, list)) { sb.Append("[...]"); return; }
        Enter(open, list);
        sb.Append('[');
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, list[i], open, quote: true);
        }
        sb.Append(']');
        open.RemoveAt(open.Count - 1);
    }

    private static void WriteDict(StringBuilder sb, GDict dict, List<object> open)
    {
        if (IsOpen(open, dict)) { sb.Append("{...}"); return; }
        Enter(open, dict);
        sb.Append('{');
        bool first = true;
        foreach (var (key, value) in dict.Entries())
        {
            if (!first) sb.Append(", ");
            first = false;
            if (key is not string s) Write(sb, DictKeys.ToValue(key), open, quote: true); // a key list: [1, 2]
            else if (IsBareKey(s)) sb.Append(s);
            else Quote(sb, s);
            sb.Append(": ");
            Write(sb, value, open, quote: true);
        }
        sb.Append('}');
        open.RemoveAt(open.Count - 1);
    }

    /// <summary>Keys that read as identifiers (and are not keywords) print bare.</summary>
    public static bool IsBareKey(string key)
    {
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_')) return false;
        foreach (char c in key) if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return !Scanner.IsKeyword(key);
    }

    public static void Quote(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }

    /// <summary>
    /// Shortest round-trip digits, never an exponent: 2^70 prints 1180591620717411300000,
    /// 1e-7 prints 0.0000001; NaN and the infinities print nan, inf, -inf.
    /// </summary>
    private static readonly string?[] SmallIntegers = new string?[1 << 14];

    public static string FormatNumber(double d)
    {
        if (d >= 0 && d < SmallIntegers.Length && d == (int)d && !(d == 0 && double.IsNegative(d)))
        {
            // dict keys like d[i] and str(i): the same few strings, made once
            int n = (int)d;
            return SmallIntegers[n] ??= n.ToString(CultureInfo.InvariantCulture);
        }
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == Math.Floor(d) && Math.Abs(d) < 1e15)
            return d == 0 && double.IsNegative(d) ? "-0" : ((long)d).ToString(CultureInfo.InvariantCulture);
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E');
        if (e < 0) return r;
        int exp = int.Parse(r.AsSpan(e + 1), CultureInfo.InvariantCulture);
        string mantissa = r[..e];
        bool negative = mantissa.StartsWith('-');
        if (negative) mantissa = mantissa[1..];
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int pointAt = (dot < 0 ? mantissa.Length : dot) + exp; // digits before the decimal point
        string body;
        if (pointAt <= 0) body = "0." + new string('0', -pointAt) + digits;
        else if (pointAt >= digits.Length) body = digits + new string('0', pointAt - digits.Length);
        else body = digits[..pointAt] + "." + digits[pointAt..];
        return negative ? "-" + body : body;
    }
}
