using System.Diagnostics;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ArticleEnrichment.Azure.Language;

/// <summary>
/// A client of Azure AI Language's synchronous <c>POST {endpoint}/language/:analyze-text</c> for entity
/// recognition, sentiment, key phrases and language detection, on Azure.Core's <see cref="HttpPipeline"/>
/// (retries with Retry-After, per-try timeout, logging). Offsets are always requested as UTF-16 code units.
/// Methods are virtual so tests can substitute them; they throw <see cref="RequestFailedException"/> when the
/// service refuses the request (after the retries), and report refused documents in
/// <see cref="LanguageResults{T}.Errors"/> when it accepts the request.
/// </summary>
public class LanguageClient
{
    /// <summary>The Microsoft Entra ID scope of Cognitive Services.</summary>
    public const string DefaultScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>The header that carries a resource key.</summary>
    public const string KeyHeaderName = "Ocp-Apim-Subscription-Key";

    /// <summary>Name of the <see cref="System.Diagnostics.ActivitySource"/> that traces every call.</summary>
    public const string ActivitySourceName = "ArticleEnrichment.Azure.Language";

    private static readonly ActivitySource Activities = new(ActivitySourceName);

    private readonly HttpPipeline _pipeline = null!;
    private readonly string _apiVersion = null!;

    /// <summary>For mocking only.</summary>
    protected LanguageClient()
    {
        Endpoint = null!;
    }

    /// <summary>A client that authenticates with a resource key (<c>Ocp-Apim-Subscription-Key</c>).</summary>
    /// <param name="endpoint">The resource endpoint, e.g. https://my-language.cognitiveservices.azure.com/.</param>
    /// <param name="credential">The key.</param>
    /// <param name="options">Service version, retries, transport; defaults when null.</param>
    public LanguageClient(Uri endpoint, AzureKeyCredential credential, LanguageClientOptions? options = null)
        : this(endpoint, new KeyHeaderPolicy(Required(credential)), options)
    {
    }

    /// <summary>
    /// A client that authenticates with Microsoft Entra ID (e.g. a managed identity), scope
    /// <see cref="DefaultScope"/>; the identity needs the "Cognitive Services User" role on the resource.
    /// </summary>
    /// <param name="endpoint">The resource's custom-subdomain endpoint (Entra ID does not work with regional endpoints).</param>
    /// <param name="credential">The token credential.</param>
    /// <param name="options">Service version, retries, transport; defaults when null.</param>
    public LanguageClient(Uri endpoint, TokenCredential credential, LanguageClientOptions? options = null)
        : this(endpoint, new BearerTokenAuthenticationPolicy(Required(credential), DefaultScope), options)
    {
    }

    private LanguageClient(Uri endpoint, HttpPipelinePolicy authentication, LanguageClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        options ??= new LanguageClientOptions();
        Endpoint = endpoint;
        _apiVersion = options.ApiVersion;

        // The ceiling sits per retry, before authentication: every try the service sees counts against its quota.
        HttpPipelinePolicy[] perRetry = options.MaxRequestsPerMinute is { } perMinute
            ? [new RequestRateLimitPolicy(perMinute), authentication]
            : [authentication];
        _pipeline = HttpPipelineBuilder.Build(options, [], perRetry, new ResponseClassifier());
    }

    /// <summary>The resource endpoint requests go to.</summary>
    public virtual Uri Endpoint { get; }

    /// <summary>Recognizes named entities (general NER) in up to 5 documents.</summary>
    public virtual Task<Response<LanguageResults<EntitiesDocument>>> RecognizeEntitiesAsync(
        IReadOnlyList<LanguageInput> documents, CancellationToken cancellationToken = default)
        => AnalyzeAsync(LanguageTaskKind.EntityRecognition, documents, ToEntities, cancellationToken);

