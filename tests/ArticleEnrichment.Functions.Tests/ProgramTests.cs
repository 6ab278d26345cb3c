using ArticleEnrichment.Analysis;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Reading;
using ArticleEnrichment.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleEnrichment.Functions.Tests;

/// <summary>Program.cs builds a host whose services come from the one registration the CLI also uses.</summary>
public sealed class ProgramTests
{
    [Fact]
    public void Build_SampleSettings_ResolvesTheFunctionAsTheWorkerWould()
    {
        using var host = FunctionHost.Build(FunctionHost.SampleSettings());

        // The worker creates function classes with ActivatorUtilities from the host's services (they are not registered).
        var function = ActivatorUtilities.CreateInstance<EnrichArticle>(host.Services);

        Assert.NotNull(function);
    }

    [Fact]
    public void Build_SampleSettings_ResolvesEveryPipelineServiceWithTheEmbeddedAnalyzer()
    {
        using var host = FunctionHost.Build(FunctionHost.SampleSettings());
        var services = host.Services;

        Assert.IsType<EmbeddedAnalyzer>(services.GetRequiredService<ITextAnalyzer>());
        Assert.NotNull(services.GetRequiredService<ArticleEnricher>());
        Assert.NotNull(services.GetRequiredService<EnrichmentBackfill>());
        Assert.NotNull(services.GetRequiredService<ArticleRecordBuilder>());
        Assert.NotNull(services.GetRequiredService<ArticleReader>());
        Assert.Equal("devstoreaccount1", services.GetRequiredService<BlobServiceClient>().AccountName);
        Assert.Equal(EnrichmentSettings.DefaultArticlesContainer, services.GetRequiredService<EnrichmentStores>().Articles.Container);
    }

    [Fact]
    public void Build_ArticlesContainerSetting_ReachesTheStores()
    {
        var settings = FunctionHost.SampleSettings();
        settings[EnrichmentSettings.ArticlesContainer] = "news";
        settings[EnrichmentSettings.OutputContainer] = "records";
        using var host = FunctionHost.Build(settings);

        var stores = host.Services.GetRequiredService<EnrichmentStores>();

        Assert.Equal("news", stores.Articles.Container);
        Assert.Equal("records", stores.Records.Container);
    }

    [Fact]
    public void Build_IdentityConnectionAsInAzure_UsesTheBlobServiceUri()
    {
        // The shape the Bicep sets: ArticlesStorage__blobServiceUri (+ __clientId), no connection string.
        var settings = FunctionHost.SampleSettings();
        settings.Remove(EnrichmentSettings.StorageConnectionName);
        settings[$"{EnrichmentSettings.StorageConnectionName}:blobServiceUri"] = "https://stexample.blob.core.windows.net/";
        settings[$"{EnrichmentSettings.StorageConnectionName}:clientId"] = "00000000-0000-0000-0000-000000000001";
        using var host = FunctionHost.Build(settings);

        var service = host.Services.GetRequiredService<BlobServiceClient>();

        Assert.Equal(new Uri("https://stexample.blob.core.windows.net/"), service.Uri);
    }
}
