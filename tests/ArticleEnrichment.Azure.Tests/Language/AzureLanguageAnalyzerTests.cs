using System.Globalization;
using System.Text;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Azure.Language;
using ArticleEnrichment.Azure.Tests.Language.Fakes;
using ArticleEnrichment.Output;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Reading;
using ArticleEnrichment.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArticleEnrichment.Azure.Tests.Language;

public sealed class AzureLanguageAnalyzerTests
{
    /// <summary>The news service, also asked for a key phrase that differs from another only in case.</summary>
    private static FakeLanguageService NewsService()
    {
        var service = NewsFixture.Service();
        service.KeyPhrases.Add("State Visit");
        return service;
    }

    private static string Article(int chars) => NewsFixture.Article(chars);

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task AnalyzeAsync_ShortArticle_OneRequestPerKindAndOurContract()
    {
        var service = NewsService();
        var text = Article(300);

        var analysis = await LanguageTestClients.Analyzer(service).AnalyzeAsync(text);

        Assert.Equal(4, service.Transport.Requests.Count);
        Assert.Equal(["EntityRecognition", "KeyPhraseExtraction", "LanguageDetection", "SentimentAnalysis"],
            service.Transport.Requests.Select(r => FakeLanguageService.Parse(r).Kind).Order());
        Assert.Equal("LanguageDetection", FakeLanguageService.Parse(service.Transport.Requests[0]).Kind);
        Assert.Equal("azure-language", analysis.Analyzer.Name);
        Assert.Equal("language:2021-06-01 ner:2021-06-01 sentiment:2021-06-01 keyPhrases:2021-06-01", analysis.Analyzer.ModelVersion);
        Assert.Equal(new DetectedLanguage("en", "English", 0.99), analysis.Language);
        var beijing = analysis.Entities.First(e => e.Text == "Beijing");
        Assert.Equal((EntityCategory.Location, EntitySubcategory.Gpe), (beijing.Category, beijing.Subcategory));
        Assert.Contains(analysis.Entities, e => e is { Text: "Monday", Category: "DateTime", Subcategory: "Date" });
        Assert.Equal(["state visit", "military cooperation"], analysis.KeyPhrases);
        Assert.Equal(SentimentLabel.Mixed, analysis.Sentiment!.Label);
        Assert.Equal(analysis.Sentiment.Sentences.Count, analysis.SentenceCount);
        Assert.True(analysis.WordCount > 0);
        Assert.Empty(analysis.Warnings);
    }

    [Fact]
    public async Task AnalyzeAsync_LanguageHint_IsSentWithTheOtherKinds()
    {
        var service = NewsService();
        service.Language = ("de", "German");

        await LanguageTestClients.Analyzer(service).AnalyzeAsync("Guten Tag. Heute ist Montag.");

        Assert.All(service.Transport.Requests.Skip(1), r => Assert.All(FakeLanguageService.Parse(r).Documents, d => Assert.Equal("de", d.Language)));
    }

    [Fact]
    public async Task AnalyzeAsync_FortyKilobyteArticle_ChunksWithinLimitsAndOffsetsMapBackExactly()
    {
        var service = NewsService();
        var text = Article(40_000);

        var analysis = await LanguageTestClients.Analyzer(service).AnalyzeAsync(text);

        var requests = service.Transport.Requests.Select(FakeLanguageService.Parse).ToList();
        var chunkCount = requests.Single(r => r.Kind == "LanguageDetection").Documents.Count;
        Assert.InRange(chunkCount, 8, 10);
        foreach (var (kind, documents) in requests)
        {
            Assert.InRange(documents.Count, 1, LanguageServiceLimits.MaxDocuments(Enum.Parse<LanguageTaskKind>(kind)));
            Assert.All(documents, d => Assert.InRange(new StringInfo(d.Text).LengthInTextElements, 1, LanguageServiceLimits.MaxTextElementsPerDocument));
        }

        // Language 1, NER ceil(chunks / 5), sentiment and key phrases ceil(chunks / 10).
        Assert.Equal(1 + (chunkCount + 4) / 5 + 2 * ((chunkCount + 9) / 10), requests.Count);
        Assert.Empty(analysis.Warnings);
        Assert.All(analysis.Entities, e => Assert.Equal(e.Text, text.Substring(e.Offset, e.Length)));
        foreach (var name in new[] { "Vladimir Putin", "Beijing", "Monday", "🇨🇳 Xinhua" })
        {
            Assert.Equal(Occurrences(text, name), analysis.Entities.Count(e => e.Text == name));
        }

        Assert.Equal(analysis.Entities.OrderBy(e => e.Offset).Select(e => e.Offset), analysis.Entities.Select(e => e.Offset));
        // The fake cuts sentences after ". ", so the sentences tile the article: they must join back into it.
        var sentences = analysis.Sentiment!.Sentences;
        Assert.Equal(text, string.Concat(sentences.Select(s => text.Substring(s.Offset, s.Length))));
        Assert.Contains(sentences, s => s.Label == SentimentLabel.Negative && text.Substring(s.Offset, s.Length).Contains("bad"));
    }

