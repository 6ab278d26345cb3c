using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Storage;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ArticleEnrichment.Functions;

/// <summary>
/// Enriches an uploaded article into <c>&lt;name&gt;.enriched.json</c>. Event Grid tells the host a blob was
/// created (no container polling); the pipeline does the rest and is idempotent, so a redelivered event is harmless.
/// </summary>
public sealed class EnrichArticle(ArticleEnricher enricher, ILogger<EnrichArticle> logger)
{
    /// <summary>
    /// The blob-trigger entry point. The trigger binds a <see cref="BlobClient"/>, which downloads nothing: the
    /// pipeline reads the blob itself, under its size cap, rather than the host sending an unbounded payload first.
    /// </summary>
    /// <returns>What happened to the article (also logged).</returns>
    [Function(nameof(EnrichArticle))]
    public async Task<EnrichmentOutcome> RunAsync(
        [BlobTrigger("%" + EnrichmentSettings.ArticlesContainer + "%/{name}", Source = BlobTriggerSource.EventGrid, Connection = EnrichmentSettings.StorageConnectionName)]
        BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var name = blob.Name;
        if (ArticleNaming.IsOutput(name))
        {
            // One of our own records landing in the same container. The Event Grid filter already drops these;
            // this is the second guard, so a widened filter can never start an enrichment loop.
            logger.LogDebug("Skipping {BlobName}: it is an enrichment record", name);
            return EnrichmentOutcome.Skipped;
        }

        var outcome = await enricher.EnrichAsync(name, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Article {BlobName}: {Outcome}", name, outcome);
        return outcome;
    }
}
