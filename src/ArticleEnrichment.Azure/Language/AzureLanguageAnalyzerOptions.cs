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
}
