using System.Text;
using System.Text.RegularExpressions;

namespace Golfcart;

/// <summary>The upstream builtins: output, input, assertions, types and conversions, time; and error/exit.</summary>
internal static partial class Builtins
{
    private static void AddCore()
    {
        Add("log", 0, -1, Log);
        Add("assert", 1, 2, Assert);
        Add("in", 0, 1, In);
        Add("type", 1, 1, (_, a) => Value.String(a[0].Type));
        Add("str", 1, 1, (cx, a) =>
        {
            string s = Display.Show(a[0]);
            cx.Alloc(Context.StringBytes(s.Length));
            return Value.String(s);
        });
        Add("num", 1, 2, Num);
        Add("len", 1, 1, Len);
        Add("keys", 1, 1, (_, a) => Value.FromList(GList.Of(new Args("keys", a).Dict(0).Entries().Select(e => DictKeys.ToValue(e.Key)))));
        Add("values", 1, 1, (_, a) => Value.FromList(GList.Of(new Args("values", a).Dict(0).Entries().Select(e => e.Value))));
        Add("time", 0, 0, (_, _) => Value.Number(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
        Add("error", 1, 1, (_, a) => throw Throw.Runtime(Display.Show(a[0])));
        Add("exit", 0, 1, Exit);
    }

    private static Value Log(Context cx, ReadOnlySpan<Value> a)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < a.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Display.Show(a[i]));
        }
        sb.Append('\n');
        cx.Out.Write(sb.ToString());
        cx.Out.Flush();
        return Value.Nil;
    }

    private static Value Assert(Context cx, ReadOnlySpan<Value> a)
    {
        if (a.Length == 1)
        {
            if (a[0].IsTrue) return Value.Nil;
            throw Throw.Runtime(a[0].IsBool ? Messages.AssertFailedBool : Messages.AssertFailed("true", Display.Repr(a[0])));
        }
        if (Value.Equal(a[0], a[1])) return Value.Nil;
        throw Throw.Runtime(Messages.AssertFailed(Display.Repr(a[1]), Display.Repr(a[0])));
    }

    private static Value In(Context cx, ReadOnlySpan<Value> a)
    {
        if (!cx.AllowStdin) throw Throw.Runtime(Messages.NotAllowed("in()", "AllowStdin"));
        if (a.Length == 1) cx.Out.Write(Display.Show(a[0]));
        cx.Out.Flush();
        string? line = cx.In.ReadLine();
        return line is null ? Value.Nil : Value.String(line);
    }

    [GeneratedRegex(@"^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$")]
    private static partial Regex NumberSyntax();

    private static Value Num(Context cx, ReadOnlySpan<Value> a)
    {
        if (a.Length == 2) return NumInBase(cx, a);
        if (a[0].IsNumber) return a[0];
        string s = new Args("num", a).String(0);
        if (TryParseSpecialNumber(s, out double special)) return Value.Number(special);
        if (!NumberSyntax().IsMatch(s)) throw Throw.Runtime(Messages.NotANumber(s));
        return Value.Number(double.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Value Len(Context cx, ReadOnlySpan<Value> a) =>
        TryLength(a[0], out int n) ? Value.Number(n) : throw new Args("len", a).Wrong(0, "a string, list or dict");

    /// <summary>What <c>len</c> gives for a plain string (in code points), a list or a dict; false for anything else.</summary>
    internal static bool TryLength(Value v, out int length)
    {
        // Value's exact-type tests (a string being built has no length here: it takes the builtin's path).
        if (v.AsList is { } list) length = list.Count;
        else if (v.IsPlainString) length = v.StrLength;
        else if (v.AsDict is { } dict) length = dict.Count;
        else
        {
            length = 0;
            return false;
        }
        return true;
    }

    private static Value Exit(Context cx, ReadOnlySpan<Value> a)
    {
        int code = a.Length == 0 ? 0 : new Args("exit", a).Integer(0);
        cx.Out.Flush();
        throw new GolfcartExitException(code);
    }
}
