namespace ArticleEnrichment.Azure.Language;

/// <summary>One document sent to the service.</summary>
/// <param name="Id">Unique, non-empty id within the request; results are matched back by it.</param>
/// <param name="Text">The text; at most 5,120 text elements (see <see cref="LanguageServiceLimits"/>).</param>
/// <param name="Language">ISO 639-1 hint (e.g. "en"); null lets the service assume "en". Ignored by language detection.</param>
public sealed record LanguageInput(string Id, string Text, string? Language = null);

/// <summary>The answer to one <c>:analyze-text</c> request: per-document results and per-document errors.</summary>
/// <typeparam name="T">The per-document result of the kind asked for.</typeparam>
/// <param name="Documents">Documents analyzed, in the service's order.</param>
/// <param name="Errors">Documents the service refused (in a 200 answer), e.g. InvalidDocument, UnsupportedLanguageCode.</param>
/// <param name="ModelVersion">The model version the service reports, e.g. "2021-06-01".</param>
public sealed record LanguageResults<T>(IReadOnlyList<T> Documents, IReadOnlyList<LanguageDocumentError> Errors, string ModelVersion);

/// <summary>A warning the service attached to a document (LongWordsInDocument, DocumentTruncated).</summary>
/// <param name="Code">The service's warning code.</param>
/// <param name="Message">The service's message.</param>
public sealed record LanguageWarning(string Code, string Message);

/// <summary>A document the service could not analyze, reported inside a successful (200) answer.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Code">The error code, e.g. "InvalidArgument".</param>
/// <param name="InnerCode">The more specific code, e.g. "InvalidDocument" or "UnsupportedLanguageCode"; null if none.</param>
/// <param name="Message">The most specific message the service gave.</param>
public sealed record LanguageDocumentError(string Id, string Code, string? InnerCode, string Message)
{
    /// <summary>The most specific code: <see cref="InnerCode"/> when present, else <see cref="Code"/>.</summary>
    public string SpecificCode => InnerCode ?? Code;
}

/// <summary>Entities recognized in one document.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Entities">Entities, in the service's order.</param>
/// <param name="Warnings">The service's warnings for this document.</param>
public sealed record EntitiesDocument(string Id, IReadOnlyList<RecognizedEntity> Entities, IReadOnlyList<LanguageWarning> Warnings);

/// <summary>An entity as the service returns it, before mapping to our taxonomy.</summary>
/// <param name="Text">The entity as the service quotes it.</param>
/// <param name="Category">The classic category (Person, Location, ...).</param>
/// <param name="Subcategory">The classic subcategory (GPE, Date, ...); null when absent (2024-11-01 often omits it).</param>
/// <param name="Type">2024-11-01 onwards: the finest type (City, SportsEvent, ...); null in 2023-04-01.</param>
/// <param name="Tags">2024-11-01 onwards: tag names from general to specific (Location, GPE, City); empty in 2023-04-01.</param>
/// <param name="Offset">Start in the document, in UTF-16 code units (the client always asks for Utf16CodeUnit).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="ConfidenceScore">Between 0 and 1.</param>
public sealed record RecognizedEntity(
    string Text,
    string Category,
    string? Subcategory,
    string? Type,
    IReadOnlyList<string> Tags,
    int Offset,
    int Length,
    double ConfidenceScore);

/// <summary>Sentiment of one document.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Sentiment">"positive", "neutral", "negative" or "mixed".</param>
/// <param name="Scores">Confidence of each polarity, each between 0 and 1.</param>
/// <param name="Sentences">Sentences in order, offsets in UTF-16 code units into the document.</param>
/// <param name="Warnings">The service's warnings for this document.</param>
public sealed record SentimentDocument(
    string Id,
    string Sentiment,
    LanguageSentimentScores Scores,
    IReadOnlyList<LanguageSentence> Sentences,
    IReadOnlyList<LanguageWarning> Warnings);

/// <summary>Sentiment of one sentence.</summary>
/// <param name="Text">The sentence as the service quotes it.</param>
/// <param name="Offset">Start in the document, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Sentiment">"positive", "neutral" or "negative".</param>
/// <param name="Scores">Confidence of each polarity, each between 0 and 1.</param>
public sealed record LanguageSentence(string Text, int Offset, int Length, string Sentiment, LanguageSentimentScores Scores);

/// <summary>Confidence of each polarity, each between 0 and 1 (summing to about 1).</summary>
public sealed record LanguageSentimentScores(double Positive, double Neutral, double Negative);

/// <summary>Key phrases of one document.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="KeyPhrases">Key phrases, most important first.</param>
/// <param name="Warnings">The service's warnings for this document.</param>
public sealed record KeyPhrasesDocument(string Id, IReadOnlyList<string> KeyPhrases, IReadOnlyList<LanguageWarning> Warnings);

/// <summary>The detected language of one document.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Name">English name, e.g. "English"; "(Unknown)" when the service cannot tell.</param>
/// <param name="Iso6391Name">ISO 639-1 code, e.g. "en"; "(Unknown)" when the service cannot tell.</param>
/// <param name="ConfidenceScore">Between 0 and 1.</param>
/// <param name="Warnings">The service's warnings for this document.</param>
public sealed record LanguageDocument(string Id, string Name, string Iso6391Name, double ConfidenceScore, IReadOnlyList<LanguageWarning> Warnings)
{
    /// <summary>The value the service uses for a language it could not tell.</summary>
    public const string Unknown = "(Unknown)";

    /// <summary>True when the service named a language.</summary>
    public bool IsKnown => !string.IsNullOrEmpty(Iso6391Name) && Iso6391Name != Unknown;
}
