using System.Text.Json;

namespace Golfcart.Tests.Terminal;

/// <summary>
/// The real <c>golfcart</c> REPL on a pseudo-terminal (<c>TERM=xterm-256color</c>, 30×100), with
/// a history file of its own. Types in the three <see cref="SendMode"/>s and waits for the screen
/// to show what a test expects, with a deadline (never a fixed sleep as the condition).
/// </summary>
internal sealed class ReplDriver : IDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan KeyPause = TimeSpan.FromMilliseconds(25);

    private readonly string _dir = Directory.CreateTempSubdirectory("golfcart-pty-").FullName;
    private PseudoTerminal _pty = null!;

    public string HistoryPath => Path.Combine(_dir, "history");

    public PseudoTerminal Terminal => _pty;

    /// <summary>Starts the REPL, its history holding <paramref name="history"/>, and waits for its first prompt.</summary>
    public static ReplDriver Start(params string[] history)
    {
        var driver = new ReplDriver();
        if (history.Length > 0) File.WriteAllLines(driver.HistoryPath, history.Select(h => JsonSerializer.Serialize(h)));
        driver.Launch();
        driver.WaitFor(s => s.Lines.Any(l => l.StartsWith("Golfcart ")) && s.Lines.Contains(">"), "the banner and the first prompt");
        return driver;
    }

    private void Launch()
    {
        // GOLFCART_COMMAND names the command to test (CI sets it to the command compiled ahead of
        // time); otherwise the built golfcart.dll runs under dotnet, as in Support.Cli.
        string? command = Environment.GetEnvironmentVariable("GOLFCART_COMMAND");
        string[] argv = command is null ? ["dotnet", Support.CliDll] : [command];
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        env["TERM"] = "xterm-256color";
        env["GOLFCART_HISTORY"] = HistoryPath;
        env.Remove("NO_COLOR");
        env.Remove("COLUMNS");
        env.Remove("LINES");
        _pty = PseudoTerminal.Start(argv, env);
    }

    /// <summary>Types <paramref name="inputs"/> the way <paramref name="mode"/> says.</summary>
    public void Send(SendMode mode, params Input[] inputs)
    {
        switch (mode)
        {
            case SendMode.Burst:
                _pty.Write(string.Concat(inputs.Select(i => i.Bytes)));
                break;
            case SendMode.Keys:
                foreach (var input in inputs) TypeSlowly(input);
                break;
            case SendMode.Paste:
                foreach (var input in inputs)
                {
                    if (input.IsKey) TypeSlowly(input);
                    else _pty.Write("\u001b[200~" + input.Bytes + "\u001b[201~");
                }
                break;
        }
    }

    private void TypeSlowly(Input input)
    {
        if (input.IsKey)
        {
            _pty.Write(input.Bytes);
            Thread.Sleep(KeyPause);
            return;
        }
        foreach (char c in input.Bytes)
        {
            _pty.Write(c.ToString());
            Thread.Sleep(KeyPause);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the screen; fails with the screen shown otherwise.</summary>
    public VtScreen WaitFor(Func<VtScreen, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            if (_pty.Look(condition)) return _pty.Screen;
            if (DateTime.UtcNow > deadline)
                throw new Xunit.Sdk.XunitException($"timed out after {Deadline.TotalSeconds} s waiting for {what}; the screen:\n{_pty.Look(s => s.ToString())}");
            Thread.Sleep(20);
        }
    }

    /// <summary>Waits until the screen shows <paramref name="lines"/> one under the other (each without its trailing spaces).</summary>
    public void WaitForLines(params string[] lines) =>
        WaitFor(s => FindLines(s, lines) >= 0, "the lines\n  " + string.Join("\n  ", lines));

    /// <summary>The row where <paramref name="lines"/> start on the screen, -1 if they are not there (the last occurrence wins).</summary>
    public static int FindLines(VtScreen screen, string[] lines)
    {
        var shown = screen.Lines;
        for (int r = shown.Length - lines.Length; r >= 0; r--)
            if (lines.Select((l, i) => shown[r + i] == l).All(x => x)) return r;
        return -1;
    }

    /// <summary>The screen's text now.</summary>
    public string ScreenText => _pty.Look(s => s.ToString());

    /// <summary>The last non-empty line of the screen.</summary>
    public string LastLine => _pty.Look(s => s.Lines.Last(l => l.Length > 0));

    public int? WaitForExit() => _pty.WaitForExit(Deadline);

    public void Dispose()
    {
        _pty?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
