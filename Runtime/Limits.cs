namespace Golfcart;

/// <summary>Sizes past which a builtin refuses to build a result, so a script cannot exhaust the host's memory by accident.</summary>
internal static class Limits
{
    /// <summary>The most elements a builtin will put in one list (range, repeat, split, chars…).</summary>
    public const int MaxElements = 1 << 26;

    /// <summary>The longest string (in UTF-16 units) a builtin or <c>+</c> will build.</summary>
    public const int MaxStringLength = Ops.MaxStringLength;
}
