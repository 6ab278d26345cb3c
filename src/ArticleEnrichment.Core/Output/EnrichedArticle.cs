using System.Text.Json.Serialization;
using ArticleEnrichment.Analysis;

namespace ArticleEnrichment.Output;

/// <summary>The success record, <c>schemaVersion</c> 1.0 (schemas/enriched-article.v1.schema.json).</summary>
public sealed record EnrichedArticle(
    string SchemaVersion,
    string Status,
    SourceInfo Source,
    ArticleInfo Article,
    IReadOnlyList<Entity> Entities,
    DocumentSentiment? Sentiment,
    IReadOnlyList<string> KeyPhrases,
    IReadOnlyList<AnalysisWarning> Warnings,
    AnalyzerInfo Analyzer,
    DateTime EnrichedAt);

/// <summary>The failure record: every input that cannot be enriched gets one, saying why.</summary>
public sealed record FailureRecord(
    string SchemaVersion,
    string Status,
    SourceInfo Source,
    EnrichmentError Error,
    DateTime EnrichedAt);

/// <summary>Why an article could not be enriched.</summary>
public sealed record EnrichmentError(FailureCode Code, string Message);

/// <summary>Facts about the input the record was made from.</summary>
/// <param name="Container">The blob container, or null for a local file.</param>
/// <param name="Name">The blob name (or file name).</param>
/// <param name="ETag">The input's ETag when it was read, or null for a local file.</param>
/// <param name="ContentType">The input's content type, if known.</param>
/// <param name="Length">The input's length in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the input bytes, or null when they were not read (too large).</param>
/// <param name="Metadata">The input blob's metadata, kept as it was.</param>
public sealed record SourceInfo(
    string? Container,
    string Name,
    [property: JsonPropertyName("etag")] string? ETag,
    string? ContentType,
    long Length,
    string? Sha256,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>The article as analyzed.</summary>
public sealed record ArticleInfo(string? Title, string? Language, string Text, int WordCount, int SentenceCount);

/// <summary>The constants of the v1 contract.</summary>
public static class RecordContract
{
    public const string SchemaVersion = "1.0";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
