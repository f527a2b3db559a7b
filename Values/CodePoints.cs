using System.Text;

namespace Golfcart;

/// <summary>Strings are indexed by Unicode code point; plain BMP text takes the direct path.</summary>
internal static class CodePoints
{
    public static int Count(string s)
    {
        // ASCII text, the common case, is checked by the library's vectorised test; other text by a
        // loop. (A SearchValues of the surrogates, or the generic IndexOfAnyInRange, cost a first-use
        // JIT compilation of several milliseconds in every process that measures a string.)
        if (Ascii.IsValid(s)) return s.Length;
        int firstSurrogate = 0;
        while (firstSurrogate < s.Length && !char.IsSurrogate(s[firstSurrogate])) firstSurrogate++;
        if (firstSurrogate == s.Length) return s.Length;
        int n = firstSurrogate;
        for (int i = firstSurrogate; i < s.Length; i++)
        {
            if (IsPairAt(s, i)) i++;
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
            off += IsPairAt(s, off) ? 2 : 1;
        return off;
    }

    public static string At(in Value str, int index)
    {
        string s = str.Str;
        if (str.StrLength == s.Length) return CharStrings.Get(s[index]);
        return AtOffset(s, Offset(s, str.StrLength, index), out _);
    }

    /// <summary>The code point that starts at UTF-16 offset <paramref name="off"/>, as a string; <paramref name="width"/> is its length in UTF-16 units.</summary>
    public static string AtOffset(string s, int off, out int width)
    {
        width = IsPairAt(s, off) ? 2 : 1;
        return width == 1 ? CharStrings.Get(s[off]) : s.Substring(off, 2);
    }

    /// <summary>True when a surrogate pair (one code point in two UTF-16 units) starts at <paramref name="off"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsPairAt(string s, int off) =>
        char.IsHighSurrogate(s[off]) && off + 1 < s.Length && char.IsLowSurrogate(s[off + 1]);

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
    private static readonly string[] Ascii = MakeAscii();
    public static string Get(char c) => c < 128 ? Ascii[c] : c.ToString();

    private static string[] MakeAscii()
    {
        var strings = new string[128];
        for (int i = 0; i < strings.Length; i++) strings[i] = ((char)i).ToString();
        return strings;
    }
}
