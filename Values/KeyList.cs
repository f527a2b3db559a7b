namespace Golfcart;

/// <summary>
/// A list used as a dict key (LANGUAGE.md §11): a copy of the list made when the key is stored, so
/// that changing the list later does not change the key, compared element by element. Its
/// elements are numbers, strings, bools, nil and such lists (nested ones are key lists too).
/// Numbers stay numbers inside (<c>[1]</c> and <c>["1"]</c> are different keys); 0 and -0 are
/// one key, and so are all NaNs. It never reaches a program: <see cref="ToValue"/> gives a new list.
/// </summary>
internal sealed class KeyList : IEquatable<KeyList>
{
    /// <summary>The elements: a number, string, bool or nil as the <see cref="Value"/> it is, a nested key list as a Value whose object is the <see cref="KeyList"/>.</summary>
    private readonly Value[] _items;
    private readonly int _hash;

    private KeyList(Value[] items)
    {
        _items = items;
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var v in items) hash.Add(HashOf(v));
        _hash = hash.ToHashCode();
    }

    public int Count => _items.Length;

    /// <summary>
    /// The hash of the key <paramref name="list"/> would make, found without making it — a lookup
    /// with a list (<c>seen[[r, c]]</c>) copies nothing unless it stores a new key. It checks what
    /// <see cref="From(GList, SrcPos?)"/> checks: an element that cannot be in a key is an error.
    /// </summary>
    public static int HashOf(GList list, SrcPos? pos) => HashOf(list.Span, list, null, pos);

    /// <summary>The hash of the key a list with the elements <paramref name="items"/> would make (a list literal's, before any list is made).</summary>
    public static int HashOf(ReadOnlySpan<Value> items, SrcPos? pos) => HashOf(items, null, null, pos);

    /// <summary>
    /// As above, for the elements of <paramref name="list"/> (null for a list not made yet);
    /// <paramref name="path"/> holds the lists being hashed around it (made only when a list nests another).
    /// </summary>
    private static int HashOf(ReadOnlySpan<Value> items, GList? list, List<GList>? path, SrcPos? pos)
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var v in items)
        {
            hash.Add(v.Obj switch
            {
                null => HashOf(Value.Number(Canonical(v.Num))),
                GList inner => HashOfNested(inner, list, ref path, pos),
                _ when v.IsString => string.GetHashCode(v.Str, StringComparison.Ordinal),
                _ when v.IsBool || v.IsNil => HashOf(v),
                _ => throw KeyError(Messages.KeyElement(v.Type), pos),
            });
        }
        return hash.ToHashCode();
    }

    /// <summary>A nested list's hash, with the checks a nested list needs: not one of the lists around it, and stack to spare.</summary>
    private static int HashOfNested(GList inner, GList? outer, ref List<GList>? path, SrcPos? pos)
    {
        path ??= [];
        if (outer is not null && (path.Count == 0 || path[^1] != outer)) path.Add(outer);
        foreach (var around in path)
            if (ReferenceEquals(around, inner)) throw KeyError(Messages.KeyCyclic, pos);
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw KeyError(Messages.KeyTooDeep, pos);
        var inside = new List<GList>(path);
        return HashOf(inner.Span, inner, inside, pos);
    }

    /// <summary>True when this key has the elements <paramref name="span"/> (which <see cref="HashOf(ReadOnlySpan{Value}, SrcPos?)"/> has checked).</summary>
    public bool Matches(ReadOnlySpan<Value> span)
    {
        if (span.Length != _items.Length) return false;
        for (int i = 0; i < _items.Length; i++)
        {
            var mine = _items[i];
            var theirs = span[i];
            bool same = mine.Obj switch
            {
                null => theirs.Obj is null && (mine.Num == theirs.Num || (double.IsNaN(mine.Num) && double.IsNaN(theirs.Num))),
                KeyList inner => theirs.AsList is { } list && inner.Matches(list.Span),
                string s => theirs.IsString && string.Equals(s, theirs.Str, StringComparison.Ordinal),
                _ => mine.IsBool ? theirs.IsBool && mine.AsBool == theirs.AsBool : theirs.IsNil,
            };
            if (!same) return false;
        }
        return true;
    }

    private static double Canonical(double d) => d == 0 ? 0 : double.IsNaN(d) ? double.NaN : d;

    /// <summary>What a dict's index of key lists compares: key lists with key lists, and a key list with a list being looked up (<see cref="Probe"/>).</summary>
    public sealed class Comparer : IEqualityComparer<KeyList>, IAlternateEqualityComparer<Probe, KeyList>
    {
        public static readonly Comparer Instance = new();

        public bool Equals(KeyList? x, KeyList? y) => x is null ? y is null : x.Equals(y);
        public int GetHashCode(KeyList key) => key._hash;
        public bool Equals(Probe probe, KeyList key) => key._hash == probe.Hash && key.Matches(probe.Items);
        public int GetHashCode(Probe probe) => probe.Hash;
        public KeyList Create(Probe probe) => FromValues(probe.Items, null);
    }

    /// <summary>The elements of a list being looked up as a key (made or not), with the hash its key would have.</summary>
    public readonly ref struct Probe(ReadOnlySpan<Value> items, int hash)
    {
        public readonly ReadOnlySpan<Value> Items = items;
        public readonly int Hash = hash;
    }

    /// <summary>True when this key is <paramref name="probe"/>'s list's.</summary>
    public bool Matches(Probe probe) => _hash == probe.Hash && Matches(probe.Items);

    /// <summary>The key for <paramref name="list"/>; an error naming what cannot be in a key (a dict, a function, the list itself).</summary>
    public static KeyList From(GList list, SrcPos? pos) => From(list, new List<GList>(), pos);

    private static KeyList From(GList list, List<GList> path, SrcPos? pos)
    {
        foreach (var outer in path)
            if (ReferenceEquals(outer, list)) throw KeyError(Messages.KeyCyclic, pos);
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw KeyError(Messages.KeyTooDeep, pos);
        path.Add(list);
        var items = new Value[list.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Element(list[i], path, pos);
        path.RemoveAt(path.Count - 1);
        return new KeyList(items);
    }

    /// <summary>
    /// The key for <paramref name="values"/> as if they were a list's elements, without making the list:
    /// a memoised function's arguments (<c>memo</c>).
    /// </summary>
    public static KeyList FromValues(ReadOnlySpan<Value> values, SrcPos? pos = null)
    {
        var items = new Value[values.Length];
        for (int i = 0; i < items.Length; i++) items[i] = Element(values[i], null, pos);
        return new KeyList(items);
    }

    /// <summary>An element as it is kept in a key: numbers with one zero and one NaN, nested lists as key lists.</summary>
    private static Value Element(Value v, List<GList>? path, SrcPos? pos) => v.Obj switch
    {
        null => Value.Number(Canonical(v.Num)),
        GList inner => new Value(From(inner, path ?? [], pos), 0),
        _ when v.IsString => v.Plain,
        _ when v.IsBool || v.IsNil => v,
        _ => throw KeyError(Messages.KeyElement(v.Type), pos),
    };

    private static GolfcartRuntimeException KeyError(string message, SrcPos? pos) =>
        pos is { } at ? Throw.At(at, message) : Throw.Runtime(message);

    /// <summary>A new list with the key's elements (nested key lists as new lists too).</summary>
    public Value ToValue()
    {
        var list = new GList(_items.Length);
        foreach (var v in _items) list.Add(v.Obj is KeyList inner ? inner.ToValue() : v);
        return Value.FromList(list);
    }

    /// <summary>The key for a host: an array of doubles, strings, bools, nulls and such arrays.</summary>
    public object?[] ToHost() => Array.ConvertAll(_items, v => v.Obj switch
    {
        null => (object?)v.Num,
        KeyList inner => inner.ToHost(),
        string s => s,
        _ => v.IsBool ? v.AsBool : null,
    });

    private static int HashOf(Value v) => v.Obj switch
    {
        null => v.Num.GetHashCode(),
        KeyList k => k._hash,
        string s => string.GetHashCode(s, StringComparison.Ordinal),
        _ => v.IsBool ? (v.AsBool ? 1 : 2) : 3,
    };

    private static bool Same(Value a, Value b)
    {
        if (a.Obj is null || b.Obj is null) return a.Obj is null && b.Obj is null && (a.Num == b.Num || (double.IsNaN(a.Num) && double.IsNaN(b.Num)));
        if (a.Obj is KeyList ka) return b.Obj is KeyList kb && ka.Equals(kb);
        if (a.Obj is string sa) return b.Obj is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
        return a.IsBool ? b.IsBool && a.AsBool == b.AsBool : a.IsNil && b.IsNil;
    }

    public bool Equals(KeyList? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other._hash != _hash || other._items.Length != _items.Length) return false;
        for (int i = 0; i < _items.Length; i++)
            if (!Same(_items[i], other._items[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is KeyList k && Equals(k);
    public override int GetHashCode() => _hash;

    public override string ToString() => Display.Show(ToValue());
}