    [Fact]
    public async Task AnalyzeAsync_SameArticleTwice_SameAnalysis()
    {
        var text = Article(40_000);

        var first = await LanguageTestClients.Analyzer(NewsService()).AnalyzeAsync(text);
        var second = await LanguageTestClients.Analyzer(NewsService()).AnalyzeAsync(text);

        Assert.Equal(first.Entities, second.Entities);
        Assert.Equal(first.Sentiment!.Sentences, second.Sentiment!.Sentences);
        Assert.Equal((first.Sentiment.Label, first.Sentiment.ConfidenceScores), (second.Sentiment.Label, second.Sentiment.ConfidenceScores));
        Assert.Equal(first.KeyPhrases, second.KeyPhrases);
    }

    [Fact]
    public async Task AnalyzeAsync_HeavyTextElements_BatchesStayUnderOneMegabyte()
    {
        // Each text element is a letter with 20 combining accents (41 UTF-8 bytes): five full chunks would pass
        // 1 MB, which the fake service refuses like the real one.
        var element = "a" + new string('\u0301', 20);
        var text = string.Concat(Enumerable.Repeat(element, 6 * LanguageServiceLimits.MaxTextElementsPerDocument));
        var service = NewsService();

        var analysis = await LanguageTestClients.Analyzer(service).AnalyzeAsync(text);

        Assert.NotNull(analysis.Sentiment);
        var requests = service.Transport.Requests;
        Assert.All(requests, r => Assert.InRange(Encoding.UTF8.GetByteCount(r.Body), 1, LanguageServiceLimits.MaxRequestBytes));
        Assert.True(requests.Count(r => FakeLanguageService.Parse(r).Kind == "SentimentAnalysis") > 1);
    }

    [Fact]
    public async Task AnalyzeAsync_LanguageUnknown_WarnsAndSendsNoHint()
    {
        var service = NewsService();
        service.Language = ("(Unknown)", "(Unknown)");

        var analysis = await LanguageTestClients.Analyzer(service).AnalyzeAsync("Vladimir Putin arrived in Beijing.");

        Assert.Null(analysis.Language);
        Assert.Equal("UnknownLanguage", Assert.Single(analysis.Warnings).Code);
        Assert.All(service.Transport.Requests, r => Assert.All(FakeLanguageService.Parse(r).Documents, d => Assert.Null(d.Language)));
        Assert.NotEmpty(analysis.Entities);
    }

    [Fact]
    public async Task AnalyzeAsync_ChunksOfDifferentSentiment_CombinesScoresByLength()
    {
        var service = new FakeLanguageService();
        var positive = "This is good news for everyone here. ";
        var neutral = "Nothing else happened that day. ";
        var text = positive + neutral + neutral;

        var analysis = await LanguageTestClients.Analyzer(service, maxTextElements: 40).AnalyzeAsync(text);

        var total = (double)text.Length;
        Assert.Equal(Math.Round((0.9 * positive.Length + 0.05 * 2 * neutral.Length) / total, 4), analysis.Sentiment!.ConfidenceScores.Positive);
        Assert.Equal(Math.Round((0.1 * positive.Length + 0.9 * 2 * neutral.Length) / total, 4), analysis.Sentiment.ConfidenceScores.Neutral);
        Assert.Equal(SentimentLabel.Neutral, analysis.Sentiment.Label);
        Assert.Equal([0, positive.Length, positive.Length + neutral.Length], analysis.Sentiment.Sentences.Select(s => s.Offset));
    }

    [Theory]
    [InlineData(new[] { SentimentLabel.Positive }, SentimentLabel.Positive)]
    [InlineData(new[] { SentimentLabel.Positive, SentimentLabel.Negative }, SentimentLabel.Mixed)]
    [InlineData(new[] { SentimentLabel.Neutral, SentimentLabel.Mixed }, SentimentLabel.Mixed)]
    public void CombineLabels_ChunkLabels_FollowTheServiceRule(SentimentLabel[] labels, SentimentLabel expected)
        => Assert.Equal(expected, AzureLanguageAnalyzer.CombineLabels(labels.ToHashSet(), new SentimentScores(0.3, 0.4, 0.3)));

