using System.CommandLine;
using System.Globalization;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Azure.Storage;
using Azure;

namespace ArticleEnrichment.Cli;

/// <summary>Options and checks of the commands that work on a container.</summary>
public static class StorageOptions
{
    public static Option<string> Container() => new("--container", "-c")
    {
        Description = $"The blob container of the articles (default: ${EnrichmentSettings.ArticlesContainer}, else {EnrichmentSettings.DefaultArticlesContainer}).",
        DefaultValueFactory = _ => System.Environment.GetEnvironmentVariable(EnrichmentSettings.ArticlesContainer) is { Length: > 0 } name
            ? name
            : EnrichmentSettings.DefaultArticlesContainer,
    };

    public static Option<string?> Prefix() => new("--prefix") { Description = "Only articles whose names start with this." };

    public static Option<int> Parallel() => new("--parallel", "-p")
    {
        // 8 keeps both cores busy while other articles wait on storage; docs/backfill.md has the measurements.
        Description = "Articles enriched at once (1-64).",
        DefaultValueFactory = _ => 8,
        // A parser of its own rather than a validator: a validator would ask for the int of a token that is not
        // one ("abc", "1.5", "99999999999") and System.CommandLine throws instead of reporting a usage error.
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var parallel) && parallel is >= 1 and <= 64)
            {
                return parallel;
            }

            result.AddError("--parallel must be a whole number from 1 to 64.");
            return 0;
        },
    };

    /// <summary>Creates the container if it is missing; turns "cannot reach storage" into one clear line.</summary>
    public static async Task EnsureContainerAsync(BlobArticleStore store, CancellationToken cancellationToken)
    {
        try
        {
            await store.Client.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException)
        {
            throw new CliException($"Cannot reach blob storage at {store.Client.Uri}: {FirstLine(e.Message)} (is Azurite running? see README)");
        }
    }

    /// <summary>Fails with one line when the container does not exist or storage cannot be reached.</summary>
    public static async Task RequireContainerAsync(BlobArticleStore store, CancellationToken cancellationToken)
    {
        bool exists;
        try
        {
            exists = (await store.Client.ExistsAsync(cancellationToken)).Value;
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException)
        {
            throw new CliException($"Cannot reach blob storage at {store.Client.Uri}: {FirstLine(e.Message)} (is Azurite running? see README)");
        }

        if (!exists)
        {
            throw new CliException($"Container '{store.Container}' does not exist at {store.Client.Uri}; upload articles first (enrich upload).");
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
