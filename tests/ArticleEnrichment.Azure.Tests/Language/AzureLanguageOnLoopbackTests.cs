using System.Globalization;
using System.Text;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Azure.Language;
using ArticleEnrichment.Azure.Storage;
using ArticleEnrichment.Azure.Tests.Language.Fakes;
using ArticleEnrichment.Output;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Storage;
using ArticleEnrichment.Testing;
using Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleEnrichment.Azure.Tests.Language;

/// <summary>
/// The whole pipeline as the app registers it (<c>AddArticleEnrichment</c>, <c>ENRICH_ANALYZER=azure</c>) over
/// real HTTP to the loopback fake of Azure AI Language, with records in a real Azurite.
/// </summary>
public sealed class AzureLanguageOnLoopbackTests(Azurite azurite) : IClassFixture<Azurite>
{
    private static FakeLanguageService NewsService() => NewsFixture.Service();

    private static string Article(int chars, int variant) => NewsFixture.Article(chars, variant);

    [Fact]
    public async Task Run_FortyKilobyteArticle_ChunkedAndEveryOffsetMapsBackExactly()
    {
        await using var server = await FakeLanguageServer.StartAsync(NewsService());
        await using var app = await CreateAppAsync(server);
        await app.UploadAsync("long.txt", Article(40_000, variant: 0));

        var summary = await app.Backfill.RunAsync(null, parallel: 1);

        Assert.Equal(1, summary.Enriched);
        // One document per kind would be 4 requests; 40 KB is 8 chunks and NER takes 5 a request.
        Assert.True(server.Requests > 4, $"{server.Requests} requests");
        var json = await app.Store.DownloadAllAsync("long.txt.enriched.json");
        RecordSchema.AssertValid(json);
        var record = RecordSerializer.ReadSucceeded(json, out _)!;
        var text = record.Article.Text;
        Assert.True(text.Length >= 40_000, $"{text.Length} chars");
        Assert.Equal("azure-language", record.Analyzer.Name);
        Assert.All(record.Entities, e => Assert.Equal(e.Text, text.Substring(e.Offset, e.Length)));
        // Every occurrence in every chunk came back, none twice.
        Assert.Equal(Occurrences(text, "Beijing"), record.Entities.Count(e => e.Text == "Beijing"));
        Assert.Equal(Occurrences(text, "🇨🇳 Xinhua"), record.Entities.Count(e => e.Text == "🇨🇳 Xinhua"));
        // The fake cuts sentences after ". ", so the sentences tile the article: they must join back into it.
        var sentences = record.Sentiment!.Sentences;
        Assert.Equal(text, string.Concat(sentences.Select(s => text.Substring(s.Offset, s.Length))));
    }

    [Fact]
    public async Task Run_TooManyRequestsStorm_EveryArticleStillEnriched()
    {
        var service = NewsService();
        const int Storm = 8;
        service.ThenRespond([.. Enumerable.Repeat<Func<FakeResponse>>(() => service.TooManyRequests(retryAfterSeconds: 1), Storm)]);
        await using var server = await FakeLanguageServer.StartAsync(service);
        // Ten tries each: while the storm lasts every try waits out Retry-After (1 s), and a try that arrives
        // before another's Retry-After has passed is refused again, as the service does.
        await using var app = await CreateAppAsync(server, maxRetries: 10);
        const int Articles = 6;
        for (var i = 0; i < Articles; i++)
        {
            await app.UploadAsync($"storm/{i}.txt", Article(2_000, i));
        }

        var summary = await app.Backfill.RunAsync(null, parallel: 3);

        Assert.True(service.Throttled >= Storm, $"{service.Throttled} throttled");
        Assert.Equal(Articles, summary.Enriched);
        var records = await app.RecordsAsync();
        Assert.Equal(Articles, records.Count);
        Assert.All(records.Values, json => Assert.NotNull(RecordSerializer.ReadSucceeded(json, out _)));
    }

    [Theory]
    [InlineData("500")]
    [InlineData("401")]
    [InlineData("malformed")]
    public async Task Run_ServiceFailsPermanently_FailureRecordForEveryArticleAndNextPassRetries(string fault)
    {
        var service = NewsService();
        service.Outage = fault switch
        {
            "500" => FakeLanguageService.ServerError,
            "401" => FakeLanguageService.Unauthorized,
            _ => FakeLanguageService.Malformed,
        };
        await using var server = await FakeLanguageServer.StartAsync(service);
        await using var app = await CreateAppAsync(server, maxRetries: 2);
        const int Articles = 5;
        for (var i = 0; i < Articles; i++)
        {
            await app.UploadAsync($"down/{i}.txt", Article(1_000, i));
        }

        var failing = await app.Backfill.RunAsync(null, parallel: 2);

        Assert.Equal((Articles, 0, 0), (failing.Failed, failing.Enriched, failing.Errors));
        var failures = await app.RecordsAsync();
        Assert.Equal(Articles, failures.Count);
        foreach (var json in failures.Values)
        {
            RecordSchema.AssertValid(json);
            Assert.Null(RecordSerializer.ReadSucceeded(json, out var failure));
            Assert.Equal(FailureCode.AnalysisFailed, failure!.Error.Code);
        }

        service.Outage = null;
        var recovered = await app.Backfill.RunAsync(null, parallel: 2);

        Assert.Equal(Articles, recovered.Enriched);
        var records = await app.RecordsAsync();
        Assert.Equal(Articles, records.Count);
        Assert.All(records.Values, json => Assert.NotNull(RecordSerializer.ReadSucceeded(json, out _)));
    }

