using System.Security.Cryptography;
using ArticleEnrichment.Output;
using ArticleEnrichment.Storage;
using Microsoft.Extensions.Logging;

namespace ArticleEnrichment.Pipeline;

/// <summary>Where articles are read from and where their records are written (the same container by default).</summary>
public sealed record EnrichmentStores(IArticleStore Articles, IArticleStore Records, ArticleNaming Naming);

/// <summary>
/// The enrichment pipeline: source bytes -> <see cref="Reading.ArticleReader"/> -> <see cref="Analysis.ITextAnalyzer"/> -> record ->
/// conditional write. It knows no host: the Functions trigger, <c>enrich watch</c>, <c>enrich run</c> and
/// <c>enrich file</c> all call it. Every input gets exactly one record, a success or a failure.
/// </summary>
public sealed class ArticleEnricher(EnrichmentStores stores, ArticleRecordBuilder records, ILogger<ArticleEnricher> logger)
{
    /// <summary>Enriches one stored article by name: what a blob trigger calls.</summary>
    public async Task<EnrichmentOutcome> EnrichAsync(string name, CancellationToken cancellationToken = default)
    {
        if (ArticleNaming.IsOutput(name))
        {
            return EnrichmentOutcome.Skipped;
        }

        var item = await stores.Articles.GetAsync(name, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            logger.LogInformation("Article {BlobName} no longer exists; nothing to enrich", name);
            return EnrichmentOutcome.Skipped;
        }

        var record = await stores.Records.GetAsync(stores.Naming.OutputNameFor(name), cancellationToken).ConfigureAwait(false);
        return await EnrichAsync(item, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Enriches <paramref name="article"/> unless <paramref name="existingRecord"/> already covers it.
    /// A backfill passes both from one listing, so deciding "unchanged" costs no request at all.
    /// </summary>
    public async Task<EnrichmentOutcome> EnrichAsync(StoredItem article, StoredItem? existingRecord, CancellationToken cancellationToken = default)
    {
        var stamp = existingRecord is null ? null : RecordStamp.FromMetadata(existingRecord.Metadata);
        if (IsCurrent(stamp, article.ETag, sha256: null))
        {
            return EnrichmentOutcome.Unchanged;
        }

        var maxBytes = records.MaxInputBytes;
        var download = await stores.Articles.DownloadAsync(article.Name, maxBytes, cancellationToken).ConfigureAwait(false);
        if (download is null)
        {
            logger.LogInformation("Article {BlobName} was deleted before it could be read", article.Name);
            return EnrichmentOutcome.Skipped;
        }

        var sha256 = download.Truncated ? null : Convert.ToHexStringLower(SHA256.HashData(download.Content));
        if (sha256 is not null && IsCurrent(stamp, eTag: null, sha256))
        {
            // Same bytes under a new ETag (e.g. the blob was re-uploaded unchanged): the record still holds.
            return EnrichmentOutcome.Unchanged;
        }

        var source = new SourceInfo(
            stores.Articles.Container,
            download.Item.Name,
            download.Item.ETag,
            download.Item.ContentType,
            download.Item.Length,
            sha256,
            new SortedDictionary<string, string>(download.Item.Metadata.ToDictionary(), StringComparer.Ordinal));

        var result = await records.BuildAsync(source, download.Content, cancellationToken).ConfigureAwait(false);

        var written = await stores.Records.WriteRecordAsync(
            stores.Naming.OutputNameFor(article.Name),
            result.Json,
            new RecordStamp(download.Item.ETag, sha256, result.Status, result.ErrorCode?.ToString()),
            existingRecord?.ETag,
            cancellationToken).ConfigureAwait(false);

        if (!written)
        {
            // Another trigger wrote this record between our read and our write; its record stands.
            logger.LogInformation("Record for {BlobName} was written concurrently; keeping that one", article.Name);
            return EnrichmentOutcome.LostRace;
        }

        if (result.ErrorCode is { } code)
        {
            logger.LogWarning("Article {BlobName} failed with {ErrorCode}", article.Name, code);
            return EnrichmentOutcome.Failed;
        }

        return EnrichmentOutcome.Enriched;
    }

    /// <summary>
    /// True when the record was made from this very input (same ETag or same bytes) and is final. A record that
    /// failed in analysis is not final: the service may have been down, so the next run tries again.
    /// </summary>
    private static bool IsCurrent(RecordStamp? stamp, string? eTag, string? sha256)
    {
        if (stamp is null || stamp.ErrorCode == nameof(FailureCode.AnalysisFailed))
        {
            return false;
        }

        return (eTag is not null && stamp.SourceETag == eTag.Trim('"'))
            || (sha256 is not null && stamp.SourceSha256 == sha256);
    }
}

/// <summary>A built record: its status, failure code (null on success) and UTF-8 JSON bytes.</summary>
public sealed record EnrichmentResult(string Status, FailureCode? ErrorCode, byte[] Json);

/// <summary>What happened to one article.</summary>
public enum EnrichmentOutcome
{
    /// <summary>Analyzed and a success record written.</summary>
    Enriched,
    /// <summary>A failure record written (the input could not be read or analyzed).</summary>
    Failed,
    /// <summary>The existing record already covers this input: no analysis, no write.</summary>
    Unchanged,
    /// <summary>Not an article (one of our outputs) or gone before it could be read.</summary>
    Skipped,
    /// <summary>Another trigger wrote the record first; exactly one record exists.</summary>
    LostRace,
}
