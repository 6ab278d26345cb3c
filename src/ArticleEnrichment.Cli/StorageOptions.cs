using System.CommandLine;
using System.Globalization;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Azure.Storage;
using Azure;
using Azure.Storage.Blobs.Specialized;

namespace ArticleEnrichment.Cli;

/// <summary>Options and checks of the commands that work on a container.</summary>
public static class StorageOptions
{
    public static Option<string> Container() => new("--container", "-c")
    {
        Description = $"The blob container of the articles (default: ${EnrichmentSettings.ArticlesContainer}, else {EnrichmentSettings.DefaultArticlesContainer}).",
        DefaultValueFactory = _ => CommonOptions.SettingOr(EnrichmentSettings.ArticlesContainer, EnrichmentSettings.DefaultArticlesContainer),
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
    public static Task EnsureContainerAsync(BlobArticleStore store, CancellationToken cancellationToken)
        => CallStorageAsync(store, () => store.Client.CreateIfNotExistsAsync(cancellationToken: cancellationToken), cancellationToken);

    /// <summary>Fails with one line when the container does not exist or storage cannot be reached.</summary>
    public static async Task RequireContainerAsync(BlobArticleStore store, CancellationToken cancellationToken)
    {
        var exists = await CallStorageAsync(store, () => store.Client.ExistsAsync(cancellationToken), cancellationToken);
        if (!exists.Value)
        {
            throw new CliException($"Container '{store.Container}' does not exist at {store.Client.Uri}; upload articles first (enrich upload).");
        }
    }

    /// <summary>
    /// The first request a command makes to storage, with its failure turned into one line (<see cref="StorageFailure"/>).
    /// Storage on this machine (Azurite) is first asked once, at once, whether anything listens on its port: the
    /// storage client retries a refused connection 5 times over about 25 s before it gives up, a long silence for the
    /// most common mistake, Azurite not started. Remote endpoints keep the client's retries, which ride out real
    /// network trouble.
    /// </summary>
    private static async Task<T> CallStorageAsync<T>(BlobArticleStore store, Func<Task<T>> request, CancellationToken cancellationToken)
    {
        var endpoint = store.Client.GetParentBlobServiceClient().Uri;
        try
        {
            if (endpoint.IsLoopback)
            {
                using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                await socket.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
            }

            return await request();
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException or System.Net.Sockets.SocketException)
        {
            throw new CliException(StorageFailure(endpoint, e));
        }
    }

    /// <summary>
    /// One line for a storage request that failed. When the client's retries run out it throws an
    /// AggregateException whose message repeats every try's error after a paragraph on retry settings; the
    /// line says the last error once and how many tries were made.
    /// </summary>
    /// <param name="endpoint">The blob service, when known.</param>
    /// <param name="error">What the storage client threw.</param>
    public static string StorageFailure(Uri? endpoint, Exception error)
    {
        var tries = error is AggregateException { InnerExceptions.Count: > 1 } retried ? retried.InnerExceptions.Count : 1;
        var last = error is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[^1] : error;
        var where = endpoint is null ? "blob storage" : $"blob storage at {endpoint}";
        var after = tries > 1 ? $" (after {tries} tries)" : string.Empty;
        if (last is RequestFailedException { Status: > 0 } answered)
        {
            // The service answered (403, 404, ...): reachable, so say what it said.
            return $"Request to {where} failed with status {answered.Status}: {FirstLine(answered.Message).TrimEnd('.')}{after}.";
        }

        // Azurite on loopback is the default; a refused local connection is almost always Azurite not running.
        var hint = endpoint is { IsLoopback: true } ? " Is Azurite running? See README." : string.Empty;
        return $"Cannot reach {where}: {FirstLine(last.Message).TrimEnd('.')}{after}.{hint}";
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
