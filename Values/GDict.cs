namespace Golfcart;

/// <summary>
/// A Golfcart dict: string keys, insertion order kept, O(1) get, set and delete (deleted
/// entries leave a hole that is compacted when holes pile up). A small dict — most are records
/// like <c>{x: 1, y: 2}</c> — is just two short arrays searched in order; a hash index is added
/// once it holds more than <see cref="IndexAbove"/> entries.
/// </summary>
internal sealed class GDict
{
    private const int IndexAbove = 8;

    private Dictionary<string, int>? _index;
    private string?[] _keys;
    private Value[] _values;
    private int _used;   // slots used, holes included
    private int _count;  // live entries

    /// <summary>An empty dict with room for <paramref name="capacity"/> entries before it grows.</summary>
    public GDict(int capacity = 4)
    {
        _keys = new string?[capacity];
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
            if (ReferenceEquals(k, key) || (k is not null && k.Length == key.Length && string.Equals(k, key, StringComparison.Ordinal)))
                return i;
        }
        return -1;
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

    public bool Has(string key) => Find(key) >= 0;

    public void Set(string key, Value value)
    {
        value = value.Plain;
        int i = Find(key);
        if (i >= 0)
        {
            _values[i] = value;
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
        if (_index is not null) _index[key] = _used;
        _used++;
        _count++;
        if (_index is null && _count > IndexAbove) BuildIndex();
    }

    private void BuildIndex()
    {
        _index = new Dictionary<string, int>(_used * 2, StringComparer.Ordinal);
        for (int i = 0; i < _used; i++)
            if (_keys[i] is { } k) _index[k] = i;
    }

    public bool Remove(string key, out Value removed)
    {
        int i = Find(key);
        if (i < 0)
        {
            removed = Value.Nil;
            return false;
        }
        _index?.Remove(key);
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

    /// <summary>The entries in insertion order, as they are now (a copy: safe to mutate the dict meanwhile).</summary>
    public KeyValuePair<string, Value>[] Entries()
    {
        // An array, not a List: the list's code over this struct would be compiled at run time.
        var entries = new KeyValuePair<string, Value>[_count];
        int n = 0;
        for (int i = 0; i < _used; i++)
            if (_keys[i] is { } k) entries[n++] = new(k, _values[i]);
        return entries;
    }
}
