namespace Golfcart;

/// <summary>
/// Compares the keys of a dict handed to the host whose keys include key lists: strings by their
/// characters, <c>object?[]</c> arrays element by element (numbers as doubles, 0 and -0 alike, all
/// NaNs alike, strings, bools, null and nested arrays), as the script compared them.
/// </summary>
internal sealed class StructuralKeyComparer : IEqualityComparer<object>
{
    public static readonly StructuralKeyComparer Instance = new();

    public new bool Equals(object? x, object? y)
    {
        switch (x)
        {
            case null: return y is null;
            case double a: return y is double b && (a == b || (double.IsNaN(a) && double.IsNaN(b)));
            case string s: return y is string t && string.Equals(s, t, StringComparison.Ordinal);
            case object?[] xs:
                if (y is not object?[] ys || xs.Length != ys.Length) return false;
                for (int i = 0; i < xs.Length; i++)
                    if (!Equals(xs[i], ys[i])) return false;
                return true;
            default: return x.Equals(y);
        }
    }

    public int GetHashCode(object obj)
    {
        switch (obj)
        {
            case double d: return d == 0 ? 0 : double.IsNaN(d) ? double.NaN.GetHashCode() : d.GetHashCode();
            case string s: return string.GetHashCode(s, StringComparison.Ordinal);
            case object?[] items:
                var hash = new HashCode();
                foreach (var item in items) hash.Add(item is null ? 0 : GetHashCode(item));
                return hash.ToHashCode();
            default: return obj.GetHashCode();
        }
    }
}
