using System.Text.Json.Nodes;
using ArticleEnrichment.Azure.Hosting;

namespace ArticleEnrichment.Functions.Tests;

/// <summary>What the Functions host reads from the build output: the function index and the worker description.</summary>
public sealed class FunctionMetadataTests
{
    [Fact]
    public void FunctionsMetadata_HasEnrichArticleWithAnEventGridBlobTrigger()
    {
        var function = BuildOutputs.EnrichArticleMetadata();
        var trigger = BuildOutputs.TriggerBinding();

        Assert.Equal(nameof(EnrichArticle), (string?)function["name"]);
        Assert.Equal("EventGrid", (string?)trigger["source"]);
        Assert.Equal("In", (string?)trigger["direction"]);
    }

    [Fact]
    public void FunctionsMetadata_TriggerPathComesFromAppSettings()
    {
        var trigger = BuildOutputs.TriggerBinding();

        Assert.Equal($"%{EnrichmentSettings.ArticlesContainer}%/{{name}}", (string?)trigger["path"]);
        Assert.Equal(EnrichmentSettings.StorageConnectionName, (string?)trigger["connection"]);
    }

    [Fact]
    public void FunctionsMetadata_TriggerBindsLazilyWithoutDownloading()
    {
        // Deferred binding hands the worker a BlobClient; the pipeline then reads under its own size cap.
        var trigger = BuildOutputs.TriggerBinding();

        Assert.Equal("True", (string?)trigger["properties"]?["supportsDeferredBinding"]);
    }

    [Fact]
    public void WorkerConfig_DescribesTheIsolatedDotnetWorker()
    {
        var config = JsonNode.Parse(File.ReadAllText(BuildOutputs.FunctionsFile("worker.config.json")))!["description"]!;

        Assert.Equal("dotnet-isolated", (string?)config["language"]);
        Assert.Equal("ArticleEnrichment.Functions.dll", (string?)config["defaultWorkerPath"]);
    }

    [Fact]
    public void HostJson_IsCopiedBesideTheWorker()
    {
        Assert.Equal(
            File.ReadAllText(Testing.RepoPaths.RepoFile("host.json")),
            File.ReadAllText(BuildOutputs.FunctionsFile("host.json")));
    }
}
