using System.CommandLine;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Azure.Storage;

namespace ArticleEnrichment.Cli;

/// <summary>The options every command understands; they become the same settings the Functions app reads.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = $"Storage connection string (default: ${EnrichmentSettings.CliStorageConnection}, else {BlobStorageConnection.Development} for Azurite).",
        Recursive = true,
    };

    public static readonly Option<Uri?> AccountUrl = new("--account-url")
    {
        Description = "Blob service URL (https://ACCOUNT.blob.core.windows.net) used with Azure.Identity instead of a connection string.",
        Recursive = true,
        CustomParser = HttpUrl,
    };

    public static readonly Option<string> Analyzer = new("--analyzer")
    {
        Description = $"Which analyzer: embedded (offline) or azure (Azure AI Language) (default: ${EnrichmentSettings.Analyzer}, else embedded).",
        DefaultValueFactory = _ => SettingOr(EnrichmentSettings.Analyzer, "embedded"),
        Recursive = true,
    };

    public static readonly Option<Uri?> LanguageEndpoint = new("--language-endpoint")
    {
        Description = $"Azure AI Language endpoint (default: ${EnrichmentSettings.LanguageEndpoint}). The key is read only from ${EnrichmentSettings.LanguageKey}; without it Azure.Identity is used.",
        Recursive = true,
        CustomParser = HttpUrl,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log progress details and print stack traces of errors.",
        Recursive = true,
    };

    static CommonOptions()
    {
        Analyzer.AcceptOnlyFromAmong("embedded", "azure");
        // Each names a storage account; with both, one would be ignored without a word.
        Connection.Validators.Add(result =>
        {
            if (result.GetResult(AccountUrl) is not null)
            {
                result.AddError("--connection and --account-url cannot be used together.");
            }
        });
    }

    /// <summary>The default of an option that has a setting: the environment variable when set and not empty, else <paramref name="fallback"/>.</summary>
    public static string SettingOr(string variable, string fallback)
        => System.Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback;

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Connection);
        root.Options.Add(AccountUrl);
        root.Options.Add(Analyzer);
        root.Options.Add(LanguageEndpoint);
        root.Options.Add(Verbose);
    }

    /// <summary>An absolute http(s) URL, or a parse error naming the option (System.CommandLine has no Uri parser).</summary>
    private static Uri? HttpUrl(System.CommandLine.Parsing.ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(token, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        result.AddError($"'{token}' is not an http(s) URL.");
        return null;
    }
}
