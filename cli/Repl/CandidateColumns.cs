namespace Golfcart.Cli.Repl;

/// <summary>Lays completion candidates out in columns across the terminal, down then across, as bash does.</summary>
internal static class CandidateColumns
{
    public static string Format(IReadOnlyList<string> candidates, int width)
    {
        if (candidates.Count == 0) return "";
        int cell = candidates.Max(c => c.Length) + 2;
        int columns = Math.Max(1, (Math.Max(width, 1) - 1) / cell);
        int rows = (candidates.Count + columns - 1) / columns;
        var text = new System.Text.StringBuilder();
        for (int r = 0; r < rows; r++)
        {
            var line = new System.Text.StringBuilder();
            for (int c = 0; c < columns; c++)
            {
                int i = c * rows + r;
                if (i < candidates.Count) line.Append(candidates[i].PadRight(cell));
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
        return text.ToString();
    }
}
