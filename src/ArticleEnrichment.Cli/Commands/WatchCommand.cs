using System.CommandLine;
using System.Globalization;
using ArticleEnrichment.Azure.Storage;
using ArticleEnrichment.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleEnrichment.Cli.Commands;

/// <summary>
/// <c>enrich watch --container C</c>: the local trigger. Azurite has no Event Grid or change feed, so it polls:
/// each poll is one listing, and only new or changed articles are downloaded. Ctrl+C finishes what is in flight.
/// </summary>
public static class WatchCommand
{
    // Below 0.2 s the listings would load Azurite for little gain; above an hour "watch" is no longer watching.
    private const double MinIntervalSeconds = 0.2;
    private const double MaxIntervalSeconds = 3600;

    public static Command Create()
    {
        var container = StorageOptions.Container();
        var prefix = StorageOptions.Prefix();
        var parallel = StorageOptions.Parallel();
        var interval = new Option<double>("--interval")
        {
            // 2 s: a listing of 1,000 blobs takes about 0.25 s on Azurite, so polling costs little and an upload
            // is picked up about as fast as Event Grid would deliver it in Azure.
            Description = string.Create(CultureInfo.InvariantCulture, $"Seconds between polls ({MinIntervalSeconds}-{MaxIntervalSeconds})."),
            DefaultValueFactory = _ => 2.0,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= MinIntervalSeconds and <= MaxIntervalSeconds)
                {
                    return seconds;
                }

                // NaN and the infinities fail the range test too.
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--interval must be a number of seconds from {MinIntervalSeconds} to {MaxIntervalSeconds}."));
                return 0;
            },
        };
        var command = new Command("watch", "Enrich new and changed articles as they arrive, until Ctrl+C (which finishes the articles in flight).")
        {
            container, prefix, parallel, interval,
        };
        command.SetAction(async (parse, stop) =>
        {
            var seconds = parse.GetValue(interval);
            await using var services = CliServices.Build(parse, parse.GetValue(container));
            var stores = services.GetRequiredService<EnrichmentStores>();
            await StorageOptions.EnsureContainerAsync((BlobArticleStore)stores.Articles, stop);
            var backfill = services.GetRequiredService<EnrichmentBackfill>();
            Console.Error.WriteLine($"Watching container '{stores.Articles.Container}' every {seconds:0.##} s; Ctrl+C to stop.");
            var failed = 0;
            while (!stop.IsCancellationRequested)
            {
                var pass = await backfill.RunAsync(parse.GetValue(prefix), parse.GetValue(parallel), progress: null, stop);
                failed += pass.Failed + pass.Errors;
                if (pass.Enriched + pass.Failed + pass.Errors > 0)
                {
                    Console.Out.WriteLine($"{DateTime.Now:HH:mm:ss} {pass}");
                }

                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(seconds), stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            Console.Error.WriteLine("Stopped.");
            return failed == 0 ? ExitCodes.Success : ExitCodes.ArticlesFailed;
        });
        return command;
    }
}
