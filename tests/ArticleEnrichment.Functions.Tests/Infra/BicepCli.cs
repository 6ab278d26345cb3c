using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ArticleEnrichment.Functions.Tests.Infra;

/// <summary>
/// The real Bicep CLI from the restored Azure.Bicep.CommandLine.linux-x64 package (tools/bicep). Bicep exits 0 on
/// warnings, so callers assert on its output too; infra/bicepconfig.json raises every default-warning rule to error.
/// </summary>
internal static class BicepCli
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonObject>> Compiled = new();

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static string Executable
    {
        get
        {
            var path = Path.Combine(BuildOutputs.BicepPackageDir, "tools", "bicep");
            Assert.True(File.Exists(path), $"The Bicep CLI is not at {path}; restore the test project.");
            if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
            {
                // NuGet extracts without the execute bit on some machines.
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
            }

            return path;
        }
    }

    public static Result Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline: no telemetry, no registry look-ups (the templates use no registry modules).
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>The ARM JSON of a Bicep file (built once per test run), failing on any diagnostic.</summary>
    public static JsonObject Build(string bicepFile)
        => Compiled.GetOrAdd(bicepFile, file => new Lazy<JsonObject>(() =>
        {
            var result = Run("build", file, "--stdout");
            Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, $"bicep build {file} failed or warned:\n{result.StandardError}");
            return JsonNode.Parse(result.StandardOutput)!.AsObject();
        })).Value;
}
