namespace Golfcart;

/// <summary>
/// Dict keys: what a value becomes as a key, and back. A string is itself; a number becomes its
/// display form (<c>d[1]</c> and <c>d["1"]</c> are one entry); a list becomes a
/// <see cref="KeyList"/>, copied. Anything else cannot be a key.
/// </summary>
internal static class DictKeys
{
    /// <summary>The key for <paramref name="key"/>, or the error at <paramref name="pos"/> saying why it cannot be one.</summary>
    public static object Of(Value key, SrcPos pos)
    {
        if (key.IsString) return key.Str;
        if (key.Obj is null) return Display.FormatNumber(key.Num);
        if (key.AsList is { } list) return KeyList.From(list, pos);
        throw Throw.At(pos, Messages.DictKey(key.Type));
    }

    /// <summary>As <see cref="Of"/>, for a builtin's argument: null when the value cannot be a key (the builtin says why).</summary>
    public static object? TryOf(Value key)
    {
        if (key.IsString) return key.Str;
        if (key.Obj is null) return Display.FormatNumber(key.Num);
        if (key.AsList is { } list) return KeyList.From(list, null);
        return null;
    }

    /// <summary>A key as a program sees it: a string, or a new list for a key list.</summary>
    public static Value ToValue(object key) => key is string s ? Value.String(s) : ((KeyList)key).ToValue();
}
