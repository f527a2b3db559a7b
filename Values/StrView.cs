using System.Text;

namespace Golfcart;

/// <summary>
/// A long string being built by <c>+</c>: the first <see cref="Length"/> characters of a shared
/// builder. <c>s = s + x</c> on the newest view appends to the builder instead of copying all of
/// <c>s</c> (which made building a string quadratic); an older view, or any reader, gets the
/// string itself (<see cref="Flat"/>, made once). Views live only in variables and temporaries:
/// lists, dicts and builtins always receive plain strings.
/// </summary>
internal sealed class StrView(StringBuilder buffer, int length)
{
    /// <summary>Strings shorter than this are concatenated the plain way.</summary>
    public const int MinLength = 256;

    public readonly StringBuilder Buffer = buffer;
    public readonly int Length = length;
    private string? _flat;

    /// <summary>True when nothing was appended after this view: appending to it may extend the buffer.</summary>
    public bool IsNewest => Buffer.Length == Length;

    public string Flat => _flat ?? Flatten();

    // Out of line: Flat is inlined wherever a value is made plain, and this is the rare part.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private string Flatten() => _flat = Buffer.ToString(0, Length);
}