    [Fact]
    public async Task AnalyzeAsync_KeyPhrasesInSeveralChunks_MergedWithoutDuplicates()
    {
        var service = NewsService();

        var analysis = await LanguageTestClients.Analyzer(service, maxTextElements: 70).AnalyzeAsync(Article(600));

        Assert.Equal(["state visit", "military cooperation"], analysis.KeyPhrases);
    }

    [Fact]
    public async Task AnalyzeAsync_LanguageWithoutNer_WarnsAndKeepsTheRest()
    {
        var service = NewsService();
        service.Language = ("sw", "Swahili");

        var analysis = await LanguageTestClients.Analyzer(service).AnalyzeAsync("Habari ya asubuhi. Leo ni siku nzuri.");

        Assert.Empty(analysis.Entities);
        Assert.NotNull(analysis.Sentiment);
        var warning = Assert.Single(analysis.Warnings);
        Assert.Equal("UnsupportedLanguage", warning.Code);
        Assert.Contains("EntityRecognition", warning.Message);
    }

    [Fact]
    public async Task AnalyzeAsync_EveryDocumentRefused_ThrowsAnalysisFailed()
    {
        const string refused = """{"kind":"x","results":{"documents":[],"errors":[{"id":"0","error":{"code":"InvalidArgument","message":"Invalid Document in request.","innererror":{"code":"InvalidDocument","message":"Document text is invalid."}}}],"modelVersion":"2021-06-01"}}""";
        var transport = FakeTransport.Replaying(() => new FakeResponse(200, refused));
        var analyzer = new AzureLanguageAnalyzer(LanguageTestClients.KeyClient(transport));

        var e = await Assert.ThrowsAsync<AnalysisFailedException>(() => analyzer.AnalyzeAsync("Some text."));

        Assert.Contains("InvalidDocument", e.Message);
    }

    [Fact]
    public async Task AnalyzeAsync_SpecExampleWithMisquotedEntities_EntityTextIsAlwaysTheArticlesOwn()
    {
        // Spec defects: "Eiffel Tower" quoted at the span of "Effile Tower"; "Worldcup" at offset 0.
        var inclusion = LanguageExamples.Spec("2024-11-01/SuccessfulEntityRecognitionInclusionRequest.json");
        var overlap = LanguageExamples.Spec("2024-11-01/SuccessfulEntityRecognitionOverlapPolicy.json");
        foreach (var (example, id) in new[] { (inclusion, "3"), (overlap, "4") })
        {
            var text = example.Documents.Single(d => d.Id == id).Text;
            var ner = example.ResponseBody.Replace($"\"id\": \"{id}\"", "\"id\": \"0\"", StringComparison.Ordinal);
            var transport = new FakeTransport((request, _) => Task.FromResult(FakeLanguageService.Parse(request).Kind == "EntityRecognition"
                ? new FakeResponse(200, ner)
                : new FakeResponse(200, """{"results":{"documents":[{"id":"0","keyPhrases":[],"sentences":[],"sentiment":"neutral","detectedLanguage":{"name":"English","iso6391Name":"en","confidenceScore":1}}],"errors":[],"modelVersion":"m"}}""")));

            var analysis = await new AzureLanguageAnalyzer(LanguageTestClients.KeyClient(transport)).AnalyzeAsync(text);

            Assert.NotEmpty(analysis.Entities);
            Assert.All(analysis.Entities, e => Assert.Equal(e.Text, text.Substring(e.Offset, e.Length)));
        }
    }

    [Fact]
    public async Task AnalyzeAsync_OverlapExample_WorldcupFoundWhereTheTextHasIt()
    {
        var overlap = LanguageExamples.Spec("2024-11-01/SuccessfulEntityRecognitionOverlapPolicy.json");
        var text = overlap.Documents[0].Text;
        var ner = overlap.ResponseBody.Replace("\"id\": \"4\"", "\"id\": \"0\"", StringComparison.Ordinal);
        var transport = new FakeTransport((request, _) => Task.FromResult(FakeLanguageService.Parse(request).Kind == "EntityRecognition"
            ? new FakeResponse(200, ner)
            : new FakeResponse(200, """{"results":{"documents":[{"id":"0","keyPhrases":[],"sentences":[],"sentiment":"neutral","detectedLanguage":{"name":"English","iso6391Name":"en","confidenceScore":1}}],"errors":[],"modelVersion":"m"}}""")));

        var analysis = await new AzureLanguageAnalyzer(LanguageTestClients.KeyClient(transport)).AnalyzeAsync(text);

        var worldCup = analysis.Entities.Single(e => e.Category == EntityCategory.Event && e.Offset > 0);
        Assert.Equal(("WorldCup", text.IndexOf("WorldCup", StringComparison.Ordinal)), (worldCup.Text, worldCup.Offset));
    }

