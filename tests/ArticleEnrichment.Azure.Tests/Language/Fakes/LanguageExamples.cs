using System.Text.Json;
using ArticleEnrichment.Testing;

namespace ArticleEnrichment.Azure.Tests.Language.Fakes;

/// <summary>One request/response pair from ../shared/azure-language/examples.</summary>
public sealed record LanguageExample(string Kind, IReadOnlyList<(string Id, string Text, string? Language)> Documents, int Status, string ResponseBody);

/// <summary>Reads the REST spec examples (x-ms-examples) and the JS SDK's recordings of the real service.</summary>
public static class LanguageExamples
{
    /// <summary>A spec example, e.g. "2024-11-01/SuccessfulKeyPhraseExtractionRequest.json".</summary>
    public static LanguageExample Spec(string relativePath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.SharedFile("azure-language", "examples", "rest-api-specs", relativePath)));
        var body = json.RootElement.GetProperty("parameters").GetProperty("body");
        var response = json.RootElement.GetProperty("responses").GetProperty("200").GetProperty("body");
        return new LanguageExample(body.GetProperty("kind").GetString()!, Documents(body), 200, response.GetRawText());
    }

    /// <summary>A recording, e.g. "ner_too_many_documents_400.json".</summary>
    public static LanguageExample Recording(string fileName)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.SharedFile("azure-language", "examples", "sdk-js-recordings", fileName)));
        var entry = json.RootElement.GetProperty("Entries")[0];
        var body = entry.GetProperty("RequestBody");
        return new LanguageExample(body.GetProperty("kind").GetString()!, Documents(body), entry.GetProperty("StatusCode").GetInt32(), entry.GetProperty("ResponseBody").GetRawText());
    }

    private static List<(string, string, string?)> Documents(JsonElement body)
        => [.. body.GetProperty("analysisInput").GetProperty("documents").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("text").GetString()!, d.TryGetProperty("language", out var l) ? l.GetString() : null))];
}
