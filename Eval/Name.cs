namespace Golfcart;

/// <summary>An interned identifier: two Names with the same text are the same object, so frames compare by reference.</summary>
internal sealed class Name
{
    // A plain dictionary under a lock, not a ConcurrentDictionary: names are made while parsing, and
    // the concurrent collections' assembly would otherwise be loaded at every start (docs/performance.md).
    private static readonly Dictionary<string, Name> Table = new(StringComparer.Ordinal);

    public readonly string Text;

    private Name(string text) => Text = text;

    public static Name Of(string text)
    {
        lock (Table)
        {
            if (!Table.TryGetValue(text, out var name)) Table.Add(text, name = new Name(text));
            return name;
        }
    }

    public override string ToString() => Text;
}
