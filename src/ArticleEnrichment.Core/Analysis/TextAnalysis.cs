using System.Text.Json.Serialization;

namespace ArticleEnrichment.Analysis;

/// <summary>What an analyzer found in one text. Offsets are UTF-16 code units into the analyzed text.</summary>
/// <param name="Analyzer">Which analyzer ran, and its model version.</param>
/// <param name="Language">The detected language, or null when it could not be told.</param>
/// <param name="Entities">Named entities, ordered by offset.</param>
/// <param name="Sentiment">Document and sentence sentiment, or null when skipped (see warnings).</param>
/// <param name="KeyPhrases">Key phrases, most important first, in the casing they have in the text.</param>
/// <param name="WordCount">Words in the text, as the analyzer's tokenizer counts them.</param>
/// <param name="SentenceCount">Sentences in the text, as the analyzer's splitter counts them.</param>
/// <param name="Warnings">Problems that did not stop the analysis.</param>
public sealed record TextAnalysis(
    AnalyzerInfo Analyzer,
    DetectedLanguage? Language,
    IReadOnlyList<Entity> Entities,
    DocumentSentiment? Sentiment,
    IReadOnlyList<string> KeyPhrases,
    int WordCount,
    int SentenceCount,
    IReadOnlyList<AnalysisWarning> Warnings);

/// <summary>The analyzer that produced a record.</summary>
/// <param name="Name">"embedded" or "azure-language".</param>
/// <param name="ModelVersion">The embedded model's version, or the version the service reported.</param>
public sealed record AnalyzerInfo(string Name, string ModelVersion);

/// <summary>A detected language.</summary>
/// <param name="Iso6391Name">ISO 639-1 code, e.g. "en".</param>
/// <param name="Name">English name of the language, e.g. "English".</param>
/// <param name="ConfidenceScore">Confidence between 0 and 1.</param>
public sealed record DetectedLanguage(string Iso6391Name, string Name, double ConfidenceScore);

/// <summary>
/// A named entity in the Azure AI Language general NER taxonomy.
/// <c>Text == analyzedText.Substring(Offset, Length)</c> always holds.
/// </summary>
/// <param name="Text">The entity as it appears in the text.</param>
/// <param name="Category">Person, PersonType, Location, Organization, Event, Product, Skill, Address,
/// PhoneNumber, Email, URL, IP, DateTime or Quantity (see <see cref="EntityCategory"/>).</param>
/// <param name="Subcategory">e.g. GPE, Date, Percentage; null when there is none or it is not known.</param>
/// <param name="Offset">Start, in UTF-16 code units.</param>
/// <param name="Length">Length, in UTF-16 code units.</param>
/// <param name="ConfidenceScore">Confidence between 0 and 1.</param>
public sealed record Entity(
    string Text,
    string Category,
    string? Subcategory,
    int Offset,
    int Length,
    double ConfidenceScore);

/// <summary>Document sentiment and its sentences.</summary>
/// <param name="Label">positive, neutral, negative, or mixed (clearly positive and clearly negative sentences).</param>
/// <param name="ConfidenceScores">Scores between 0 and 1 that sum to 1.</param>
/// <param name="Sentences">Every sentence, in order.</param>
public sealed record DocumentSentiment(
    SentimentLabel Label,
    SentimentScores ConfidenceScores,
    IReadOnlyList<SentenceSentiment> Sentences);

/// <summary>Sentiment of one sentence.</summary>
/// <param name="Offset">Start, in UTF-16 code units.</param>
/// <param name="Length">Length, in UTF-16 code units.</param>
/// <param name="Label">positive, neutral or negative.</param>
/// <param name="ConfidenceScores">Scores between 0 and 1 that sum to 1.</param>
public sealed record SentenceSentiment(int Offset, int Length, SentimentLabel Label, SentimentScores ConfidenceScores);

/// <summary>Confidence of each polarity, each between 0 and 1, summing to 1.</summary>
public sealed record SentimentScores(double Positive, double Neutral, double Negative);

/// <summary>A sentiment label as Azure AI Language names it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SentimentLabel>))]
public enum SentimentLabel
{
    [JsonStringEnumMemberName("positive")] Positive,
    [JsonStringEnumMemberName("neutral")] Neutral,
    [JsonStringEnumMemberName("negative")] Negative,
    [JsonStringEnumMemberName("mixed")] Mixed,
}

/// <summary>A problem that did not stop the analysis, e.g. a language the embedded models do not cover.</summary>
/// <param name="Code">A stable code, e.g. "UnsupportedLanguage".</param>
/// <param name="Message">What happened and what was skipped.</param>
public sealed record AnalysisWarning(string Code, string Message);
