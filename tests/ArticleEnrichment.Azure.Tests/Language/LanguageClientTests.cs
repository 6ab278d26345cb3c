using System.Text.Json;
using ArticleEnrichment.Azure.Language;
using ArticleEnrichment.Azure.Tests.Language.Fakes;
using Azure;

namespace ArticleEnrichment.Azure.Tests.Language;

public sealed class LanguageClientTests
{
    private static readonly LanguageInput[] OneDocument = [new("1", "Microsoft was founded by Bill Gates and Paul Allen.", "en")];

    private static FakeTransport Answering(LanguageExample example)
        => FakeTransport.Replaying(() => new FakeResponse(example.Status, example.ResponseBody));

    private static LanguageInput[] Inputs(LanguageExample example)
        => [.. example.Documents.Select(d => new LanguageInput(d.Id, d.Text, d.Language))];

    [Fact]
    public async Task RecognizeEntitiesAsync_KeyCredential_PostsAnalyzeTextWithKeyHeaderAndLatestApiVersion()
    {
        var transport = Answering(LanguageExamples.Spec("2024-11-01/SuccessfulEntityRecognitionInclusionRequest.json"));
        var client = LanguageTestClients.KeyClient(transport);

        await client.RecognizeEntitiesAsync(OneDocument);

        var request = Assert.Single(transport.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://my-language.cognitiveservices.azure.com/language/:analyze-text?api-version=2024-11-01", request.Uri.AbsoluteUri);
        Assert.Equal("test-key", request.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
    }

    [Fact]
    public async Task RecognizeEntitiesAsync_Always_AsksForUtf16OffsetsAndLatestModel()
    {
        var transport = Answering(LanguageExamples.Spec("2024-11-01/SuccessfulEntityRecognitionInclusionRequest.json"));

        await LanguageTestClients.KeyClient(transport).RecognizeEntitiesAsync(OneDocument);

        using var body = JsonDocument.Parse(transport.Requests[0].Body);
        Assert.Equal("EntityRecognition", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Utf16CodeUnit", body.RootElement.GetProperty("parameters").GetProperty("stringIndexType").GetString());
        Assert.Equal("latest", body.RootElement.GetProperty("parameters").GetProperty("modelVersion").GetString());
        var document = Assert.Single(body.RootElement.GetProperty("analysisInput").GetProperty("documents").EnumerateArray());
        Assert.Equal("1", document.GetProperty("id").GetString());
        Assert.Equal(OneDocument[0].Text, document.GetProperty("text").GetString());
        Assert.Equal("en", document.GetProperty("language").GetString());
    }

    [Fact]
    public async Task AnyCall_Version20230401_SendsThatApiVersion()
    {
        var transport = Answering(LanguageExamples.Spec("2023-04-01/SuccessfulEntityRecognitionRequest.json"));

        await LanguageTestClients.KeyClient(transport, LanguageClientOptions.ServiceVersion.V2023_04_01).RecognizeEntitiesAsync(OneDocument);

        Assert.EndsWith("?api-version=2023-04-01", transport.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task AnyCall_TokenCredential_SendsBearerTokenForCognitiveServicesScope()
    {
        var transport = Answering(LanguageExamples.Spec("2024-11-01/SuccessfulKeyPhraseExtractionRequest.json"));
        var credential = new FakeTokenCredential();
        var client = new LanguageClient(LanguageTestClients.Endpoint, credential, LanguageTestClients.Options(transport));

        await client.ExtractKeyPhrasesAsync(OneDocument);

        Assert.Equal("Bearer fake-token", transport.Requests[0].Headers["Authorization"]);
        Assert.False(transport.Requests[0].Headers.ContainsKey("Ocp-Apim-Subscription-Key"));
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes[0]);
    }

    [Theory]
    [InlineData("2024-11-01/SuccessfulKeyPhraseExtractionRequest.json")]
    [InlineData("2024-11-01/SuccessfulLanguageDetectionRequest.json")]
    [InlineData("2024-11-01/SuccessfulEntityRecognitionInclusionRequest.json")]
    [InlineData("2023-04-01/SuccessfulEntityRecognitionRequest.json")]
    [InlineData("2023-04-01/SuccessfulSentimentAnalysisRequest.json")]
    public async Task AnyCall_SpecExample_SendsTheExampleDocumentsOfTheExampleKind(string example)
    {
        var spec = LanguageExamples.Spec(example);
        var transport = Answering(spec);
        var client = LanguageTestClients.KeyClient(transport);
        var inputs = Inputs(spec);

        _ = spec.Kind switch
        {
            "EntityRecognition" => (object)await client.RecognizeEntitiesAsync(inputs),
            "SentimentAnalysis" => await client.AnalyzeSentimentAsync(inputs),
            "KeyPhraseExtraction" => await client.ExtractKeyPhrasesAsync(inputs),
            _ => await client.DetectLanguageAsync(inputs),
        };

        var (kind, documents) = FakeLanguageService.Parse(transport.Requests[0]);
        Assert.Equal(spec.Kind, kind);
        // Language detection sends no language hint (the service would reject it as unknown for that kind).
        var expected = spec.Kind == "LanguageDetection" ? [.. spec.Documents.Select(d => (d.Id, d.Text, (string?)null))] : spec.Documents;
        Assert.Equal(expected, documents);
    }

    [Fact]
    public async Task RecognizeEntitiesAsync_ClassicExample_ParsesCategorySubcategoryAndOffsets()
    {
        var spec = LanguageExamples.Spec("2023-04-01/SuccessfulEntityRecognitionRequest.json");

        var result = (await LanguageTestClients.KeyClient(Answering(spec)).RecognizeEntitiesAsync(Inputs(spec))).Value;

        Assert.Equal("2020-04-01", result.ModelVersion);
        Assert.Empty(result.Errors);
        Assert.Equal(["Microsoft", "Bill Gates", "Paul Allen"], result.Documents[0].Entities.Select(e => e.Text));
        var seattle = Assert.Single(result.Documents[1].Entities);
        Assert.Equal(("Location", "GPE", 33, 7, 0.55), (seattle.Category, seattle.Subcategory, seattle.Offset, seattle.Length, seattle.ConfidenceScore));
        Assert.Null(seattle.Type);
        Assert.Empty(seattle.Tags);
    }

    [Fact]
    public async Task RecognizeEntitiesAsync_2024Example_ParsesTypeAndTagsFromGeneralToSpecific()
    {
        var spec = LanguageExamples.Spec("2024-11-01/SuccessfulEntityRecognitionInclusionRequest.json");

        var result = (await LanguageTestClients.KeyClient(Answering(spec)).RecognizeEntitiesAsync(Inputs(spec))).Value;

        Assert.Empty(result.Documents[0].Entities);
        var amsterdam = result.Documents[1].Entities.Single(e => e.Text == "Amsterdam");
        Assert.Equal("City", amsterdam.Type);
        Assert.Equal(["Location", "GPE", "City"], amsterdam.Tags);
        Assert.Equal((96, 9), (amsterdam.Offset, amsterdam.Length));
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_SpecExampleWithOpinions_ParsesSentencesAndIgnoresOpinions()
    {
        // The spec example answers with targets and assessments it was not asked for and drops the third sentence
        // of its input: the client reads what is there and does not invent the rest.
        var spec = LanguageExamples.Spec("2023-04-01/SuccessfulSentimentAnalysisRequest.json");

        var document = (await LanguageTestClients.KeyClient(Answering(spec)).AnalyzeSentimentAsync(Inputs(spec))).Value.Documents.Single();

        Assert.Equal("positive", document.Sentiment);
        Assert.Equal(new LanguageSentimentScores(1, 0, 0), document.Scores);
        Assert.Equal([(0, 17, "positive"), (18, 52, "neutral")], document.Sentences.Select(s => (s.Offset, s.Length, s.Sentiment)));
    }

    [Fact]
    public async Task DetectLanguageAsync_SpecExample_ParsesEveryLanguage()
    {
        var spec = LanguageExamples.Spec("2024-11-01/SuccessfulLanguageDetectionRequest.json");

        var result = (await LanguageTestClients.KeyClient(Answering(spec)).DetectLanguageAsync(Inputs(spec))).Value;

        Assert.Equal(["en", "fr", "es", "hi"], result.Documents.Select(d => d.Iso6391Name));
        Assert.All(result.Documents, d => Assert.True(d.IsKnown));
        Assert.Equal("2023-12-01", result.ModelVersion);
    }

    [Fact]
    public async Task RecognizeEntitiesAsync_RecordedUnsupportedLanguage_ReportsDocumentErrorNotException()
    {
        var recording = LanguageExamples.Recording("ner_unsupported_language_error.json");

        var result = (await LanguageTestClients.KeyClient(Answering(recording)).RecognizeEntitiesAsync(Inputs(recording))).Value;

        Assert.Empty(result.Documents);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("0", "InvalidArgument", "UnsupportedLanguageCode"), (error.Id, error.Code, error.InnerCode));
        Assert.StartsWith("Invalid language code 'notalanguage'", error.Message);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_RecordedEmptyDocument_ReturnsOthersAndTheError()
    {
        var recording = LanguageExamples.Recording("sentiment_empty_document_error.json");

        var result = (await LanguageTestClients.KeyClient(Answering(recording)).AnalyzeSentimentAsync(Inputs(recording))).Value;

        Assert.Equal(["0", "2", "3", "4"], result.Documents.Select(d => d.Id));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("1", "InvalidDocument"), (error.Id, error.SpecificCode));
        // Real service output, UTF-16 offsets: the second sentence of document 2 starts where the first ends.
        Assert.Equal([(0, 59), (59, 43)], result.Documents[1].Sentences.Select(s => (s.Offset, s.Length)));
    }

    [Fact]
    public async Task RecognizeEntitiesAsync_RecordedTooManyDocuments_ThrowsWithServiceCodeAndInnerMessage()
    {
        var recording = LanguageExamples.Recording("ner_too_many_documents_400.json");
        var transport = Answering(recording);

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => LanguageTestClients.KeyClient(transport).RecognizeEntitiesAsync(Inputs(recording)));

        Assert.Equal(400, e.Status);
        Assert.Equal("InvalidRequest", e.ErrorCode);
        Assert.Contains("InvalidDocumentBatch", e.Message);
        Assert.Contains("Max 5 records are permitted", e.Message);
        Assert.Single(transport.Requests); // a 400 is not retried
    }

    [Fact]
    public async Task AnyCall_Unauthorized_ThrowsWithoutRetrying()
    {
        var transport = FakeTransport.Replaying(FakeLanguageService.Unauthorized);

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => LanguageTestClients.KeyClient(transport).DetectLanguageAsync(OneDocument));

        Assert.Equal(401, e.Status);
        Assert.Equal("401", e.ErrorCode);
        Assert.Contains("Access denied", e.Message);
        Assert.Single(transport.Requests);
    }

    [Fact]
    public async Task AnyCall_ErrorWithoutJsonBody_ThrowsWithStatus()
    {
        var transport = FakeTransport.Replaying(() => new FakeResponse(403, "<html>Forbidden</html>", "Forbidden").WithHeader("x-ms-error-code", "Forbidden"));

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => LanguageTestClients.KeyClient(transport).DetectLanguageAsync(OneDocument));

        Assert.Equal((403, "Forbidden"), (e.Status, e.ErrorCode));
    }

    [Fact]
    public async Task AnyCall_MalformedJson_ThrowsInvalidResponse()
    {
        var transport = FakeTransport.Replaying(FakeLanguageService.Malformed);

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => LanguageTestClients.KeyClient(transport).RecognizeEntitiesAsync(OneDocument));

        Assert.Equal("InvalidResponse", e.ErrorCode);
        Assert.IsType<JsonException>(e.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task AnyCall_TooManyRequestsWithRetryAfter_WaitsAsToldAndSucceeds()
    {
        // The fake refuses, like the service, any retry that comes before its Retry-After (1 s) has passed, and
        // the client's own backoff is 1-5 ms: only honouring Retry-After gets the second try through.
        var service = new FakeLanguageService();
        service.ThenRespond(() => service.TooManyRequests(retryAfterSeconds: 1));

        var result = await LanguageTestClients.KeyClient(service.Transport, maxRetries: 2).DetectLanguageAsync(OneDocument);

        Assert.Equal(200, result.GetRawResponse().Status);
        Assert.Equal(2, service.Transport.Requests.Count);
    }

    [Fact]
    public async Task AnyCall_ServerErrorThenSuccess_RetriesAndSucceeds()
    {
        var service = new FakeLanguageService().ThenRespond(FakeLanguageService.ServerError, FakeLanguageService.ServerError);

        var result = await LanguageTestClients.KeyClient(service.Transport).RecognizeEntitiesAsync(OneDocument);

        Assert.Equal(200, result.GetRawResponse().Status);
        Assert.Equal(3, service.Transport.Requests.Count);
    }

    [Fact]
    public async Task AnyCall_ServerErrorEveryTime_ThrowsAfterConfiguredRetries()
    {
        var transport = FakeTransport.Replaying(FakeLanguageService.ServerError);

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => LanguageTestClients.KeyClient(transport, maxRetries: 2).RecognizeEntitiesAsync(OneDocument));

        Assert.Equal((500, "InternalServerError"), (e.Status, e.ErrorCode));
        Assert.Equal(3, transport.Requests.Count);
    }

    [Fact]
    public async Task AnyCall_CancelledToken_ThrowsOperationCanceled()
    {
        var service = new FakeLanguageService();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LanguageTestClients.KeyClient(service.Transport).RecognizeEntitiesAsync(OneDocument, cancelled.Token));
    }

