namespace ArticleEnrichment.Azure.Language;

/// <summary>
/// Optional settings of the Azure AI Language analyzer, beside the endpoint, key and identity named in
/// <see cref="Hosting.EnrichmentSettings"/>.
/// </summary>
public static class LanguageSettings
{
    /// <summary>"2024-11-01" (default) or "2023-04-01".</summary>
    public const string ApiVersion = "AZURE_LANGUAGE_API_VERSION";

    /// <summary>Client-side ceiling on requests per minute (e.g. the resource's quota); unset for none.</summary>
    public const string MaxRequestsPerMinute = "AZURE_LANGUAGE_MAX_REQUESTS_PER_MINUTE";

    /// <summary>
    /// Retries after the first try (429, 5xx, timeouts); default 5 (see <see cref="LanguageClientOptions"/>).
    /// Lower it for an interactive run that should fail fast; 0 turns retries off.
    /// </summary>
    public const string MaxRetries = "AZURE_LANGUAGE_MAX_RETRIES";

    /// <summary>
    /// First retry delay in milliseconds, doubled each retry (capped at 30 s); default 1,000. A 429's
    /// Retry-After still wins when longer. Shorter values serve tests against a local fake of the service.
    /// </summary>
    public const string RetryDelayMilliseconds = "AZURE_LANGUAGE_RETRY_DELAY_MS";

    /// <summary>
    /// Longest time in seconds one article's analysis may take, retries included; default 300 (see
    /// <see cref="AzureLanguageAnalyzerOptions.AnalysisTimeout"/>).
    /// </summary>
    public const string AnalysisTimeoutSeconds = "AZURE_LANGUAGE_TIMEOUT_SECONDS";

    /// <summary>The service version named by <paramref name="value"/>; the latest GA when empty.</summary>
    public static LanguageClientOptions.ServiceVersion ParseVersion(string? value) => value?.Trim() switch
    {
        null or "" => LanguageClientOptions.LatestVersion,
        "2024-11-01" => LanguageClientOptions.ServiceVersion.V2024_11_01,
        "2023-04-01" => LanguageClientOptions.ServiceVersion.V2023_04_01,
        _ => throw new InvalidOperationException($"{ApiVersion} is '{value}'; use 2024-11-01 or 2023-04-01."),
    };
}
