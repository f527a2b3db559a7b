using Spectre.Console;
using Spectre.Console.Advanced;

namespace Golfcart.Cli.Repl;

/// <summary>
/// Ctrl-R: readline's incremental reverse search of the history. Typing refines the search,
/// Backspace takes back the last character, Ctrl-R again finds an older match, Enter runs the
/// match, Esc or Ctrl-G gives back the input as it was, and any other key leaves the match in the
/// editor and acts there (Left, Home, Ctrl-E ... to edit it; Ctrl-C drops the input).
/// </summary>
/// <remarks>
/// RadLine's editor inserts every printable key itself, so it cannot collect a search text:
/// the search reads its keys and draws its line itself, between two editor sessions.
/// </remarks>
internal sealed class ReverseSearch(IAnsiConsole console, KeySource keys, HistoryFile history)
{
    private readonly record struct State(string Query, int Match, bool Failing);

    /// <summary>Searches, starting from the input <paramref name="original"/>; returns how the editor goes on.</summary>
    public EditStart Run(EditStart original)
    {
        var state = new State("", -1, false);
        var earlier = new Stack<State>();
        int drawn = Draw(state, 0);
        while (true)
        {
            var key = keys.Next();
            if (key.IsText)
            {
                earlier.Push(state);
                string query = state.Query + key.Char;
                // The current match stays while it still contains the longer text.
                int found = history.Search(query, state.Match < 0 ? history.Entries.Count : state.Match + 1);
                state = found >= 0 ? new State(query, found, false) : state with { Query = query, Failing = true };
            }
            else if (key.Is(ConsoleKey.Backspace))
            {
                if (earlier.Count > 0) state = earlier.Pop();
            }
            else if (key.IsControl('r'))
            {
                if (state.Query.Length > 0 && state.Match >= 0)
                {
                    earlier.Push(state);
                    int found = Older(state.Query, state.Match);
                    state = found >= 0 ? state with { Match = found, Failing = false } : state with { Failing = true };
                }
            }
            else if (key.Is(ConsoleKey.Escape) || key.IsControl('g'))
            {
                Clear(drawn);
                return original;
            }
            else if (key.IsControl('c'))
            {
                Clear(drawn);
                return original with { Then = [key] };
            }
            else
            {
                // Enter runs what is shown; any other key edits it.
                Clear(drawn);
                return state.Match >= 0 ? EditStart.AtEnd(history.Entries[state.Match], key) : original with { Then = [key] };
            }
            drawn = Draw(state, drawn);
        }
    }

    /// <summary>The newest entry older than <paramref name="match"/> that contains the text and differs from the match.</summary>
    private int Older(string query, int match)
    {
        int found = history.Search(query, match);
        while (found >= 0 && history.Entries[found] == history.Entries[match]) found = history.Search(query, found);
        return found;
    }

    /// <summary>Draws the search line (and the match's further lines) over the last drawing; returns the lines drawn.</summary>
    private int Draw(State state, int drawn)
    {
        string label = state.Failing ? "(failing reverse-i-search)" : "(reverse-i-search)";
        string[] match = state.Match >= 0 ? history.Entries[state.Match].Split('\n') : [""];
        int width = Math.Max(20, console.Profile.Width) - 1;
        var lines = match.Select((l, i) => i == 0 ? $"{label}`{state.Query}': {l}" : l).Select(l => l.Length > width ? l[..width] : l).ToArray();
        console.WriteAnsi(Up(drawn) + "\r\u001b[J" + string.Join("\n", lines));
        return lines.Length;
    }

    private void Clear(int drawn) => console.WriteAnsi(Up(drawn) + "\r\u001b[J");

    private static string Up(int drawn) => drawn > 1 ? $"\u001b[{drawn - 1}A" : "";
}
