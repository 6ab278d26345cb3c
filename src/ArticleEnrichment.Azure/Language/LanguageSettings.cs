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

    /// <summary>The service version named by <paramref name="value"/>; the latest GA when empty.</summary>
    public static LanguageClientOptions.ServiceVersion ParseVersion(string? value) => value?.Trim() switch
    {
        null or "" => LanguageClientOptions.LatestVersion,
        "2024-11-01" => LanguageClientOptions.ServiceVersion.V2024_11_01,
        "2023-04-01" => LanguageClientOptions.ServiceVersion.V2023_04_01,
        _ => throw new InvalidOperationException($"{ApiVersion} is '{value}'; use 2024-11-01 or 2023-04-01."),
    };
}
