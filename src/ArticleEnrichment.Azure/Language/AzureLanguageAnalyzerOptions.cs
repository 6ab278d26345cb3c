namespace ArticleEnrichment.Azure.Language;

/// <summary>How <see cref="AzureLanguageAnalyzer"/> cuts and batches an article.</summary>
public sealed class AzureLanguageAnalyzerOptions
{
    /// <summary>
    /// Largest chunk sent as one document, in text elements; default and maximum
    /// <see cref="LanguageServiceLimits.MaxTextElementsPerDocument"/> (5,120), at least 1. Smaller values only
    /// serve tests and experiments.
    /// </summary>
    public int MaxTextElementsPerDocument
    {
        get;
        init => field = value is >= 1 and <= LanguageServiceLimits.MaxTextElementsPerDocument
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Between 1 and {LanguageServiceLimits.MaxTextElementsPerDocument}.");
    } = LanguageServiceLimits.MaxTextElementsPerDocument;

    /// <summary>
    /// A lower documents-per-request cap than the service's per-kind limits (5 NER, 10 sentiment and key
    /// phrases, 1,000 language); null (default) uses the service's limits. At least 1.
    /// </summary>
    public int? MaxDocumentsPerRequest
    {
        get;
        init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least 1.");
    }

    /// <summary>
    /// Longest time one article's analysis may take, every request, retry and wait included; default 5 minutes,
    /// at least 1 ms. Retries are bounded per request (<see cref="LanguageClientOptions"/>: six tries of at most
    /// 30 s each, plus backoff or the service's Retry-After), but an article makes two rounds of requests, so a
    /// struggling service could hold it for longer than the function's 10-minute timeout (host.json), and a
    /// timed-out invocation writes no record. Past this deadline the article gets an AnalysisFailed record
    /// instead, and the next run retries it. At most <see cref="MaxAnalysisTimeout"/>.
    /// </summary>
    public TimeSpan AnalysisTimeout
    {
        get;
        init => field = value >= TimeSpan.FromMilliseconds(1) && value <= MaxAnalysisTimeout
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Between 1 ms and {MaxAnalysisTimeout}.");
    } = TimeSpan.FromMinutes(5);

    /// <summary>Longest allowed <see cref="AnalysisTimeout"/>: a day, far past any host's timeout (and within what a timer can wait).</summary>
    public static readonly TimeSpan MaxAnalysisTimeout = TimeSpan.FromDays(1);
}