    [Fact]
    public async Task AnalyzeAsync_TooManyRequestsStorm_RiddenOut()
    {
        var service = NewsService();
        service.ThenRespond(() => service.TooManyRequests(1), () => service.TooManyRequests(1));

        var analysis = await LanguageTestClients.Analyzer(service).AnalyzeAsync(Article(2_000));

        Assert.NotEmpty(analysis.Entities);
        Assert.True(service.Throttled >= 2);
    }

    [Fact]
    public async Task AnalyzeAsync_ServiceDownAfterRetries_ThrowsAnalysisFailedWithStatus()
    {
        var transport = FakeTransport.Replaying(FakeLanguageService.ServerError);
        var analyzer = new AzureLanguageAnalyzer(LanguageTestClients.KeyClient(transport, maxRetries: 2));

        var e = await Assert.ThrowsAsync<AnalysisFailedException>(() => analyzer.AnalyzeAsync("Some text."));

        Assert.Contains("500", e.Message);
        Assert.Equal(3, transport.Requests.Count);
    }

    [Fact]
    public async Task AnalyzeAsync_ServiceSlowerThanTheArticleDeadline_ThrowsAnalysisFailedNamingTheSetting()
    {
        var service = NewsService();
        service.Latency = TimeSpan.FromSeconds(30);
        var analyzer = new AzureLanguageAnalyzer(
            LanguageTestClients.KeyClient(service.Transport),
            new AzureLanguageAnalyzerOptions { AnalysisTimeout = TimeSpan.FromMilliseconds(200) });

        var e = await Assert.ThrowsAsync<AnalysisFailedException>(() => analyzer.AnalyzeAsync("Vladimir Putin arrived in Beijing."));

        Assert.Contains("AZURE_LANGUAGE_TIMEOUT_SECONDS", e.Message);
        Assert.Single(service.Transport.Requests);
    }

