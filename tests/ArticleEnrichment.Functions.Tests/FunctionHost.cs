using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using ArticleEnrichment.Testing;
using Microsoft.Extensions.Hosting;

namespace ArticleEnrichment.Functions.Tests;

/// <summary>
/// Builds the function app's real host by running its Program.cs up to <c>Build()</c>, then stops it before it
/// would connect to a Functions host. The hosting library announces each built host on a DiagnosticListener
/// ("HostBuilt"); the observer takes the host and throws to end Program there (as ASP.NET Core's test host does).
/// </summary>
internal static class FunctionHost
{
    private const string HostingListener = "Microsoft.Extensions.Hosting";

    // DiagnosticListener.AllListeners is process-wide: one capture at a time.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The host Program.cs builds, with <paramref name="settings"/> as its configuration (command-line arguments).</summary>
    public static IHost Build(IReadOnlyDictionary<string, string> settings)
    {
        var args = settings.Select(s => $"--{s.Key}={s.Value}").ToArray();
        var entryPoint = typeof(EnrichArticle).Assembly.EntryPoint ?? throw new InvalidOperationException("The function app has no entry point.");
        var capture = new HostCapture();
        OneAtATime.Wait();
        try
        {
            using var subscription = DiagnosticListener.AllListeners.Subscribe(capture);
            try
            {
                entryPoint.Invoke(null, [args]);
            }
            catch (TargetInvocationException e) when (e.InnerException is HostCaptured)
            {
                // Program stopped right after Build(), as intended.
            }
        }
        finally
        {
            OneAtATime.Release();
        }

        return capture.Host ?? throw new InvalidOperationException("Program.cs returned without building a host.");
    }

    /// <summary>The settings of the committed local.settings.sample.json (what a developer runs with Azurite).</summary>
    public static Dictionary<string, string> SampleSettings()
    {
        var sample = JsonNode.Parse(File.ReadAllText(RepoPaths.RepoFile("src", "ArticleEnrichment.Functions", "local.settings.sample.json")))!;
        return sample["Values"]!.AsObject().ToDictionary(v => v.Key, v => (string?)v.Value ?? string.Empty, StringComparer.Ordinal);
    }

    private sealed class HostCaptured : Exception;

    private sealed class HostCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly List<IDisposable> subscriptions = [];

        public IHost? Host { get; private set; }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == HostingListener)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (Host is null && value.Key == "HostBuilt" && value.Value is IHost host)
            {
                Host = host;
                subscriptions.ForEach(s => s.Dispose());
                throw new HostCaptured();
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
