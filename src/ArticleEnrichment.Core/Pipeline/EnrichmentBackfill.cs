using System.Diagnostics;
using ArticleEnrichment.Storage;
using Microsoft.Extensions.Logging;

namespace ArticleEnrichment.Pipeline;

/// <summary>
/// One pass over a container: everything new or changed is enriched, with at most N articles in flight.
/// <c>enrich run</c> makes one pass; <c>enrich watch</c> makes one pass per poll. Deciding "unchanged" needs
/// only the listing (records carry their source ETag as metadata), so a pass over unchanged articles
/// downloads nothing.
/// </summary>
public sealed class EnrichmentBackfill(EnrichmentStores stores, ArticleEnricher enricher, ILogger<EnrichmentBackfill> logger)
{
    /// <summary>
    /// Runs one pass. <paramref name="stop"/> stops starting new articles; those in flight finish and their
    /// records are written, so Ctrl+C never leaves an article half done.
    /// </summary>
    /// <param name="prefix">Only articles whose names start with this; null for all.</param>
    /// <param name="parallel">Articles in flight at once, 1 or more.</param>
    /// <param name="progress">Told after each article.</param>
    /// <param name="stop">Stops the pass after the articles in flight.</param>
    public async Task<BackfillSummary> RunAsync(string? prefix, int parallel, IProgress<BackfillSummary>? progress = null, CancellationToken stop = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var clock = Stopwatch.StartNew();
        var (articles, records) = await ListAsync(prefix, stop).ConfigureAwait(false);
        var tally = new BackfillTally(articles.Count);

        using var slots = new SemaphoreSlim(parallel);
        var inFlight = new List<Task>();
        foreach (var article in articles)
        {
            try
            {
                await slots.WaitAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            records.TryGetValue(article.Name, out var record);
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    // In-flight work is not cancelled by stop: it finishes and writes its record.
                    tally.Add(await enricher.EnrichAsync(article, record, CancellationToken.None).ConfigureAwait(false));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Storage unreachable after the SDK's retries: the article stays without a record and the
                    // next pass tries it again; the summary counts it and the exit code says so.
                    logger.LogError(e, "Could not enrich {BlobName}: {Error}", article.Name, e.Message);
                    tally.AddError();
                }
                finally
                {
                    slots.Release();
                    progress?.Report(tally.Snapshot(clock.Elapsed));
                }
            }, CancellationToken.None));
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
        return tally.Snapshot(clock.Elapsed) with { Stopped = stop.IsCancellationRequested };
    }

    /// <summary>
    /// Lists the articles under <paramref name="prefix"/> and the records that exist for them: one listing when
    /// records sit beside the articles, two when they have their own container or prefix.
    /// </summary>
    private async Task<(List<StoredItem> Articles, Dictionary<string, StoredItem> Records)> ListAsync(string? prefix, CancellationToken cancellationToken)
    {
        var articles = new List<StoredItem>();
        var records = new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        var besideArticles = ReferenceEquals(stores.Articles, stores.Records) && stores.Naming.OutputPrefix.Length == 0;
        await foreach (var item in stores.Articles.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            if (!ArticleNaming.IsOutput(item.Name))
            {
                articles.Add(item);
            }
            else if (besideArticles && stores.Naming.ArticleNameFor(item.Name) is { } articleName)
            {
                records[articleName] = item;
            }
        }

        if (!besideArticles)
        {
            var recordPrefix = stores.Naming.OutputPrefix + (prefix ?? string.Empty);
            await foreach (var item in stores.Records.ListAsync(recordPrefix, cancellationToken).ConfigureAwait(false))
            {
                if (stores.Naming.ArticleNameFor(item.Name) is { } articleName)
                {
                    records[articleName] = item;
                }
            }
        }

        return (articles, records);
    }

    /// <summary>Thread-safe counts of one pass.</summary>
    private sealed class BackfillTally(int total)
    {
        private int enriched, unchanged, failed, skipped, errors;

        public void Add(EnrichmentOutcome outcome)
        {
            switch (outcome)
            {
                case EnrichmentOutcome.Enriched: Interlocked.Increment(ref enriched); break;
                case EnrichmentOutcome.Failed: Interlocked.Increment(ref failed); break;
                case EnrichmentOutcome.Unchanged: Interlocked.Increment(ref unchanged); break;
                default: Interlocked.Increment(ref skipped); break;
            }
        }

        public void AddError() => Interlocked.Increment(ref errors);

        public BackfillSummary Snapshot(TimeSpan elapsed) => new(
            total, Volatile.Read(ref enriched), Volatile.Read(ref unchanged), Volatile.Read(ref failed),
            Volatile.Read(ref skipped), Volatile.Read(ref errors), elapsed, Stopped: false);
    }
}

/// <summary>Counts of one pass.</summary>
/// <param name="Total">Articles listed (outputs excluded).</param>
/// <param name="Enriched">Success records written.</param>
/// <param name="Unchanged">Already covered by their record: no analysis, no write.</param>
/// <param name="Failed">Failure records written.</param>
/// <param name="Skipped">Gone before reading, or a concurrent writer won.</param>
/// <param name="Errors">Not processed (storage error); retried by the next pass.</param>
/// <param name="Elapsed">Wall-clock time of the pass.</param>
/// <param name="Stopped">True when Ctrl+C ended the pass early.</param>
public sealed record BackfillSummary(int Total, int Enriched, int Unchanged, int Failed, int Skipped, int Errors, TimeSpan Elapsed, bool Stopped)
{
    public int Done => Enriched + Unchanged + Failed + Skipped + Errors;

    /// <summary>Articles finished per second of the pass.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"{Enriched} enriched, {Unchanged} unchanged, {Failed} failed, {Skipped} skipped, {Errors} errors " +
        $"of {Total} in {Elapsed.TotalSeconds:F2} s ({ArticlesPerSecond:F1} articles/s)";
}
