using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleEnrichment.Text.Ner;

/// <summary>
/// JSON for <c>enrich model eval --json</c>. The evaluation report is not a record, so it stays out of the
/// record context in Core (which cannot see this project); same web defaults.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(NerEvaluation))]
public sealed partial class NerEvaluationJsonContext : JsonSerializerContext;
