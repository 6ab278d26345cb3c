using System.Text.Json;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Output;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Reading;
using ArticleEnrichment.Storage;
using ArticleEnrichment.Testing;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArticleEnrichment.Functions.Tests;

/// <summary>The function is a thin door to the pipeline: it passes the blob name on and never enriches a record.</summary>
public sealed class EnrichArticleTests
{
    [Theory]
    [InlineData("a.txt.enriched.json")]
    [InlineData("2022/12/putin-xi.html.enriched.json")]
    [InlineData("A.TXT.ENRICHED.JSON")]
    public async Task RunAsync_OurOwnRecord_SkipsWithoutTouchingStorage(string name)
    {
        var store = new RecordingStore();

        var outcome = await CreateFunction(store).RunAsync(BlobNamed(name), CancellationToken.None);

        Assert.Equal(EnrichmentOutcome.Skipped, outcome);
        Assert.Empty(store.Requests);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("2022/12/putin-xi.html")]
    [InlineData("a.enriched.json.txt")]
    public async Task RunAsync_Article_AsksThePipelineForThatName(string name)
    {
        var store = new RecordingStore();

        await CreateFunction(store).RunAsync(BlobNamed(name), CancellationToken.None);

        Assert.Equal($"get {name}", store.Requests.First());
    }

    [Fact]
    public async Task RunAsync_CancellationToken_IsPassedToThePipeline()
    {
        var store = new RecordingStore();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        await CreateFunction(store).RunAsync(BlobNamed("a.txt"), cancellation.Token);

        Assert.True(Assert.Single(store.Tokens).IsCancellationRequested);
    }

    private static BlobClient BlobNamed(string name)
        => new BlobContainerClient(new Uri("http://127.0.0.1:10000/devstoreaccount1/articles")).GetBlobClient(name);

    private static EnrichArticle CreateFunction(IArticleStore store)
    {
        var records = new ArticleRecordBuilder(new ArticleReader(new ArticleReaderOptions()), new UnusedAnalyzer(), TimeProvider.System, NullLogger<ArticleRecordBuilder>.Instance);
        var enricher = new ArticleEnricher(new EnrichmentStores(store, store, new ArticleNaming()), records, NullLogger<ArticleEnricher>.Instance);
        return new EnrichArticle(enricher, NullLogger<EnrichArticle>.Instance);
    }

    /// <summary>A store that holds nothing and records what it was asked (so an article "no longer exists").</summary>
    private sealed class RecordingStore : IArticleStore
    {
        public List<string> Requests { get; } = [];

        public List<CancellationToken> Tokens { get; } = [];

        public string Container => "articles";

        public IAsyncEnumerable<StoredItem> ListAsync(string? prefix, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("The function never lists.");

        public Task<StoredItem?> GetAsync(string name, CancellationToken cancellationToken = default)
        {
            Requests.Add($"get {name}");
            Tokens.Add(cancellationToken);
            return Task.FromResult<StoredItem?>(null);
        }

        public Task<Download?> DownloadAsync(string name, long maxBytes, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("Nothing exists to download.");

        public Task<bool> WriteRecordAsync(string name, ReadOnlyMemory<byte> json, RecordStamp stamp, string? ifMatchETag, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("Nothing exists to write a record for.");
    }

    private sealed class UnusedAnalyzer : ITextAnalyzer
    {
        public string Name => "unused";

        public Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("No article reaches analysis in these tests.");
    }
}

/// <summary>The function in the host Program.cs builds, against a real Azurite, end to end.</summary>
public sealed class EnrichArticleOnAzuriteTests(Azurite azurite) : IClassFixture<Azurite>, IDisposable
{
    private readonly List<IDisposable> hosts = [];

    private const string Article = "Germany and France held talks in Paris on Monday. The meeting was described as constructive.";

    [Fact]
    public async Task RunAsync_UploadedArticle_WritesAValidRecordBesideIt()
    {
        var (function, container) = await StartAsync();
        var blob = container.GetBlobClient("news/2026/talks.txt");
        await blob.UploadAsync(BinaryData.FromString(Article));

        var outcome = await function.RunAsync(blob, CancellationToken.None);

        Assert.Equal(EnrichmentOutcome.Enriched, outcome);
        var record = (await container.GetBlobClient("news/2026/talks.txt" + ArticleNaming.OutputSuffix).DownloadContentAsync()).Value.Content.ToArray();
        RecordSchema.AssertValid(record);
        using var json = JsonDocument.Parse(record);
        Assert.Equal("succeeded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("news/2026/talks.txt", json.RootElement.GetProperty("source").GetProperty("name").GetString());
    }

    [Fact]
    public async Task RunAsync_EventForItsOwnRecordAfterwards_WritesNothingMore()
    {
        var (function, container) = await StartAsync();
        var blob = container.GetBlobClient("a.txt");
        await blob.UploadAsync(BinaryData.FromString(Article));
        await function.RunAsync(blob, CancellationToken.None);
        var record = container.GetBlobClient("a.txt" + ArticleNaming.OutputSuffix);

        // What a widened Event Grid filter would deliver next: the record we just wrote, and the article again.
        var onRecord = await function.RunAsync(record, CancellationToken.None);
        var again = await function.RunAsync(blob, CancellationToken.None);

        Assert.Equal(EnrichmentOutcome.Skipped, onRecord);
        Assert.Equal(EnrichmentOutcome.Unchanged, again);
        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        Assert.Equal(["a.txt", "a.txt.enriched.json"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ArticleOverTheConfiguredCap_WritesATooLargeFailureRecord()
    {
        // ENRICH_MAX_INPUT_BYTES as an app setting reaches the pipeline the function runs.
        var (function, container) = await StartAsync((EnrichmentSettings.MaxInputBytes, "64"));
        var blob = container.GetBlobClient("long.txt");
        await blob.UploadAsync(BinaryData.FromString(Article));

        var outcome = await function.RunAsync(blob, CancellationToken.None);

        Assert.Equal(EnrichmentOutcome.Failed, outcome);
        var record = (await container.GetBlobClient("long.txt" + ArticleNaming.OutputSuffix).DownloadContentAsync()).Value.Content.ToArray();
        RecordSchema.AssertValid(record);
        using var json = JsonDocument.Parse(record);
        Assert.Equal("failed", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(nameof(FailureCode.TooLarge), json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    private async Task<(EnrichArticle Function, BlobContainerClient Container)> StartAsync(params (string Name, string Value)[] extra)
    {
        var containerName = "articles-" + Guid.NewGuid().ToString("N")[..12];
        var settings = FunctionHost.SampleSettings();
        settings[EnrichmentSettings.StorageConnectionName] = azurite.ConnectionString;
        settings[EnrichmentSettings.ArticlesContainer] = containerName;
        foreach (var (name, value) in extra)
        {
            settings[name] = value;
        }

        var host = FunctionHost.Build(settings);
        hosts.Add(host);
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(containerName);
        await container.CreateAsync();
        return (ActivatorUtilities.CreateInstance<EnrichArticle>(host.Services), container);
    }

    public void Dispose() => hosts.ForEach(h => h.Dispose());
}
