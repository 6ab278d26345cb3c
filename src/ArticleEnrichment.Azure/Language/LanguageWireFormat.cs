using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleEnrichment.Azure.Language;

// The JSON of :analyze-text as it travels. One permissive response shape serves all four kinds: each kind fills
// its own fields, and a field the service leaves out stays null rather than failing the parse.

internal sealed record WireRequest(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("parameters")] WireParameters Parameters,
    [property: JsonPropertyName("analysisInput")] WireInput AnalysisInput);

internal sealed record WireParameters(
    [property: JsonPropertyName("modelVersion")] string ModelVersion,
    [property: JsonPropertyName("stringIndexType"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StringIndexType);

internal sealed record WireInput([property: JsonPropertyName("documents")] IReadOnlyList<WireInputDocument> Documents);

internal sealed record WireInputDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("language"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language);

internal sealed class WireResponse
{
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("results")] public WireResults? Results { get; set; }
}

internal sealed class WireResults
{
    [JsonPropertyName("documents")] public List<WireDocument>? Documents { get; set; }
    [JsonPropertyName("errors")] public List<WireDocumentError>? Errors { get; set; }
    [JsonPropertyName("modelVersion")] public string? ModelVersion { get; set; }
}

internal sealed class WireDocument
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("warnings")] public List<WireWarning>? Warnings { get; set; }
    [JsonPropertyName("entities")] public List<WireEntity>? Entities { get; set; }
    [JsonPropertyName("sentiment")] public string? Sentiment { get; set; }
    [JsonPropertyName("confidenceScores")] public WireScores? ConfidenceScores { get; set; }
    [JsonPropertyName("sentences")] public List<WireSentence>? Sentences { get; set; }
    [JsonPropertyName("keyPhrases")] public List<string>? KeyPhrases { get; set; }
    [JsonPropertyName("detectedLanguage")] public WireDetectedLanguage? DetectedLanguage { get; set; }
}

internal sealed class WireWarning
{
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}

internal sealed class WireEntity
{
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("category")] public string? Category { get; set; }
    [JsonPropertyName("subcategory")] public string? Subcategory { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("tags")] public List<WireTag>? Tags { get; set; }
    [JsonPropertyName("offset")] public int Offset { get; set; }
    [JsonPropertyName("length")] public int Length { get; set; }
    [JsonPropertyName("confidenceScore")] public double ConfidenceScore { get; set; }
}

internal sealed class WireTag
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("confidenceScore")] public double? ConfidenceScore { get; set; }
}

internal sealed class WireScores
{
    [JsonPropertyName("positive")] public double Positive { get; set; }
    [JsonPropertyName("neutral")] public double Neutral { get; set; }
    [JsonPropertyName("negative")] public double Negative { get; set; }
}

internal sealed class WireSentence
{
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("sentiment")] public string? Sentiment { get; set; }
    [JsonPropertyName("confidenceScores")] public WireScores? ConfidenceScores { get; set; }
    [JsonPropertyName("offset")] public int Offset { get; set; }
    [JsonPropertyName("length")] public int Length { get; set; }
}

internal sealed class WireDetectedLanguage
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("iso6391Name")] public string? Iso6391Name { get; set; }
    [JsonPropertyName("confidenceScore")] public double ConfidenceScore { get; set; }
}

internal sealed class WireDocumentError
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("error")] public WireError? Error { get; set; }
}

internal sealed class WireErrorResponse
{
    [JsonPropertyName("error")] public WireError? Error { get; set; }
}

internal sealed class WireError
{
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("innererror")] public WireError? InnerError { get; set; }
}

[JsonSerializable(typeof(WireRequest))]
[JsonSerializable(typeof(WireResponse))]
[JsonSerializable(typeof(WireErrorResponse))]
internal sealed partial class LanguageWireContext : JsonSerializerContext;

/// <summary>The one options object for the wire (kept outside the generated context, whose statics it reads).</summary>
internal static class LanguageWireJson
{
    /// <summary>
    /// Relaxed escaping keeps non-ASCII text as UTF-8 (2-4 bytes a character rather than a 6-byte \uXXXX), which
    /// keeps requests well inside the 1 MB limit; the body is JSON sent over HTTPS, never embedded in HTML, so the
    /// escaping HTML needs does not apply.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = LanguageWireContext.Default,
    };
}