    [Fact]
    public async Task AnalyzeAsync_CallerCancels_ThrowsOperationCanceledNotAFailure()
    {
        var service = NewsService();
        service.Latency = TimeSpan.FromSeconds(30);
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LanguageTestClients.Analyzer(service).AnalyzeAsync("Vladimir Putin arrived in Beijing.", shutdown.Token));
    }

    [Fact]
    public async Task BuildAsync_ServiceDown_WritesAValidFailureRecord()
    {
        var transport = FakeTransport.Replaying(FakeLanguageService.ServerError);
        var builder = RecordBuilder(new AzureLanguageAnalyzer(LanguageTestClients.KeyClient(transport, maxRetries: 1)));

        var result = await builder.BuildAsync(Source("down.txt"), Encoding.UTF8.GetBytes("Vladimir Putin arrived in Beijing."));

        Assert.Equal(FailureCode.AnalysisFailed, result.ErrorCode);
        RecordSchema.AssertValid(result.Json);
    }

    [Fact]
    public async Task BuildAsync_FortyKilobyteArticle_WritesAValidRecordWithExactOffsets()
    {
        var service = NewsService();
        var builder = RecordBuilder(LanguageTestClients.Analyzer(service));

        var result = await builder.BuildAsync(Source("long.txt"), Encoding.UTF8.GetBytes(Article(40_000)));

        Assert.Null(result.ErrorCode);
        RecordSchema.AssertValid(result.Json);
        var record = RecordSerializer.ReadSucceeded(result.Json, out _)!;
        Assert.Equal("azure-language", record.Analyzer.Name);
        Assert.NotEmpty(record.Entities);
        Assert.All(record.Entities, e => Assert.Equal(e.Text, record.Article.Text.Substring(e.Offset, e.Length)));
    }

    [Fact]
    public async Task AnalyzeAsync_BlankText_SendsNothing()
    {
        var service = NewsService();

        var analysis = await LanguageTestClients.Analyzer(service).AnalyzeAsync("  \n ");

        Assert.Empty(service.Transport.Requests);
        Assert.Equal("EmptyText", Assert.Single(analysis.Warnings).Code);
    }

    [Fact]
    public void FromConfiguration_NoEndpoint_ThrowsNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([]).Build();

        var e = Assert.Throws<InvalidOperationException>(() => AzureLanguageAnalyzer.FromConfiguration(configuration));

        Assert.Contains("AZURE_LANGUAGE_ENDPOINT", e.Message);
    }

    [Fact]
    public async Task FromConfiguration_Key_UsesTheKeyHeaderAndConfiguredVersion()
    {
        var service = NewsService();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AZURE_LANGUAGE_ENDPOINT"] = "https://configured.cognitiveservices.azure.com",
            ["AZURE_LANGUAGE_KEY"] = "configured-key",
        }).Build();
        var options = LanguageTestClients.Options(service.Transport, LanguageClientOptions.ServiceVersion.V2023_04_01);

        await AzureLanguageAnalyzer.FromConfiguration(configuration, options).AnalyzeAsync("Hello there.");

        var request = service.Transport.Requests[0];
        Assert.Equal("configured-key", request.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.Equal("https://configured.cognitiveservices.azure.com/language/:analyze-text?api-version=2023-04-01", request.Uri.AbsoluteUri);
    }

    [Fact]
    public void FromConfiguration_NoKey_BuildsWithEntraIdWithoutCallingOut()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AZURE_LANGUAGE_ENDPOINT"] = "https://configured.cognitiveservices.azure.com/",
            ["AZURE_CLIENT_ID"] = "00000000-0000-0000-0000-000000000001",
            ["AZURE_LANGUAGE_MAX_REQUESTS_PER_MINUTE"] = "1000",
        }).Build();

        Assert.Equal("azure-language", AzureLanguageAnalyzer.FromConfiguration(configuration).Name);
    }

    [Fact]
    public async Task FromConfiguration_RetrySettings_BoundTheTries()
    {
        var service = NewsService();
        service.Outage = FakeLanguageService.ServerError;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AZURE_LANGUAGE_ENDPOINT"] = "https://configured.cognitiveservices.azure.com/",
            ["AZURE_LANGUAGE_KEY"] = "configured-key",
            ["AZURE_LANGUAGE_MAX_RETRIES"] = "1",
            ["AZURE_LANGUAGE_RETRY_DELAY_MS"] = "1",
        }).Build();
        var options = LanguageTestClients.Options(service.Transport, maxRetries: 5);

        await Assert.ThrowsAsync<AnalysisFailedException>(() => AzureLanguageAnalyzer.FromConfiguration(configuration, options).AnalyzeAsync("Hello there."));

        // Language detection goes first and fails: its first try and one retry, nothing else.
        Assert.Equal(2, service.Transport.Requests.Count);
    }

    [Theory]
    [InlineData("AZURE_LANGUAGE_MAX_RETRIES", "-1")]
    [InlineData("AZURE_LANGUAGE_MAX_RETRIES", "many")]
    [InlineData("AZURE_LANGUAGE_RETRY_DELAY_MS", "0")]
    [InlineData("AZURE_LANGUAGE_RETRY_DELAY_MS", "1s")]
    [InlineData("AZURE_LANGUAGE_TIMEOUT_SECONDS", "0")]
    [InlineData("AZURE_LANGUAGE_TIMEOUT_SECONDS", "5m")]
    [InlineData("AZURE_LANGUAGE_TIMEOUT_SECONDS", "5000000")]
    public void FromConfiguration_InvalidRetrySetting_ThrowsNamingTheSetting(string setting, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AZURE_LANGUAGE_ENDPOINT"] = "https://configured.cognitiveservices.azure.com/",
            ["AZURE_LANGUAGE_KEY"] = "configured-key",
            [setting] = value,
        }).Build();

        var e = Assert.Throws<InvalidOperationException>(() => AzureLanguageAnalyzer.FromConfiguration(configuration));

        Assert.Contains(setting, e.Message);
    }

    private static ArticleRecordBuilder RecordBuilder(ITextAnalyzer analyzer)
        => new(new ArticleReader(new ArticleReaderOptions()), analyzer, TimeProvider.System, NullLogger<ArticleRecordBuilder>.Instance);

    private static SourceInfo Source(string name) => new("articles", name, "\"0x1\"", "text/plain", 0, null, new Dictionary<string, string>());
}
