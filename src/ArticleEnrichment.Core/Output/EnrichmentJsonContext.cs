using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleEnrichment.Analysis;

namespace ArticleEnrichment.Output;

/// <summary>
/// The one System.Text.Json context of the project: camelCase, indented, source-generated (no reflection),
/// so the output is the same bytes in every host and on every run.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    // A record read back (enrich show) with a required part missing or null is refused with a JsonException that
    // names it, rather than read into a half-filled object.
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(EnrichedArticle))]
[JsonSerializable(typeof(FailureRecord))]
[JsonSerializable(typeof(TextAnalysis))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(AnalysisRequestLine))]
[JsonSerializable(typeof(AnalysisResultLine))]
public sealed partial class EnrichmentJsonContext : JsonSerializerContext
{
    /// <summary>
    /// For record files: indented, and non-ASCII text written as UTF-8 rather than \u escapes, so a record
    /// reads like the article (curly quotes stay curly). Records are JSON files, never embedded in HTML.
    /// </summary>
    // Built on first use: static initializers across the generated partial class run in no fixed order.
    public static EnrichmentJsonContext Records => field ??= new(new JsonSerializerOptions(Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>For JSON lines (<c>enrich analyze</c>): the same, one value per line.</summary>
    public static EnrichmentJsonContext Lines => field ??= new(new JsonSerializerOptions(Records.Options) { WriteIndented = false });
}
