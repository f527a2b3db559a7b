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
    public static KeyList FromValues(ReadOnlySpan<Value> values)
    {
        var items = new Value[values.Length];
        for (int i = 0; i < items.Length; i++) items[i] = Element(values[i], null, null);
        return new KeyList(items);
    }

    /// <summary>An element as it is kept in a key: numbers with one zero and one NaN, nested lists as key lists.</summary>
    private static Value Element(Value v, List<GList>? path, SrcPos? pos) => v.Obj switch
    {
        null => Value.Number(v.Num == 0 ? 0 : double.IsNaN(v.Num) ? double.NaN : v.Num),
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
