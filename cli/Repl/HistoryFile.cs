using System.Text.Json;

namespace Golfcart.Cli.Repl;

/// <summary>
/// The REPL's history across sessions: one entry per line, JSON-quoted so multi-line inputs
/// survive, newest last, at most <see cref="MaxEntries"/>. The file is <c>~/.golfcart_history</c>,
/// or <c>$GOLFCART_HISTORY</c> (set it empty to keep no history).
/// </summary>
public sealed class HistoryFile
{
    public const int MaxEntries = 1000;
    private static readonly HistoryJson Json = new(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private readonly string? _path;
    private readonly List<string> _entries = [];

    public HistoryFile(string? path) => _path = path;

    public static HistoryFile Default()
    {
        string? path = Environment.GetEnvironmentVariable("GOLFCART_HISTORY");
        if (path is null)
        {
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            path = home.Length == 0 ? "" : Path.Combine(home, ".golfcart_history");
        }
        var history = new HistoryFile(path.Length == 0 ? null : path);
        history.Load();
        return history;
    }

    public IReadOnlyList<string> Entries => _entries;

    public void Load()
    {
        if (_path is null || !File.Exists(_path)) return;
        try
        {
            foreach (string line in File.ReadLines(_path))
            {
                if (line.Length == 0) continue;
                try
                {
                    if (JsonSerializer.Deserialize(line, Json.String) is { Length: > 0 } entry) _entries.Add(entry);
                }
                catch (JsonException)
                {
                    // a damaged line: skip it, keep the rest
                }
            }
            if (_entries.Count > MaxEntries) _entries.RemoveRange(0, _entries.Count - MaxEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // no history this time; the REPL works without it
        }
    }

    /// <summary>Adds an entry (not a repeat of the last one) and saves the file, dropping the oldest past the bound.</summary>
    public void Add(string entry)
    {
        if (entry.Trim().Length == 0 || (_entries.Count > 0 && _entries[^1] == entry)) return;
        _entries.Add(entry);
        if (_entries.Count > MaxEntries) _entries.RemoveRange(0, _entries.Count - MaxEntries);
        if (_path is null) return;
        try
        {
            File.WriteAllLines(_path, _entries.Select(e => JsonSerializer.Serialize(e, Json.String)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // keep going without saving
        }
    }

    /// <summary>The newest entry before <paramref name="before"/> that contains <paramref name="query"/>; -1 if none.</summary>
    public int Search(string query, int before)
    {
        for (int i = Math.Min(before, _entries.Count) - 1; i >= 0; i--)
            if (_entries[i].Contains(query, StringComparison.Ordinal)) return i;
        return -1;
    }
}

/// <summary>The history's JSON code, generated at build time (no reflection, so the command also compiles ahead of time).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class HistoryJson : System.Text.Json.Serialization.JsonSerializerContext;
