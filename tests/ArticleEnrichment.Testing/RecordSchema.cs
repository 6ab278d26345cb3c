using Xunit;
using NJsonSchema;

namespace ArticleEnrichment.Testing;

/// <summary>The v1 record schema (schemas/enriched-article.v1.schema.json); every record a test makes goes through it.</summary>
public static class RecordSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(RepoPaths.RepoFile("schemas", "enriched-article.v1.schema.json"))).GetAwaiter().GetResult());

    /// <summary>Fails the test with every schema error when <paramref name="json"/> is not a valid v1 record.</summary>
    public static void AssertValid(string json)
    {
        var errors = Schema.Value.Validate(json);
        Assert.True(errors.Count == 0, "Record does not match the schema:\n" + string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    public static void AssertValid(byte[] utf8Json) => AssertValid(System.Text.Encoding.UTF8.GetString(utf8Json));
}
