namespace Golfcart.Cli.Repl;

/// <summary>
/// What Tab can do at the cursor: replace the last <see cref="FragmentLength"/> characters
/// with one of <see cref="Candidates"/> (sorted), or, on a line with nothing but spaces before
/// the cursor, indent.
/// </summary>
public sealed record Completion(int FragmentLength, IReadOnlyList<string> Candidates, bool Indent = false)
{
    public static readonly Completion None = new(0, []);

    /// <summary>The longest text every candidate starts with.</summary>
    public string CommonPrefix()
    {
        if (Candidates.Count == 0) return "";
        string prefix = Candidates[0];
        foreach (string c in Candidates)
        {
            int n = 0;
            while (n < prefix.Length && n < c.Length && prefix[n] == c[n]) n++;
            prefix = prefix[..n];
        }
        return prefix;
    }
}
