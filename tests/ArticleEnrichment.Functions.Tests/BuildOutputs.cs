using System.Reflection;
using System.Text.Json.Nodes;
using ArticleEnrichment.Testing;

namespace ArticleEnrichment.Functions.Tests;

/// <summary>Where this build put the function app's outputs and the restored Bicep CLI (recorded by the test csproj).</summary>
internal static class BuildOutputs
{
    public static string FunctionsOutputDir => Metadata("FunctionsOutputDir");

    public static string FunctionsFile(string name)
    {
        var path = Path.Combine(FunctionsOutputDir, name);
        Assert.True(File.Exists(path), $"{name} is not in the function app's build output ({FunctionsOutputDir}).");
        return path;
    }

    /// <summary>The one function in functions.metadata, as the Functions host reads it.</summary>
    public static JsonObject EnrichArticleMetadata()
    {
        var functions = JsonNode.Parse(File.ReadAllText(FunctionsFile("functions.metadata")))!.AsArray();
        return Assert.Single(functions)!.AsObject();
    }

    public static JsonObject TriggerBinding()
        => Assert.Single(EnrichArticleMetadata()["bindings"]!.AsArray(), b => (string?)b!["type"] == "blobTrigger")!.AsObject();

    public static string BicepPackageDir => Metadata("BicepPackageDir");

    public static string Infra(params string[] parts) => RepoPaths.RepoFile(["infra", .. parts]);

    private static string Metadata(string key)
        => typeof(BuildOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
           ?? throw new InvalidOperationException($"The test build recorded no {key}.");
}