    /// <summary>Analyzes document and sentence sentiment in up to 10 documents.</summary>
    public virtual Task<Response<LanguageResults<SentimentDocument>>> AnalyzeSentimentAsync(
        IReadOnlyList<LanguageInput> documents, CancellationToken cancellationToken = default)
        => AnalyzeAsync(LanguageTaskKind.SentimentAnalysis, documents, ToSentiment, cancellationToken);

    /// <summary>Extracts key phrases from up to 10 documents.</summary>
    public virtual Task<Response<LanguageResults<KeyPhrasesDocument>>> ExtractKeyPhrasesAsync(
        IReadOnlyList<LanguageInput> documents, CancellationToken cancellationToken = default)
        => AnalyzeAsync(LanguageTaskKind.KeyPhraseExtraction, documents, ToKeyPhrases, cancellationToken);

    /// <summary>Detects the dominant language of up to 1,000 documents (their language hints are not sent).</summary>
    public virtual Task<Response<LanguageResults<LanguageDocument>>> DetectLanguageAsync(
        IReadOnlyList<LanguageInput> documents, CancellationToken cancellationToken = default)
        => AnalyzeAsync(LanguageTaskKind.LanguageDetection, documents, ToLanguage, cancellationToken);

    private async Task<Response<LanguageResults<T>>> AnalyzeAsync<T>(
        LanguageTaskKind kind, IReadOnlyList<LanguageInput> documents, Func<WireDocument, T> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfZero(documents.Count, nameof(documents));

        using var activity = Activities.StartActivity($"LanguageClient.{kind}", ActivityKind.Client);
        activity?.SetTag("az.namespace", "Microsoft.CognitiveServices");
        activity?.SetTag("language.kind", kind.ToString());
        activity?.SetTag("language.documents", documents.Count);
        try
        {
            using var message = CreateMessage(kind, documents);
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var response = message.Response;
            activity?.SetTag("http.response.status_code", response.Status);
            if (response.Status != 200)
            {
                throw CreateFailure(response);
            }

            return Response.FromValue(Parse(response, map), response);
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
    }

    private HttpMessage CreateMessage(LanguageTaskKind kind, IReadOnlyList<LanguageInput> documents)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(Endpoint);
        request.Uri.AppendPath("/language/:analyze-text", escape: false);
        request.Uri.AppendQuery("api-version", _apiVersion, true);
        request.Headers.Add("Accept", "application/json");
        request.Headers.Add("Content-Type", "application/json");

        var detection = kind == LanguageTaskKind.LanguageDetection;
        // Offsets only exist for entities and sentences; the other kinds' parameters have no stringIndexType.
        var indexType = kind is LanguageTaskKind.EntityRecognition or LanguageTaskKind.SentimentAnalysis ? "Utf16CodeUnit" : null;
        var body = new WireRequest(
            kind.ToString(),
            new WireParameters("latest", indexType),
            new WireInput([.. documents.Select(d => new WireInputDocument(d.Id, d.Text, detection ? null : d.Language))]));
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body, LanguageWireJson.Options.GetTypeInfo(typeof(WireRequest))));
        return message;
    }

    private static LanguageResults<T> Parse<T>(Response response, Func<WireDocument, T> map)
    {
        WireResponse? wire;
        try
        {
            wire = (WireResponse?)JsonSerializer.Deserialize(response.Content.ToMemory().Span, LanguageWireJson.Options.GetTypeInfo(typeof(WireResponse)));
        }
        catch (JsonException e)
        {
            throw new RequestFailedException(response.Status, $"Azure AI Language returned a body that is not valid JSON: {e.Message}", "InvalidResponse", e);
        }

        if (wire?.Results is not { } results)
        {
            throw new RequestFailedException(response.Status, "Azure AI Language returned a body without 'results'.", "InvalidResponse", null);
        }

        var documents = (results.Documents ?? []).Select(map).ToList();
        var errors = (results.Errors ?? []).Select(e => new LanguageDocumentError(
            e.Id ?? string.Empty,
            e.Error?.Code ?? "Unknown",
            e.Error?.InnerError?.Code,
            e.Error?.InnerError?.Message ?? e.Error?.Message ?? string.Empty)).ToList();
        return new LanguageResults<T>(documents, errors, results.ModelVersion ?? string.Empty);
    }

    /// <summary>
    /// The service's error body ({"error": {code, message, innererror}}) as a <see cref="RequestFailedException"/>:
    /// ErrorCode is the top-level code (or the x-ms-error-code header), the message names the inner code and
    /// message as well, which say what was wrong (e.g. InvalidDocumentBatch: "Max 5 records are permitted").
    /// </summary>
    private static RequestFailedException CreateFailure(Response response)
    {
        WireError? error = null;
        try
        {
            if (response.Content.ToMemory().Length > 0)
            {
                error = ((WireErrorResponse?)JsonSerializer.Deserialize(response.Content.ToMemory().Span, LanguageWireJson.Options.GetTypeInfo(typeof(WireErrorResponse))))?.Error;
            }
        }
        catch (JsonException)
        {
            // Not the documented error body (e.g. a gateway's HTML page): the status alone describes the failure.
        }

        response.Headers.TryGetValue("x-ms-error-code", out var headerCode);
        var code = error?.Code ?? headerCode;
        var detail = error is null
            ? response.ReasonPhrase
            : error.InnerError is { } inner ? $"{error.Message} ({inner.Code}: {inner.Message})" : error.Message;
        var message = $"Azure AI Language answered {response.Status}{(code is null ? string.Empty : $" {code}")}: {detail}";
        return new RequestFailedException(response.Status, message, code, null);
    }

    private static IReadOnlyList<LanguageWarning> ToWarnings(WireDocument d)
        => [.. (d.Warnings ?? []).Select(w => new LanguageWarning(w.Code ?? "Unknown", w.Message ?? string.Empty))];

    private static EntitiesDocument ToEntities(WireDocument d) => new(
        d.Id ?? string.Empty,
        [.. (d.Entities ?? []).Select(e => new RecognizedEntity(
            e.Text ?? string.Empty,
            e.Category ?? string.Empty,
            e.Subcategory,
            e.Type,
            [.. (e.Tags ?? []).Select(t => t.Name).OfType<string>()],
            e.Offset,
            e.Length,
            e.ConfidenceScore))],
        ToWarnings(d));

    private static SentimentDocument ToSentiment(WireDocument d) => new(
        d.Id ?? string.Empty,
        d.Sentiment ?? string.Empty,
        ToScores(d.ConfidenceScores),
        [.. (d.Sentences ?? []).Select(s => new LanguageSentence(s.Text ?? string.Empty, s.Offset, s.Length, s.Sentiment ?? string.Empty, ToScores(s.ConfidenceScores)))],
        ToWarnings(d));

    private static LanguageSentimentScores ToScores(WireScores? s) => new(s?.Positive ?? 0, s?.Neutral ?? 0, s?.Negative ?? 0);

    private static KeyPhrasesDocument ToKeyPhrases(WireDocument d) => new(d.Id ?? string.Empty, d.KeyPhrases ?? [], ToWarnings(d));

    private static LanguageDocument ToLanguage(WireDocument d) => new(
        d.Id ?? string.Empty,
        d.DetectedLanguage?.Name ?? LanguageDocument.Unknown,
        d.DetectedLanguage?.Iso6391Name ?? LanguageDocument.Unknown,
        d.DetectedLanguage?.ConfidenceScore ?? 0,
        ToWarnings(d));

    private static T Required<T>(T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value, "credential");
        return value;
    }

    /// <summary>Sets the key header on every try; Azure.Core's own key policy is internal.</summary>
    private sealed class KeyHeaderPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            base.OnSendingRequest(message);
            // Read on every try, so a key rotated with AzureKeyCredential.Update takes effect at once.
            message.Request.Headers.SetValue(KeyHeaderName, credential.Key);
        }
    }
}
