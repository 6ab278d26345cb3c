using System.Text.Json;

namespace ArticleEnrichment.Output;

/// <summary>Serializes records with the one <see cref="EnrichmentJsonContext"/>; reads back what a record is.</summary>
public static class RecordSerializer
{
    public static byte[] Serialize(EnrichedArticle record)
        => JsonSerializer.SerializeToUtf8Bytes(record, EnrichmentJsonContext.Records.EnrichedArticle);

    public static byte[] Serialize(FailureRecord record)
        => JsonSerializer.SerializeToUtf8Bytes(record, EnrichmentJsonContext.Records.FailureRecord);

    /// <summary>Reads a success record, or null when <paramref name="json"/> is a failure record.</summary>
    /// <exception cref="JsonException">The bytes are not a v1 record.</exception>
    public static EnrichedArticle? ReadSucceeded(ReadOnlySpan<byte> json, out FailureRecord? failure)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var status = document.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
        switch (status)
        {
            case RecordContract.Succeeded:
                failure = null;
                return document.RootElement.Deserialize(EnrichmentJsonContext.Records.EnrichedArticle);
            case RecordContract.Failed:
                failure = document.RootElement.Deserialize(EnrichmentJsonContext.Records.FailureRecord);
                return null;
            default:
                throw new JsonException($"Not an enrichment record: status is '{status ?? "missing"}'.");
        }
    }
}
