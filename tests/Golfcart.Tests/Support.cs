using System.Diagnostics;

namespace Golfcart.Tests;

/// <summary>Finds the repository, runs Golfcart in-process (on a big stack) or through the real command.</summary>
internal static class Support
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Golfcart.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Golfcart.slnx)");
    }

    public static IEnumerable<object[]> Files(string folder, string pattern = "*.golf") =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, folder), pattern, SearchOption.TopDirectoryOnly)
            .Select(f => Path.GetRelativePath(RepoRoot, f))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { f });

    /// <summary>Runs <paramref name="action"/> on a thread with a 512 MiB stack, as the command does.</summary>
    public static T OnBigStack<T>(Func<T> action)
    {
        T result = default!;
        Exception? error = null;
        var t = new Thread(() =>
        {
            try { result = action(); }
            catch (Exception e) { error = e; }
        }, 512 * 1024 * 1024);
        t.Start();
        t.Join();
        if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }

    /// <summary>Runs a program in-process; returns its final value and what it logged.</summary>
    public static (Value Result, string Output) Run(string source, string file = "test.golf", long? maxSteps = null, int depth = 10_000)
    {
        return OnBigStack(() =>
        {
            var output = new StringWriter();
            var engine = new Engine(new EngineOptions { Output = output, Input = new StringReader(""), MaxSteps = maxSteps, MaxCallDepth = depth });
            var v = engine.Run(Script.Parse(source, file));
            return (v, output.ToString().Replace("\r\n", "\n"));
        });
    }

    /// <summary>Runs a program in-process and returns the exception it must throw.</summary>
    public static GolfcartException Fail(string source)
    {
        try
        {
            Run(source);
        }
        catch (GolfcartException e)
        {
            return e;
        }
        throw new Xunit.Sdk.XunitException($"expected an error from: {source}");
    }

    public static string Eval(string source) => Run(source).Result.Inspect();

    public static string CliDll
    {
        get
        {
            string config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            return Path.Combine(RepoRoot, "cli", "bin", config, "net10.0", "golfcart.dll");
        }
    }

    /// <summary>Runs a program with python3 if it is on this machine; null when it is not.</summary>
    public static (int Code, string Out, string Err)? Python(string script, string[] args)
    {
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoRoot,
        };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try
        {
            p = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no python3 here
        }
        using (p)
        {
            var outTask = p.StandardOutput.ReadToEndAsync();
            var errTask = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(120_000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException($"python3 {script} did not finish in 120 s");
            }
            return (p.ExitCode, outTask.Result.Replace("\r\n", "\n"), errTask.Result);
        }
    }

    /// <summary>Starts the real <c>golfcart</c> command and returns its exit status, stdout and stderr.</summary>
    public static (int Code, string Out, string Err) Cli(string[] args, string? stdin = null, string? workDir = null)
    {
        // GOLFCART_COMMAND, when set, names the command to run instead of the built golfcart.dll under
        // dotnet: CI runs the suites again against the command compiled ahead of time (.ci/run).
        string? command = Environment.GetEnvironmentVariable("GOLFCART_COMMAND");
        var psi = new ProcessStartInfo(command ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? RepoRoot,
        };
        if (command is null) psi.ArgumentList.Add(CliDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"golfcart {string.Join(' ', args)} did not finish in 120 s");
        }
        return (p.ExitCode, outTask.Result.Replace("\r\n", "\n"), errTask.Result.Replace("\r\n", "\n"));
    }
}
