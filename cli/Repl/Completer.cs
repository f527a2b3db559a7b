namespace Golfcart.Cli.Repl;

/// <summary>
/// The candidates for Tab, from the text before the cursor: <c>:command</c> names at the start of
/// an input; after <c>name.</c>, the list methods when <c>name</c> holds a list and the keys when
/// it holds a dict (and so on down <c>d.inner.</c>); elsewhere keywords, builtins and the names
/// defined in the session. Nothing inside a string or a comment.
/// </summary>
public static class Completer
{
    /// <summary>The methods a list has (docs/library.md, "List methods"), as the library lists them.</summary>
    public static readonly IReadOnlyList<string> ListMethods = Language.ListMethodNames;

    /// <param name="before">The input before the cursor, its lines joined with <c>\n</c>.</param>
    /// <param name="session">The session whose names and values count.</param>
    public static Completion Complete(string before, ReplSession session)
    {
        string line = before[(before.LastIndexOf('\n') + 1)..];
        string trimmed = line.TrimStart();
        if (line.Length == before.Length && trimmed.StartsWith(':'))
        {
            if (!trimmed[1..].All(char.IsAsciiLetter)) return Completion.None;
            return new Completion(trimmed.Length, Sorted(ReplSession.MetaCommands.Where(m => m.StartsWith(trimmed, StringComparison.Ordinal))));
        }
        if (SourceScan.AtEnd(before) != SourceScan.Place.Code) return Completion.None;

        int start = line.Length;
        while (start > 0 && IsNamePart(line[start - 1])) start--;
        string fragment = line[start..];
        if (fragment.Length > 0 && char.IsAsciiDigit(fragment[0])) return Completion.None; // a number

        if (start > 0 && line[start - 1] == '.')
        {
            var members = Members(line, start - 1, session);
            return new Completion(fragment.Length, Sorted(members.Where(m => m.StartsWith(fragment, StringComparison.Ordinal))));
        }
        if (trimmed.Length == 0) return new Completion(0, [], Indent: true);
        var names = session.CompletionCandidates().Where(n => !n.StartsWith(':') && n.StartsWith(fragment, StringComparison.Ordinal));
        return new Completion(fragment.Length, Sorted(names));
    }

    private static string[] Sorted(IEnumerable<string> names) => names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The names that can follow <c>path.</c>, where the dot is at <paramref name="dot"/>.</summary>
    private static IEnumerable<string> Members(string text, int dot, ReplSession session)
    {
        var path = new List<string>();
        int end = dot;
        while (true)
        {
            int s = end;
            while (s > 0 && IsNamePart(text[s - 1])) s--;
            if (s == end || char.IsAsciiDigit(text[s])) return []; // not a name before the dot: `f(x).`, `1.`
            path.Insert(0, text[s..end]);
            if (s > 0 && text[s - 1] == '.')
            {
                end = s - 1;
                continue;
            }
            break;
        }
        object? value = session.Engine.GetValue(path[0]).ToObject();
        foreach (string key in path.Skip(1))
            value = value is IDictionary<string, object?> d && d.TryGetValue(key, out var inner) ? inner : null;
        return value switch
        {
            IDictionary<string, object?> dict => dict.Keys.Where(IsName),
            IList<object?> => ListMethods,
            _ => [],
        };
    }

    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsName(string s) =>
        s.Length > 0 && (char.IsAsciiLetter(s[0]) || s[0] == '_') && s.All(IsNamePart) && !Language.Keywords.Contains(s);
}
