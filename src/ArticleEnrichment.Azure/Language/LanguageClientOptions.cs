using Azure.Core;

namespace ArticleEnrichment.Azure.Language;

/// <summary>
/// Options of <see cref="LanguageClient"/>: the service version, the Azure.Core retry and transport settings
/// (inherited), and an optional client-side request ceiling.
/// </summary>
public sealed class LanguageClientOptions : ClientOptions
{
    /// <summary>The latest GA api-version this client knows, used when none is given.</summary>
    internal const ServiceVersion LatestVersion = ServiceVersion.V2024_11_01;

    /// <summary>The api-versions of <c>:analyze-text</c> this client speaks.</summary>
    public enum ServiceVersion
    {
        /// <summary>2023-04-01: entities carry the classic <c>category</c> and <c>subcategory</c>.</summary>
        V2023_04_01 = 1,

        /// <summary>2024-11-01 (default): entities also carry a fine-grained <c>type</c> and <c>tags</c>.</summary>
        V2024_11_01 = 2,
    }

    /// <summary>Creates options for <paramref name="version"/> (latest GA by default).</summary>
    public LanguageClientOptions(ServiceVersion version = LatestVersion)
    {
        Version = version switch
        {
            ServiceVersion.V2023_04_01 or ServiceVersion.V2024_11_01 => version,
            _ => throw new NotSupportedException($"Service version {version} is not supported."),
        };

        // A 429 storm from a busy resource lasts seconds to a minute; five tries spaced by Retry-After (or by an
        // exponential 1 s, 2 s, 4 s... capped at 30 s) ride it out without holding an article for minutes.
        Retry.MaxRetries = 5;
        Retry.Mode = RetryMode.Exponential;
        Retry.Delay = TimeSpan.FromSeconds(1);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        // Per try: a synchronous call on 5 to 10 documents answers in a few seconds; 30 s means "stuck", and the
        // retry policy then tries again.
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);

        // Logged with every request so a failure can be matched with the service's own logs.
        Diagnostics.LoggedHeaderNames.Add("apim-request-id");
        Diagnostics.LoggedHeaderNames.Add("x-ms-error-code");
        Diagnostics.LoggedHeaderNames.Add("Retry-After");
    }

    /// <summary>The api-version sent with every request.</summary>
    public ServiceVersion Version { get; }

    /// <summary>
    /// Client-side ceiling on requests (every try, retries included) per minute; null (default) for none.
    /// Set it to the resource's quota (e.g. 1,000 for the S tier) so a backfill queues locally instead of
    /// collecting 429s. Must be at least 1.
    /// </summary>
    public int? MaxRequestsPerMinute { get; set; }

    /// <summary>The api-version string of <see cref="Version"/>.</summary>
    internal string ApiVersion => Version switch
    {
        ServiceVersion.V2023_04_01 => "2023-04-01",
        ServiceVersion.V2024_11_01 => "2024-11-01",
        _ => throw new NotSupportedException($"Service version {Version} is not supported."),
    };
}
