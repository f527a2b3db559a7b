using System.Text;

namespace Golfcart;

/// <summary>Strings are indexed by Unicode code point; plain BMP text takes the direct path.</summary>
internal static class CodePoints
{
    private static readonly System.Buffers.SearchValues<char> Surrogates =
        System.Buffers.SearchValues.Create(Enumerable.Range(0xD800, 0x800).Select(c => (char)c).ToArray());

    public static int Count(string s)
    {
        // SearchValues, not the generic IndexOfAnyInRange: that one boxes in unoptimised code.
        int firstSurrogate = s.AsSpan().IndexOfAny(Surrogates);
        if (firstSurrogate < 0) return s.Length;
        int n = firstSurrogate;
        for (int i = firstSurrogate; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    /// <summary>The UTF-16 offset of code point <paramref name="index"/>; <paramref name="cpLength"/> is the string's code point count.</summary>
    public static int Offset(string s, int cpLength, int index)
    {
        if (cpLength == s.Length) return index;
        int off = 0;
        for (int i = 0; i < index; i++)
            off += char.IsHighSurrogate(s[off]) && off + 1 < s.Length && char.IsLowSurrogate(s[off + 1]) ? 2 : 1;
        return off;
    }

    public static string At(in Value str, int index)
    {
        string s = str.Str;
        if (str.StrLength == s.Length) return CharStrings.Get(s[index]);
        int off = Offset(s, str.StrLength, index);
        int width = char.IsHighSurrogate(s[off]) && off + 1 < s.Length && char.IsLowSurrogate(s[off + 1]) ? 2 : 1;
        return s.Substring(off, width);
    }

    /// <summary>Compares by code point (ordinal UTF-16 order differs only for surrogates against U+E000–U+FFFF).</summary>
    public static int Compare(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            if (char.IsSurrogate(x) != char.IsSurrogate(y)) return char.IsSurrogate(x) ? 1 : -1;
            return x < y ? -1 : 1;
        }
        return a.Length.CompareTo(b.Length);
    }

    public static IEnumerable<string> Enumerate(string s)
    {
        foreach (Rune r in s.EnumerateRunes()) yield return r.ToString();
    }
}

/// <summary>One-character strings for the ASCII range, shared so that indexing does not allocate.</summary>
internal static class CharStrings
{
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();
    public static string Get(char c) => c < 128 ? Ascii[c] : c.ToString();
}