    [Fact]
    public async Task Run_SlowService_EveryArticleEnriched()
    {
        var service = NewsService();
        service.Latency = TimeSpan.FromMilliseconds(300);
        await using var server = await FakeLanguageServer.StartAsync(service);
        await using var app = await CreateAppAsync(server);
        for (var i = 0; i < 3; i++)
        {
            await app.UploadAsync($"slow/{i}.txt", Article(500, i));
        }

        var summary = await app.Backfill.RunAsync(null, parallel: 3);

        Assert.Equal(3, summary.Enriched);
    }

    [Fact]
    public async Task RecognizeEntities_SixDocumentsOverHttp_RefusedWithTheServiceErrorBody()
    {
        await using var server = await FakeLanguageServer.StartAsync(NewsService());
        var client = new LanguageClient(server.Endpoint, new AzureKeyCredential("loopback"), new LanguageClientOptions());
        var documents = Enumerable.Range(0, LanguageServiceLimits.MaxEntityDocuments + 1)
            .Select(i => new LanguageInput(i.ToString(CultureInfo.InvariantCulture), "Vladimir Putin arrived in Beijing.", "en"))
            .ToList();

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => client.RecognizeEntitiesAsync(documents));

        Assert.Equal((400, "InvalidRequest"), (e.Status, e.ErrorCode));
        Assert.Contains("InvalidDocumentBatch", e.Message);
    }

    [Fact]
    public async Task RecognizeEntities_DocumentOverTextElementLimitOverHttp_DocumentErrorOthersAnswered()
    {
        await using var server = await FakeLanguageServer.StartAsync(NewsService());
        var client = new LanguageClient(server.Endpoint, new AzureKeyCredential("loopback"), new LanguageClientOptions());
        // 5,121 text elements, though each flag is 4 UTF-16 code units: the limit counts what a reader sees.
        var tooLong = string.Concat(Enumerable.Repeat("🇨🇳", LanguageServiceLimits.MaxTextElementsPerDocument + 1));

        var results = (await client.RecognizeEntitiesAsync([new("0", tooLong, "en"), new("1", "Vladimir Putin arrived in Beijing.", "en")])).Value;

        var error = Assert.Single(results.Errors);
        Assert.Equal(("0", "InvalidDocument"), (error.Id, error.SpecificCode));
        Assert.Equal("1", Assert.Single(results.Documents).Id);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private async Task<LoopbackApp> CreateAppAsync(FakeLanguageServer server, int? maxRetries = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [EnrichmentSettings.StorageConnectionName] = azurite.ConnectionString,
            [EnrichmentSettings.ArticlesContainer] = "loopback-" + Guid.NewGuid().ToString("N")[..12],
            [EnrichmentSettings.Analyzer] = "azure",
            [EnrichmentSettings.LanguageEndpoint] = server.Endpoint.ToString(),
            [EnrichmentSettings.LanguageKey] = "loopback-key",
            [LanguageSettings.MaxRetries] = maxRetries?.ToString(CultureInfo.InvariantCulture),
            // Backoff of milliseconds instead of seconds; a 429's Retry-After still rules.
            [LanguageSettings.RetryDelayMilliseconds] = "20",
        }).Build();
        var app = new LoopbackApp(new ServiceCollection().AddArticleEnrichment(configuration).BuildServiceProvider());
        await app.Store.Client.CreateAsync();
        return app;
    }

    private sealed class LoopbackApp(ServiceProvider services) : IAsyncDisposable
    {
        public BlobArticleStore Store => (BlobArticleStore)services.GetRequiredService<EnrichmentStores>().Articles;

        public EnrichmentBackfill Backfill => services.GetRequiredService<EnrichmentBackfill>();

        public async Task UploadAsync(string name, string text)
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            await Store.UploadArticleAsync(name, stream, "text/plain");
        }

        /// <summary>Every record in the container, by name.</summary>
        public async Task<Dictionary<string, byte[]>> RecordsAsync()
        {
            var records = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            await foreach (var item in Store.ListAsync(null))
            {
                if (ArticleNaming.IsOutput(item.Name))
                {
                    records[item.Name] = await Store.DownloadAllAsync(item.Name);
                }
            }

            return records;
        }

        public ValueTask DisposeAsync() => services.DisposeAsync();
    }
}
