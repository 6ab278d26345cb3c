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
    public static ServiceProvider Build(ParseResult parse, string? container = null)
    {
        // Only what the command line sets; every other setting of the function app (README, "Settings") comes from
        // the environment, as it does for the function. The Language key has no option, so it never shows in shell
        // history or process lists.
        var settings = new Dictionary<string, string?>
        {
            [EnrichmentSettings.Analyzer] = parse.GetValue(CommonOptions.Analyzer),
        };
        if (container is not null)
        {
            settings[EnrichmentSettings.ArticlesContainer] = container;
        }

        if (parse.GetValue(CommonOptions.LanguageEndpoint) is { } endpoint)
        {
            settings[EnrichmentSettings.LanguageEndpoint] = endpoint.ToString();
        }

        // Storage comes from --account-url, --connection or ENRICH_STORAGE_CONNECTION, else Azurite; never from the
        // function's own ArticlesStorage setting (null hides it), so a shell that holds the function's settings
        // cannot send the CLI to another account than the one its options name.
        if (parse.GetValue(CommonOptions.AccountUrl) is { } accountUrl)
        {
            settings[EnrichmentSettings.StorageConnectionName] = null;
            settings[$"{EnrichmentSettings.StorageConnectionName}:blobServiceUri"] = accountUrl.ToString();
        }
        else
        {
            settings[EnrichmentSettings.StorageConnectionName] = StorageConnectionString(parse);
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        var verbose = parse.GetValue(CommonOptions.Verbose);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Azure", LogLevel.Warning)
            .AddConsole(o =>
            {
                o.FormatterName = BriefConsoleFormatter.FormatterName;
                o.LogToStandardErrorThreshold = LogLevel.Trace;
            })
            .AddConsoleFormatter<BriefConsoleFormatter, BriefConsoleFormatter.Options>(o => o.Verbose = verbose));
        services.AddArticleEnrichment(configuration);
        return services.BuildServiceProvider();
    }

    public static string StorageConnectionString(ParseResult parse)
        => parse.GetValue(CommonOptions.Connection) ?? CommonOptions.SettingOr(EnrichmentSettings.CliStorageConnection, BlobStorageConnection.Development);
}
