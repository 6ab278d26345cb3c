using System.CommandLine;
using ArticleEnrichment.Azure.Storage;
using ArticleEnrichment.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ArticleEnrichment.Cli.Commands;

/// <summary><c>enrich run --container C [--prefix P] [--parallel N]</c>: backfill what is new or changed.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var container = StorageOptions.Container();
        var prefix = StorageOptions.Prefix();
        var parallel = StorageOptions.Parallel();
        var command = new Command("run", "Enrich every article in the container that is new or changed since its record; print a summary.")
        {
            container, prefix, parallel,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse, parse.GetValue(container));
            var stores = services.GetRequiredService<EnrichmentStores>();
            await StorageOptions.RequireContainerAsync((BlobArticleStore)stores.Articles, cancellationToken);
            var backfill = services.GetRequiredService<EnrichmentBackfill>();
            var summary = await RunWithProgressAsync(backfill, parse.GetValue(prefix), parse.GetValue(parallel), cancellationToken);
            Console.Out.WriteLine(summary.ToString());
            if (summary.Stopped)
            {
                return ExitCodes.Cancelled;
            }

            return summary.Failed + summary.Errors == 0 ? ExitCodes.Success : ExitCodes.ArticlesFailed;
        });
        return command;
    }

    /// <summary>A progress bar on a terminal; plain lines (every 5 s) when output is redirected.</summary>
    public static async Task<BackfillSummary> RunWithProgressAsync(EnrichmentBackfill backfill, string? prefix, int parallel, CancellationToken stop)
    {
        if (!Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            BackfillSummary? result = null;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask("Enriching", maxValue: 1);
                var progress = new Progress<BackfillSummary>(s =>
                {
                    task.MaxValue = Math.Max(1, s.Total);
                    task.Value = s.Done;
                    task.Description = $"{s.Enriched} enriched, {s.Unchanged} unchanged, {s.Failed} failed";
                });
                result = await backfill.RunAsync(prefix, parallel, progress, stop);
            });
            return result!;
        }

        var lastLine = DateTime.UtcNow;
        var plain = new SynchronousProgress<BackfillSummary>(s =>
        {
            // A line every 5 s keeps CI and log files readable on long backfills.
            if (DateTime.UtcNow - lastLine > TimeSpan.FromSeconds(5))
            {
                lastLine = DateTime.UtcNow;
                Console.Error.WriteLine($"{s.Done}/{s.Total} done: {s}");
            }
        });
        return await backfill.RunAsync(prefix, parallel, plain, stop);
    }
}

/// <summary>An IProgress that reports on the calling thread, under a lock (Progress&lt;T&gt; posts to the pool).</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock gate = new();

    public void Report(T value)
    {
        lock (gate)
        {
            report(value);
        }
    }
}