    [Fact]
    public async Task AnyCall_CancelledWhileWaiting_ThrowsOperationCanceledWithoutRetrying()
    {
        var service = new FakeLanguageService { Latency = TimeSpan.FromSeconds(30) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LanguageTestClients.KeyClient(service.Transport).RecognizeEntitiesAsync(OneDocument, cancel.Token));

        Assert.Single(service.Transport.Requests);
    }

    [Fact]
    public async Task AnyCall_SlowerThanNetworkTimeout_EachTryTimesOutAndIsRetried()
    {
        var service = new FakeLanguageService { Latency = TimeSpan.FromSeconds(30) };
        var options = LanguageTestClients.Options(service.Transport, maxRetries: 1);
        options.Retry.NetworkTimeout = TimeSpan.FromMilliseconds(50);
        var client = new LanguageClient(LanguageTestClients.Endpoint, new AzureKeyCredential("k"), options);

        await Assert.ThrowsAnyAsync<Exception>(() => client.RecognizeEntitiesAsync(OneDocument));

        Assert.Equal(2, service.Transport.Requests.Count);
    }

    [Fact]
    public async Task AnyCall_NoDocuments_ThrowsBeforeSending()
    {
        var transport = FakeTransport.Replaying(FakeLanguageService.ServerError);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LanguageTestClients.KeyClient(transport).RecognizeEntitiesAsync([]));

        Assert.Empty(transport.Requests);
    }
}
