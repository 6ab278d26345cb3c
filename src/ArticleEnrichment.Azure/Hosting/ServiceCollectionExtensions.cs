using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleEnrichment.Azure.Hosting;

/// <summary>The one registration of the pipeline and its adapters, shared by the Functions app and the CLI.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers ArticleEnricher, the analyzer and the blob store from configuration (see <see cref="EnrichmentSettings"/>). (Being written.)</summary>
    public static IServiceCollection AddArticleEnrichment(this IServiceCollection services, IConfiguration configuration)
        => services;
}
