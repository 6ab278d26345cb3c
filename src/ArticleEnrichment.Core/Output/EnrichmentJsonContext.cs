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
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(EnrichedArticle))]
[JsonSerializable(typeof(FailureRecord))]
[JsonSerializable(typeof(TextAnalysis))]
[JsonSerializable(typeof(Entity))]
public sealed partial class EnrichmentJsonContext : JsonSerializerContext;
