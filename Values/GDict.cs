namespace Golfcart;

/// <summary>
/// A Golfcart dict: keys that are strings or <see cref="KeyList"/>s, insertion order kept, O(1)
/// get, set and delete (deleted entries leave a hole that is compacted when holes pile up). A
/// small dict — most are records like <c>{x: 1, y: 2}</c> — is just two short arrays searched in
/// order; a hash index is added once it holds more than <see cref="IndexAbove"/> entries.
/// String keys, the common case, are kept apart from key lists (in an array and an index of their
/// own), so a dict of strings works as it would if key lists did not exist — and is no larger: a
/// field more per dict made the tree-building benchmark run 4 % more instructions (its garbage
/// collector's work), so the key lists share the index's field.
/// </summary>
internal sealed class GDict
{
    private const int IndexAbove = 8;

    /// <summary>
    /// Null for a small dict of strings; the index of string keys for a large one; a <see cref="ListKeys"/>
    /// for a dict that has had a key list (which holds the string index too).
    /// </summary>
    private object? _indexOrLists;
    private string?[] _keys; // a string key; null for a hole or a key list's entry
    private Value[] _values;
    private int _used;   // slots used, holes included
    private int _count;  // live entries

    /// <summary>Key lists by slot (parallel to the string keys: a slot has one or the other, or is a hole), and the indexes.</summary>
    private sealed class ListKeys(int capacity, Dictionary<string, int>? strings)
    {
        public KeyList?[] Keys = new KeyList?[capacity];
        public int Count;
        public Dictionary<string, int>? Strings = strings;
        public Dictionary<KeyList, int>? Index;
    }

    /// <summary>The index of string keys, if the dict has one.</summary>
    private Dictionary<string, int>? StringIndex => _indexOrLists is Dictionary<string, int> index ? index : (_indexOrLists as ListKeys)?.Strings;

    private ListKeys? Lists => _indexOrLists as ListKeys;

    /// <summary>An empty dict with room for <paramref name="capacity"/> entries before it grows.</summary>
    public GDict(int capacity = 4)
    {
        _keys = new string?[capacity];
        _values = new Value[capacity];
    }

    public int Count => _count;

    private int Find(string key)
    {
        if (_indexOrLists is { } some)
        {
            var index = some.GetType() == typeof(Dictionary<string, int>) ? (Dictionary<string, int>)some : ((ListKeys)some).Strings;
            if (index is not null) return index.TryGetValue(key, out int at) ? at : -1;
        }
        var keys = _keys;
        for (int i = 0; i < _used; i++)
        {
            var k = keys[i];
            if (ReferenceEquals(k, key) || (k is not null && k.Length == key.Length && string.Equals(k, key, StringComparison.Ordinal)))
                return i;
        }
        return -1;
    }

    private int Find(KeyList key)
    {
        if (Lists is not { Count: > 0 } lists) return -1;
        if (lists.Index is { } index) return index.TryGetValue(key, out int i) ? i : -1;
        var keys = lists.Keys;
        for (int i = 0; i < _used; i++)
            if (keys[i] is { } k && k.Equals(key)) return i;
        return -1;
    }

    /// <summary>Finds the entry whose key is <paramref name="probe"/>'s list, without making a key of it.</summary>
    private int Find(in KeyList.Probe probe)
    {
        if (Lists is not { Count: > 0 } lists) return -1;
        if (lists.Index is { } index)
            return index.GetAlternateLookup<KeyList.Probe>().TryGetValue(probe, out int i) ? i : -1;
        var keys = lists.Keys;
        for (int i = 0; i < _used; i++)
            if (keys[i] is { } k && k.Matches(probe)) return i;
        return -1;
    }

    private int Find(object key) => key is string s ? Find(s) : Find((KeyList)key);

    /// <summary>The value under the key list <paramref name="list"/> makes, or nil (the list is not copied).</summary>
    public Value Get(GList list, SrcPos? pos)
    {
        int i = Find(new KeyList.Probe(list.Span, KeyList.HashOf(list, pos)));
        return i >= 0 ? _values[i] : Value.Nil;
    }

    public bool Has(GList list, SrcPos? pos) => Find(new KeyList.Probe(list.Span, KeyList.HashOf(list, pos))) >= 0;

    /// <summary>The value under the key list a list literal's elements <paramref name="items"/> make, or nil (no list is made).</summary>
    public Value Get(ReadOnlySpan<Value> items, SrcPos? pos)
    {
        int i = Find(new KeyList.Probe(items, KeyList.HashOf(items, pos)));
        return i >= 0 ? _values[i] : Value.Nil;
    }

    /// <summary>Sets the value under the key list <paramref name="items"/> make; they are copied only for a new key.</summary>
    public void Set(ReadOnlySpan<Value> items, Value value, SrcPos? pos)
    {
        int i = Find(new KeyList.Probe(items, KeyList.HashOf(items, pos)));
        if (i >= 0) _values[i] = value.Plain;
        else Set(KeyList.FromValues(items, pos), value);
    }

    /// <summary>The value under <paramref name="key"/> — a string, number or list, as indexing reads it — if there is one.</summary>
    public bool TryGet(Value key, SrcPos? pos, out Value value)
    {
        int i = key.AsList is { } list
            ? Find(new KeyList.Probe(list.Span, KeyList.HashOf(list, pos)))
            : Find(DictKeys.TryOf(key) ?? throw Throw.Runtime(Messages.DictKey(key.Type)));
        value = i >= 0 ? _values[i] : Value.Nil;
        return i >= 0;
    }

