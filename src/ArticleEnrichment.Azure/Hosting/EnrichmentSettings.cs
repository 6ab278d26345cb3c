namespace ArticleEnrichment.Azure.Hosting;

/// <summary>
/// The app-setting and environment-variable names every host reads (Functions app settings, CLI environment,
/// Bicep). One list, so the function, the CLI and the templates cannot drift apart.
/// </summary>
public static class EnrichmentSettings
{
    /// <summary>The container articles are uploaded to (default "articles"); the trigger path is "%ARTICLES_CONTAINER%/{name}".</summary>
    public const string ArticlesContainer = "ARTICLES_CONTAINER";

    /// <summary>Optional container for the records; empty means beside the articles.</summary>
    public const string OutputContainer = "OUTPUT_CONTAINER";

    /// <summary>Optional prefix of record names (e.g. "enriched/"); empty means beside the article.</summary>
    public const string OutputPrefix = "OUTPUT_PREFIX";

    /// <summary>Largest article accepted, in bytes (default 1 MiB, see ArticleReaderOptions).</summary>
    public const string MaxInputBytes = "ENRICH_MAX_INPUT_BYTES";

    /// <summary>"embedded" (default) or "azure".</summary>
    public const string Analyzer = "ENRICH_ANALYZER";

    /// <summary>Azure AI Language endpoint, e.g. https://my-language.cognitiveservices.azure.com/.</summary>
    public const string LanguageEndpoint = "AZURE_LANGUAGE_ENDPOINT";

    /// <summary>Azure AI Language key: environment only, never an argument or an app setting in Azure.</summary>
    public const string LanguageKey = "AZURE_LANGUAGE_KEY";

    /// <summary>Client id of the user-assigned managed identity, for DefaultAzureCredential in Azure.</summary>
    public const string ManagedIdentityClientId = "AZURE_CLIENT_ID";

    /// <summary>
    /// The name of the storage connection the blob trigger and the store use. In Azure it is identity-based:
    /// ArticlesStorage__blobServiceUri, ArticlesStorage__credential=managedidentity, ArticlesStorage__clientId.
    /// Locally a plain connection string under this name (UseDevelopmentStorage=true for Azurite).
    /// </summary>
    public const string StorageConnectionName = "ArticlesStorage";

    /// <summary>CLI: the storage connection string (default UseDevelopmentStorage=true).</summary>
    public const string CliStorageConnection = "ENRICH_STORAGE_CONNECTION";

    public const string DefaultArticlesContainer = "articles";
}
