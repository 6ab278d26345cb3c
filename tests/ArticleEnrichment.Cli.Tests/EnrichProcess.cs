using System.Diagnostics;

namespace ArticleEnrichment.Cli.Tests;

/// <summary>
/// Runs the real <c>enrich</c> program (the enrich.dll built beside the tests) as a child process, the way a user
/// or a script does: its exit code, stdout and stderr are what the tests check.
/// </summary>
public static class EnrichProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Task<Result> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs enrich in <paramref name="workingDirectory"/>, so that relative paths are resolved there.</summary>
    public static Task<Result> RunInDirectoryAsync(string workingDirectory, params string[] args)
    {
        var start = StartInfo(new Dictionary<string, string>(), args);
        start.WorkingDirectory = workingDirectory;
        return RunAsync(start, args);
    }

    /// <summary>Runs enrich with <paramref name="environment"/> added to a cleaned copy of this process's environment.</summary>
    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
        => RunAsync(StartInfo(environment, args), args);

    /// <summary>How enrich is started: its dll under dotnet, all three streams redirected, the environment cleaned.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "enrich.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Keep the caller's environment from changing what the program does: enrich reads every setting of the
        // function app from the environment.
        string[] settingPrefixes = ["ENRICH_", "AZURE_LANGUAGE_", "AZURE_CLIENT_ID", "ARTICLES_CONTAINER", "OUTPUT_CONTAINER", "OUTPUT_PREFIX", "ArticlesStorage"];
        foreach (var name in start.Environment.Keys.Where(k => settingPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static async Task<Result> RunAsync(ProcessStartInfo start, string[] args)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("enrich did not start.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // A generous bound so a hang fails the test instead of stalling the run; not a speed assertion.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"enrich {string.Join(' ', args)} did not exit within 5 minutes.");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
