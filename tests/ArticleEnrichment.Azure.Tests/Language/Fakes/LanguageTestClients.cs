using ArticleEnrichment.Azure.Language;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ArticleEnrichment.Azure.Tests.Language.Fakes;

/// <summary>Clients wired to a fake transport, with retries fast enough for tests.</summary>
public static class LanguageTestClients
{
    public static readonly Uri Endpoint = new("https://my-language.cognitiveservices.azure.com/");

    /// <summary>Options on <paramref name="transport"/>: backoff of milliseconds (Retry-After still rules).</summary>
    public static LanguageClientOptions Options(HttpPipelineTransport transport, LanguageClientOptions.ServiceVersion version = LanguageClientOptions.ServiceVersion.V2024_11_01, int maxRetries = 5)
    {
        var options = new LanguageClientOptions(version) { Transport = transport };
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        return options;
    }

    public static LanguageClient KeyClient(HttpPipelineTransport transport, LanguageClientOptions.ServiceVersion version = LanguageClientOptions.ServiceVersion.V2024_11_01, int maxRetries = 5)
        => new(Endpoint, new AzureKeyCredential("test-key"), Options(transport, version, maxRetries));

    public static AzureLanguageAnalyzer Analyzer(FakeLanguageService service, int maxTextElements = LanguageServiceLimits.MaxTextElementsPerDocument, int maxRetries = 5)
        => new(KeyClient(service.Transport, maxRetries: maxRetries), new AzureLanguageAnalyzerOptions { MaxTextElementsPerDocument = maxTextElements });
}

/// <summary>A token credential that hands out a fixed token and records the scopes asked for.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    public List<string[]> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (Scopes)
        {
            Scopes.Add(requestContext.Scopes);
        }

        return new AccessToken("fake-token", DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
