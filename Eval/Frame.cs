namespace Golfcart;

/// <summary>
/// A frame of variables, chained to the frame it was created in. The API is deliberately narrow
/// — look up, assign by the scope rule, declare — so the representation can change (names resolved
/// to slots) without touching the nodes. Small frames are a linear array compared by reference
/// (names are interned); a frame with many names (the globals) adds a hash index.
/// </summary>
internal sealed class Frame
{
    private const int IndexAbove = 8;

    public readonly Frame? Parent;
    public readonly Context Cx;
    private Name[]? _names;
    private Value[]? _values;
    private int _count;
    private Dictionary<Name, int>? _index;

    public Frame(Frame? parent, Context cx)
    {
        Parent = parent;
        Cx = cx;
    }

    private int Find(Name name)
    {
        if (_index is not null) return _index.TryGetValue(name, out int i) ? i : -1;
        var names = _names;
        for (int i = 0; i < _count; i++)
            if (ReferenceEquals(names![i], name)) return i;
        return -1;
    }

    /// <summary>Looks the name up in this frame, then each enclosing frame outwards.</summary>
    public bool TryLookup(Name name, out Value value)
    {
        for (var f = this; f is not null; f = f.Parent)
        {
            int i = f.Find(name);
            if (i >= 0)
            {
                value = f._values![i];
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The assignment rule: set the nearest existing binding, else declare in this frame.</summary>
    public void Assign(Name name, Value value)
    {
        for (var f = this; f is not null; f = f.Parent)
        {
            int i = f.Find(name);
            if (i >= 0)
            {
                f._values![i] = value;
                return;
            }
        }
        Add(name, value);
    }

    /// <summary>Binds the name in this frame (parameters, loop variables, builtins).</summary>
    public void Declare(Name name, Value value)
    {
        int i = Find(name);
        if (i >= 0) _values![i] = value;
        else Add(name, value);
    }

    private void Add(Name name, Value value)
    {
        if (_names is null)
        {
            _names = new Name[4];
            _values = new Value[4];
        }
        else if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _names[_count] = name;
        _values![_count] = value;
        if (_index is not null) _index[name] = _count;
        else if (_count == IndexAbove)
        {
            _index = new Dictionary<Name, int>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i <= _count; i++) _index[_names[i]] = i;
        }
        _count++;
    }

    /// <summary>This frame's own names and values, in the order they were declared.</summary>
    public IEnumerable<(Name Name, Value Value)> Locals()
    {
        for (int i = 0; i < _count; i++) yield return (_names![i], _values![i]);
    }

    public void Clear()
    {
        _names = null;
        _values = null;
        _index = null;
        _count = 0;
    }
}
