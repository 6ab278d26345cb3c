using System.CommandLine;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Azure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleEnrichment.Cli;

/// <summary>
/// Turns the command line into the settings the Functions app reads, then registers the pipeline with the
/// same <see cref="ServiceCollectionExtensions.AddArticleEnrichment"/> the function uses.
/// </summary>
public static class CliServices
{
    public static ServiceProvider Build(ParseResult parse, string? container = null, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [EnrichmentSettings.Analyzer] = parse.GetValue(CommonOptions.Analyzer),
            [EnrichmentSettings.ArticlesContainer] = container ?? EnrichmentSettings.DefaultArticlesContainer,
            [EnrichmentSettings.LanguageEndpoint] = parse.GetValue(CommonOptions.LanguageEndpoint)?.ToString()
                ?? System.Environment.GetEnvironmentVariable(EnrichmentSettings.LanguageEndpoint),
            // The key is taken from the environment only, so it never shows in shell history or process lists.
            [EnrichmentSettings.LanguageKey] = System.Environment.GetEnvironmentVariable(EnrichmentSettings.LanguageKey),
            [EnrichmentSettings.ManagedIdentityClientId] = System.Environment.GetEnvironmentVariable(EnrichmentSettings.ManagedIdentityClientId),
        };

        if (parse.GetValue(CommonOptions.AccountUrl) is { } accountUrl)
        {
            settings[$"{EnrichmentSettings.StorageConnectionName}:blobServiceUri"] = accountUrl.ToString();
        }
        else
        {
            settings[EnrichmentSettings.StorageConnectionName] = StorageConnectionString(parse);
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var verbose = parse.GetValue(CommonOptions.Verbose);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Azure", LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddArticleEnrichment(configuration);
        return services.BuildServiceProvider();
    }

    public static string StorageConnectionString(ParseResult parse)
        => parse.GetValue(CommonOptions.Connection)
           ?? System.Environment.GetEnvironmentVariable(EnrichmentSettings.CliStorageConnection)
           ?? BlobStorageConnection.Development;
}
