using System.Collections.Concurrent;

namespace Golfcart;

/// <summary>An interned identifier: two Names with the same text are the same object, so frames compare by reference.</summary>
internal sealed class Name
{
    private static readonly ConcurrentDictionary<string, Name> Table = new(StringComparer.Ordinal);

    public readonly string Text;

    private Name(string text) => Text = text;

    public static Name Of(string text) => Table.GetOrAdd(text, t => new Name(t));

    public override string ToString() => Text;
}
