namespace Golfcart;

/// <summary>Input: <c>read(path)</c>, <c>read()</c>, <c>lines(s)</c>, <c>args()</c>.</summary>
internal static partial class Builtins
{
    private static void AddInput()
    {
        Add("read", 0, 1, Read);
        Add("lines", 1, 1, Lines);
        Add("args", 0, 0, (cx, _) => Value.FromList(GList.Of(cx.ScriptArgs.Select(Value.String))));
    }

    private static Value Read(Context cx, ReadOnlySpan<Value> a)
    {
        if (a.Length == 0)
        {
            if (!cx.AllowStdin) throw Throw.Runtime(Messages.NotAllowed("read() from the input", "AllowStdin"));
            return Value.String(cx.In.ReadToEnd());
        }
        string path = new Args("read", a).String(0);
        if (!cx.AllowFiles) throw Throw.Runtime(Messages.NotAllowed("read() of a file", "AllowFiles"));
        try
        {
            string full = Path.GetFullPath(path, Directory.GetCurrentDirectory());
            return Value.String(File.ReadAllText(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ when Directory.Exists(path) => "it is a directory",
                _ => e.Message,
            };
            throw Throw.Runtime(Messages.CannotRead(path, why));
        }
    }

    /// <summary>Splits on <c>\n</c> or <c>\r\n</c>, dropping one final empty line: <c>lines("a\nb\n")</c> is <c>["a", "b"]</c>.</summary>
    private static Value Lines(Context cx, ReadOnlySpan<Value> a)
    {
        string s = new Args("lines", a).String(0);
        var list = new GList();
        int start = 0;
        while (start < s.Length)
        {
            int nl = s.IndexOf('\n', start);
            if (nl < 0)
            {
                list.Add(Value.String(s[start..]));
                break;
            }
            int end = nl > start && s[nl - 1] == '\r' ? nl - 1 : nl;
            list.Add(Value.String(s[start..end]));
            start = nl + 1;
        }
        cx.Charge(list.Count);
        return Value.FromList(list);
    }
}
