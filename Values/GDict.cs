namespace Golfcart;

/// <summary>
/// A Golfcart dict: string keys, insertion order kept, O(1) get, set and delete
/// (deleted entries leave a hole that is compacted when holes pile up).
/// </summary>
internal sealed class GDict
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private string?[] _keys = new string?[4];
    private Value[] _values = new Value[4];
    private int _used;

    public int Count => _index.Count;

    public bool TryGet(string key, out Value value)
    {
        if (_index.TryGetValue(key, out int i))
        {
            value = _values[i];
            return true;
        }
        value = Value.Nil;
        return false;
    }

    public Value Get(string key) => _index.TryGetValue(key, out int i) ? _values[i] : Value.Nil;

    public bool Has(string key) => _index.ContainsKey(key);

    public void Set(string key, Value value)
    {
        value = value.Plain;
        if (_index.TryGetValue(key, out int i))
        {
            _values[i] = value;
            return;
        }
        if (_used == _keys.Length)
        {
            if (_index.Count < _used / 2) Compact();
            else
            {
                Array.Resize(ref _keys, _keys.Length * 2);
                Array.Resize(ref _values, _values.Length * 2);
            }
        }
        _keys[_used] = key;
        _values[_used] = value;
        _index[key] = _used++;
    }

    public bool Remove(string key, out Value removed)
    {
        if (!_index.Remove(key, out int i))
        {
            removed = Value.Nil;
            return false;
        }
        removed = _values[i];
        _keys[i] = null;
        _values[i] = default;
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
            _index[k] = j++;
        }
        for (int i = j; i < _used; i++)
        {
            _keys[i] = null;
            _values[i] = default;
        }
        _used = j;
    }

    /// <summary>The entries in insertion order, as they are now (a copy: safe to mutate the dict meanwhile).</summary>
    public List<KeyValuePair<string, Value>> Entries()
    {
        var list = new List<KeyValuePair<string, Value>>(_index.Count);
        for (int i = 0; i < _used; i++)
            if (_keys[i] is { } k) list.Add(new(k, _values[i]));
        return list;
    }
}
