using ArticleEnrichment.Analysis;
using ArticleEnrichment.Azure.Storage;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Reading;
using ArticleEnrichment.Storage;
using ArticleEnrichment.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArticleEnrichment.Azure.Hosting;

/// <summary>The one registration of the pipeline and its adapters, shared by the Functions app and the CLI.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ArticleEnricher"/>, its analyzer, reader and blob stores from configuration
    /// (names in <see cref="EnrichmentSettings"/>). Storage comes from the <c>ArticlesStorage</c> connection:
    /// a connection string, or <c>ArticlesStorage:blobServiceUri</c> (+ <c>:clientId</c>) for a managed identity.
    /// </summary>
    public static IServiceCollection AddArticleEnrichment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => CreateBlobServiceClient(configuration));
        services.TryAddSingleton(sp => CreateStores(sp.GetRequiredService<BlobServiceClient>(), configuration));
        services.TryAddSingleton(_ => new ArticleReader(new ArticleReaderOptions
        {
            MaxInputBytes = configuration.GetValue(EnrichmentSettings.MaxInputBytes, new ArticleReaderOptions().MaxInputBytes),
        }));
        services.TryAddSingleton(_ => CreateAnalyzer(configuration));
        services.TryAddSingleton<ArticleRecordBuilder>();
        services.TryAddSingleton<ArticleEnricher>();
        services.TryAddSingleton<EnrichmentBackfill>();
        return services;
    }

    /// <summary>The analyzer named by <c>ENRICH_ANALYZER</c>: "embedded" (default) or "azure".</summary>
    public static ITextAnalyzer CreateAnalyzer(IConfiguration configuration)
    {
        var name = configuration[EnrichmentSettings.Analyzer];
        return name?.Trim().ToLowerInvariant() switch
        {
            null or "" or "embedded" => EmbeddedAnalyzer.CreateDefault(),
            "azure" => Language.AzureLanguageAnalyzer.FromConfiguration(configuration),
            _ => throw new InvalidOperationException($"{EnrichmentSettings.Analyzer} is '{name}'; use 'embedded' or 'azure'."),
        };
    }

    private static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration)
    {
        var connection = configuration[EnrichmentSettings.StorageConnectionName];
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return BlobStorageConnection.FromConnectionString(connection);
        }

        var section = configuration.GetSection(EnrichmentSettings.StorageConnectionName);
        var serviceUri = section["blobServiceUri"] ?? section["serviceUri"];
        if (!string.IsNullOrWhiteSpace(serviceUri))
        {
            return BlobStorageConnection.FromServiceUri(new Uri(serviceUri), section["clientId"] ?? configuration[EnrichmentSettings.ManagedIdentityClientId]);
        }

        throw new InvalidOperationException(
            $"No storage configured: set '{EnrichmentSettings.StorageConnectionName}' to a connection string or '{EnrichmentSettings.StorageConnectionName}__blobServiceUri' to the blob endpoint.");
    }

    private static EnrichmentStores CreateStores(BlobServiceClient service, IConfiguration configuration)
    {
        var articlesContainer = configuration[EnrichmentSettings.ArticlesContainer] is { Length: > 0 } a ? a : EnrichmentSettings.DefaultArticlesContainer;
        var articles = new BlobArticleStore(service.GetBlobContainerClient(articlesContainer));
        var outputContainer = configuration[EnrichmentSettings.OutputContainer];
        var records = string.IsNullOrWhiteSpace(outputContainer) || outputContainer == articlesContainer
            ? articles
            : new BlobArticleStore(service.GetBlobContainerClient(outputContainer));
        return new EnrichmentStores(articles, records, new ArticleNaming(configuration[EnrichmentSettings.OutputPrefix] ?? string.Empty));
    }
}