    /// <summary>Sets the value under the key list <paramref name="list"/> makes; the list is copied only for a new key.</summary>
    public void Set(GList list, Value value, SrcPos? pos)
    {
        int i = Find(new KeyList.Probe(list.Span, KeyList.HashOf(list, pos)));
        if (i >= 0) _values[i] = value.Plain;
        else Set(KeyList.From(list, pos), value);
    }

    public bool TryGet(string key, out Value value)
    {
        int i = Find(key);
        if (i >= 0)
        {
            value = _values[i];
            return true;
        }
        value = Value.Nil;
        return false;
    }

    public Value Get(string key)
    {
        int i = Find(key);
        return i >= 0 ? _values[i] : Value.Nil;
    }

    /// <summary>The value under a key (a string or a key list), or nil.</summary>
    public Value Get(object key)
    {
        int i = Find(key);
        return i >= 0 ? _values[i] : Value.Nil;
    }

    public bool Has(object key) => Find(key) >= 0;

    public void Set(string key, Value value)
    {
        value = value.Plain;
        int i = Find(key);
        if (i >= 0)
        {
            _values[i] = value;
            return;
        }
        // Written out (not through Append): a record literal's keys come this way, and it is hot.
        if (_used == _keys.Length) MakeRoom();
        _keys[_used] = key;
        _values[_used] = value;
        if (_indexOrLists is not null) IndexString(key, _used);
        _used++;
        _count++;
        if (_count > IndexAbove && _indexOrLists is not Dictionary<string, int>) IndexIfLarge();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void IndexString(string key, int at) => StringIndex?.Add(key, at);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void IndexIfLarge()
    {
        if (StringIndex is null) BuildIndex();
    }

    /// <summary>Sets the value under a key (a string or a key list).</summary>
    public void Set(object key, Value value)
    {
        if (key is string s)
        {
            Set(s, value);
            return;
        }
        var list = (KeyList)key;
        value = value.Plain;
        int i = Find(list);
        if (i >= 0)
        {
            _values[i] = value;
            return;
        }
        if (Lists is null) _indexOrLists = new ListKeys(_keys.Length, _indexOrLists as Dictionary<string, int>);
        int at = Append(value);
        var lists = Lists!;
        lists.Keys[at] = list;
        lists.Count++;
        lists.Index?.Add(list, at);
        Added();
    }

    /// <summary>Takes the next free slot for a new entry's value (growing or compacting first); the caller puts the key in.</summary>
    private int Append(Value value)
    {
        if (_used == _keys.Length) MakeRoom();
        _values[_used] = value;
        return _used++;
    }

    /// <summary>Compacts the holes away, or grows the arrays when there are few.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void MakeRoom()
    {
        if (_count < _used / 2)
        {
            Compact();
            return;
        }
        Array.Resize(ref _keys, _keys.Length * 2);
        _values = Value.Grow(_values, _values.Length * 2);
        if (Lists is { } lists) Array.Resize(ref lists.Keys, _keys.Length);
    }

    private void Added()
    {
        _count++;
        if (_count > IndexAbove && StringIndex is null) BuildIndex();
    }

    private void BuildIndex()
    {
        var strings = new Dictionary<string, int>(_used * 2, StringComparer.Ordinal);
        for (int i = 0; i < _used; i++)
            if (_keys[i] is { } k) strings[k] = i;
        if (Lists is { } lists)
        {
            lists.Strings = strings;
            lists.Index = new Dictionary<KeyList, int>(KeyList.Comparer.Instance);
            for (int i = 0; i < _used; i++)
                if (lists.Keys[i] is { } k) lists.Index[k] = i;
        }
        else
        {
            _indexOrLists = strings;
        }
    }

    public bool Remove(object key, out Value removed)
    {
        int i = Find(key);
        if (i < 0)
        {
            removed = Value.Nil;
            return false;
        }
        if (key is string s)
        {
            StringIndex?.Remove(s);
            _keys[i] = null;
        }
        else
        {
            var lists = Lists!;
            lists.Index?.Remove((KeyList)key);
            lists.Keys[i] = null;
            lists.Count--;
        }
        removed = _values[i];
        _values[i] = default;
        _count--;
        return true;
    }

    /// <summary>The key in slot <paramref name="i"/>: a string, a key list, or null for a hole.</summary>
    private object? KeyAt(int i) => _keys[i] ?? (object?)Lists?.Keys[i];

    private void Compact()
    {
        var lists = Lists;
        int j = 0;
        for (int i = 0; i < _used; i++)
        {
            if (KeyAt(i) is null) continue;
            _keys[j] = _keys[i];
            if (lists is not null) lists.Keys[j] = lists.Keys[i];
            _values[j] = _values[i];
            j++;
        }
        for (int i = j; i < _used; i++)
        {
            _keys[i] = null;
            if (lists is not null) lists.Keys[i] = null;
            _values[i] = default;
        }
        _used = j;
        if (StringIndex is not null) BuildIndex();
    }

    /// <summary>
    /// The entries in insertion order, as they are now (a copy: safe to mutate the dict meanwhile).
    /// A key is a string or a <see cref="KeyList"/>; <see cref="DictKeys.ToValue"/> makes it a value.
    /// </summary>
    public KeyValuePair<object, Value>[] Entries()
    {
        // An array, not a List: the list's code over this struct would be compiled at run time.
        var entries = new KeyValuePair<object, Value>[_count];
        int n = 0;
        for (int i = 0; i < _used; i++)
            if (KeyAt(i) is { } k) entries[n++] = new(k, _values[i]);
        return entries;
    }
}
