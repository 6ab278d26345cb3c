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

    /// <summary>Starts enrich and leaves its standard input open; finish with <see cref="WaitForExitAsync(Process)"/>.</summary>
    public static Process Start(params string[] args)
        => Process.Start(StartInfo(new Dictionary<string, string>(), args)) ?? throw new InvalidOperationException("enrich did not start.");

    /// <summary>Sends <paramref name="signal"/> (TERM, INT) to a running enrich, as a shell's kill or Ctrl+C does.</summary>
    public static async Task SignalAsync(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for a started enrich to exit (a hang fails after 5 minutes) and returns what it printed.</summary>
    public static Task<Result> WaitForExitAsync(Process process)
        => WaitForExitAsync(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), string.Join(' ', process.StartInfo.ArgumentList.Skip(1)));

    private static async Task<Result> RunAsync(ProcessStartInfo start, string[] args)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("enrich did not start.");
        process.StandardInput.Close();
        return await WaitForExitAsync(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), string.Join(' ', args));
    }

    private static async Task<Result> WaitForExitAsync(Process process, Task<string> stdout, Task<string> stderr, string commandLine)
    {

        // A generous bound so a hang fails the test instead of stalling the run; not a speed assertion.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"enrich {commandLine} did not exit within 5 minutes.");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
