namespace Golfcart;

/// <summary>
/// A Golfcart dict: keys that are strings or <see cref="KeyList"/>s, insertion order kept, O(1)
/// get, set and delete (deleted entries leave a hole that is compacted when holes pile up). A
/// small dict — most are records like <c>{x: 1, y: 2}</c> — is just two short arrays searched in
/// order; a hash index is added once it holds more than <see cref="IndexAbove"/> entries. String
/// keys, the common case, have an index of their own, so key lists cost them nothing.
/// </summary>
internal sealed class GDict
{
    private const int IndexAbove = 8;

    private Dictionary<string, int>? _index;
    private Dictionary<KeyList, int>? _listIndex;
    private object?[] _keys; // a string or a KeyList; null for a hole
    private Value[] _values;
    private int _used;   // slots used, holes included
    private int _count;  // live entries
    private int _lists;  // live entries whose key is a key list

    /// <summary>An empty dict with room for <paramref name="capacity"/> entries before it grows.</summary>
    public GDict(int capacity = 4)
    {
        _keys = new object?[capacity];
        _values = new Value[capacity];
    }

    public int Count => _count;

    private int Find(string key)
    {
        if (_index is not null) return _index.TryGetValue(key, out int i) ? i : -1;
        var keys = _keys;
        for (int i = 0; i < _used; i++)
        {
            var k = keys[i];
            if (ReferenceEquals(k, key) || (k is string s && s.Length == key.Length && string.Equals(s, key, StringComparison.Ordinal)))
                return i;
        }
        return -1;
    }

    private int Find(KeyList key)
    {
        if (_lists == 0) return -1;
        if (_index is not null) return _listIndex!.TryGetValue(key, out int i) ? i : -1;
        var keys = _keys;
        for (int i = 0; i < _used; i++)
            if (keys[i] is KeyList k && k.Equals(key)) return i;
        return -1;
    }

    private int Find(object key) => key is string s ? Find(s) : Find((KeyList)key);

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

    public void Set(string key, Value value) => Set(key, Find(key), value);

    /// <summary>Sets the value under a key (a string or a key list).</summary>
    public void Set(object key, Value value) => Set(key, Find(key), value);

    private void Set(object key, int found, Value value)
    {
        value = value.Plain;
        if (found >= 0)
        {
            _values[found] = value;
            return;
        }
        if (_used == _keys.Length)
        {
            if (_count < _used / 2) Compact();
            else
            {
                Array.Resize(ref _keys, _keys.Length * 2);
                _values = Value.Grow(_values, _values.Length * 2);
            }
        }
        _keys[_used] = key;
        _values[_used] = value;
        if (key is KeyList list)
        {
            _lists++;
            _listIndex?.Add(list, _used);
        }
        else
        {
            _index?.Add((string)key, _used);
        }
        _used++;
        _count++;
        if (_index is null && _count > IndexAbove) BuildIndex();
    }

    private void BuildIndex()
    {
        _index = new Dictionary<string, int>(_used * 2, StringComparer.Ordinal);
        _listIndex = new Dictionary<KeyList, int>();
        for (int i = 0; i < _used; i++)
        {
            if (_keys[i] is string s) _index[s] = i;
            else if (_keys[i] is KeyList k) _listIndex[k] = i;
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
        if (key is KeyList list)
        {
            _listIndex?.Remove(list);
            _lists--;
        }
        else
        {
            _index?.Remove((string)key);
        }
        removed = _values[i];
        _keys[i] = null;
        _values[i] = default;
        _count--;
        return true;
    }

    private void Compact()
    {
        int j = 0;
        for (int i = 0; i < _used; i++)
        {
            if (_keys[i] is not { } k) continue;
            _keys[j] = k;
            _values[j] = _values[i];
            j++;
        }
        for (int i = j; i < _used; i++)
        {
            _keys[i] = null;
            _values[i] = default;
        }
        _used = j;
        if (_index is not null) BuildIndex();
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
            if (_keys[i] is { } k) entries[n++] = new(k, _values[i]);
        return entries;
    }
}
