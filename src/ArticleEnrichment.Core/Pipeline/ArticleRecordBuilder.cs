using ArticleEnrichment.Analysis;
using ArticleEnrichment.Articles;
using ArticleEnrichment.Output;
using ArticleEnrichment.Reading;
using Microsoft.Extensions.Logging;

namespace ArticleEnrichment.Pipeline;

/// <summary>
/// Bytes of one input -> its record (success or failure): reader, analyzer, record. No storage: <c>enrich file</c>
/// uses it directly, <see cref="ArticleEnricher"/> around stored articles.
/// </summary>
public sealed class ArticleRecordBuilder(ArticleReader reader, ITextAnalyzer analyzer, TimeProvider time, ILogger<ArticleRecordBuilder> logger)
{
    /// <summary>The largest input accepted, in bytes (the reader's cap).</summary>
    public long MaxInputBytes => reader.Options.MaxInputBytes;

    /// <summary>
    /// Reads and analyzes one input and builds its record, success or failure: what <c>enrich file</c> uses
    /// directly and what every stored article goes through.
    /// </summary>
    public async Task<EnrichmentResult> BuildAsync(SourceInfo source, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        if (content.Length > MaxInputBytes)
        {
            return Fail(source, FailureCode.TooLarge, TooLargeMessage(source.Length, MaxInputBytes));
        }

        Article article;
        try
        {
            article = reader.Read(source.Name, source.ContentType, content.Span);
        }
        catch (ArticleRejectedException rejected)
        {
            return Fail(source, rejected.Code, rejected.Message);
        }

        TextAnalysis analysis;
        try
        {
            analysis = await analyzer.AnalyzeAsync(article.Text, cancellationToken).ConfigureAwait(false);
        }
        catch (AnalysisFailedException failed)
        {
            return Fail(source, FailureCode.AnalysisFailed, failed.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever else the analyzer throws (e.g. the service still failing after the retries) must not
            // lose the article: it gets a failure record, which the next run retries (see IsCurrent).
            logger.LogError(e, "Analyzer {Analyzer} failed on {BlobName}", analyzer.Name, source.Name);
            return Fail(source, FailureCode.AnalysisFailed, $"{analyzer.Name} analysis failed: {e.Message}");
        }

        var record = new EnrichedArticle(
            RecordContract.SchemaVersion,
            RecordContract.Succeeded,
            source,
            new ArticleInfo(article.Title, analysis.Language?.Iso6391Name, article.Text, analysis.WordCount, analysis.SentenceCount),
            analysis.Entities,
            analysis.Sentiment,
            analysis.KeyPhrases,
            analysis.Warnings,
            analysis.Analyzer,
            Now());
        return new EnrichmentResult(RecordContract.Succeeded, null, RecordSerializer.Serialize(record));
    }

    private EnrichmentResult Fail(SourceInfo source, FailureCode code, string message)
    {
        var record = new FailureRecord(RecordContract.SchemaVersion, RecordContract.Failed, source, new EnrichmentError(code, message), Now());
        return new EnrichmentResult(RecordContract.Failed, code, RecordSerializer.Serialize(record));
    }

    /// <summary>UTC, whole seconds: sub-second digits would only add noise to records that people read.</summary>
    private DateTime Now()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    /// <summary>
    /// Only the first cap + 1 bytes of an oversized input are read, so the size comes from the source (the blob's
    /// or file's length); a source that does not know it (a device, a pipe) is "over" the limit.
    /// </summary>
    private static string TooLargeMessage(long sourceLength, long maxBytes)
        => sourceLength > maxBytes
            ? $"The article is {sourceLength:N0} bytes; the limit is {maxBytes:N0} bytes."
            : $"The article is over the limit of {maxBytes:N0} bytes.";
}
