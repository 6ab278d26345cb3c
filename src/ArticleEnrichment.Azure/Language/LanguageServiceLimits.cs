namespace ArticleEnrichment.Azure.Language;

/// <summary>
/// The synchronous <c>:analyze-text</c> limits (learn.microsoft.com/azure/ai-services/language-service/concepts/data-limits).
/// A request over them is rejected whole (400 InvalidDocumentBatch) or per document (InvalidDocument), so the
/// analyzer splits and batches to stay inside.
/// </summary>
public static class LanguageServiceLimits
{
    /// <summary>Largest document, in text elements (grapheme clusters as of Unicode 8, "TextElements_v8").</summary>
    public const int MaxTextElementsPerDocument = 5_120;

    /// <summary>Largest request body: 1 MB.</summary>
    public const int MaxRequestBytes = 1_000_000;

    /// <summary>Documents per EntityRecognition request.</summary>
    public const int MaxEntityDocuments = 5;

    /// <summary>Documents per SentimentAnalysis request.</summary>
    public const int MaxSentimentDocuments = 10;

    /// <summary>Documents per KeyPhraseExtraction request.</summary>
    public const int MaxKeyPhraseDocuments = 10;

    /// <summary>Documents per LanguageDetection request.</summary>
    public const int MaxLanguageDocuments = 1_000;

    /// <summary>The documents-per-request limit of <paramref name="kind"/>.</summary>
    public static int MaxDocuments(LanguageTaskKind kind) => kind switch
    {
        LanguageTaskKind.EntityRecognition => MaxEntityDocuments,
        LanguageTaskKind.SentimentAnalysis => MaxSentimentDocuments,
        LanguageTaskKind.KeyPhraseExtraction => MaxKeyPhraseDocuments,
        LanguageTaskKind.LanguageDetection => MaxLanguageDocuments,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>The <c>kind</c> of an <c>:analyze-text</c> request this client sends.</summary>
public enum LanguageTaskKind
{
    /// <summary>Named entities (general NER).</summary>
    EntityRecognition,
    /// <summary>Document and sentence sentiment.</summary>
    SentimentAnalysis,
    /// <summary>Key phrases.</summary>
    KeyPhraseExtraction,
    /// <summary>The dominant language.</summary>
    LanguageDetection,
}
