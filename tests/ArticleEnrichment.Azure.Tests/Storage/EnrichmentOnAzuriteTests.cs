using System.Text;
using System.Text.Json;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Azure.Storage;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Storage;
using ArticleEnrichment.Testing;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleEnrichment.Azure.Tests.Storage;

/// <summary>The pipeline and the blob store against a real Azurite: idempotency, conditional writes, naming.</summary>
public sealed class EnrichmentOnAzuriteTests(Azurite azurite) : IClassFixture<Azurite>
{
    private const string Article = "Russia and China held talks in Moscow on Friday. The meeting was described as constructive.";

    [Fact]
    public async Task Run_NewArticles_WritesOneValidRecordBesideEach()
    {
        await using var app = await CreateAppAsync();
        await app.UploadAsync("a.txt", Article);
        await app.UploadAsync("news/2022/12/b.md", "# Title\n\n" + Article);

        var summary = await app.Backfill.RunAsync(null, parallel: 4);

        Assert.Equal(2, summary.Enriched);
        var names = await app.ListNamesAsync();
        Assert.Contains("a.txt.enriched.json", names);
        Assert.Contains("news/2022/12/b.md.enriched.json", names);
        foreach (var record in names.Where(ArticleNaming.IsOutput))
        {
            RecordSchema.AssertValid(await app.Store.DownloadAllAsync(record));
        }
    }

    [Fact]
    public async Task Run_SecondTimeOverUnchangedArticles_WritesNothing()
    {
        await using var app = await CreateAppAsync();
        await app.UploadAsync("a.txt", Article);
        await app.UploadAsync("b.txt", Article + " More.");
        await app.Backfill.RunAsync(null, parallel: 2);
        var before = await app.RecordPropertiesAsync();

        var summary = await app.Backfill.RunAsync(null, parallel: 2);

        Assert.Equal(2, summary.Unchanged);
        Assert.Equal(0, summary.Enriched);
        Assert.Equal(before, await app.RecordPropertiesAsync());
    }

    [Fact]
    public async Task Run_ChangedArticle_IsReEnrichedWithItsNewETag()
    {
        await using var app = await CreateAppAsync();
        await app.UploadAsync("a.txt", Article);
        await app.Backfill.RunAsync(null, parallel: 1);
        var changed = await app.UploadAsync("a.txt", "Germany and France met in Paris on Monday.");

        var summary = await app.Backfill.RunAsync(null, parallel: 1);

        Assert.Equal(1, summary.Enriched);
        using var record = JsonDocument.Parse(await app.Store.DownloadAllAsync("a.txt.enriched.json"));
        Assert.Equal(changed.ETag, record.RootElement.GetProperty("source").GetProperty("etag").GetString());
        Assert.StartsWith("Germany", record.RootElement.GetProperty("article").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Run_SameBytesReUploaded_IsUnchanged()
    {
        await using var app = await CreateAppAsync();
        await app.UploadAsync("a.txt", Article);
        await app.Backfill.RunAsync(null, parallel: 1);
        await app.UploadAsync("a.txt", Article);

        var summary = await app.Backfill.RunAsync(null, parallel: 1);

        Assert.Equal(1, summary.Unchanged);
    }

    [Fact]
    public async Task Enrich_OutputName_IsNeverEnriched()
    {
        await using var app = await CreateAppAsync();
        await app.UploadAsync("a.txt", Article);
        await app.Backfill.RunAsync(null, parallel: 1);

        var outcome = await app.Enricher.EnrichAsync("a.txt.enriched.json");
        var summary = await app.Backfill.RunAsync(null, parallel: 1);

        Assert.Equal(EnrichmentOutcome.Skipped, outcome);
        Assert.Equal(1, summary.Total);
        Assert.DoesNotContain("a.txt.enriched.json.enriched.json", await app.ListNamesAsync());
    }

    [Fact]
    public async Task Run_ConcurrentPasses_LeaveExactlyOneRecordPerArticle()
    {
        await using var app = await CreateAppAsync();
        for (var i = 0; i < 20; i++)
        {
            await app.UploadAsync($"concurrent/{i:00}.txt", Article + $" Number {i}.");
        }

        var passes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => app.Backfill.RunAsync("concurrent/", parallel: 4))));

        var names = await app.ListNamesAsync();
        Assert.Equal(20, names.Count(ArticleNaming.IsOutput));
        Assert.Equal(20, passes.Sum(p => p.Enriched));
        Assert.All(passes, p => Assert.Equal(0, p.Errors));
    }

    [Fact]
    public async Task Enrich_RacingTriggers_OneWritesTheOtherLosesCleanly()
    {
        await using var app = await CreateAppAsync();
        await app.UploadAsync("race.txt", Article);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => app.Enricher.EnrichAsync("race.txt"))));

        Assert.Equal(1, outcomes.Count(o => o == EnrichmentOutcome.Enriched));
        Assert.All(outcomes, o => Assert.Contains(o, new[] { EnrichmentOutcome.Enriched, EnrichmentOutcome.LostRace, EnrichmentOutcome.Unchanged }));
    }

    [Theory]
    [InlineData("with space/and ünïcödé ✓.txt")]
    [InlineData("a/b/c/d/e/f/deep.txt")]
    public async Task Enrich_UnusualNames_Work(string name)
    {
        await using var app = await CreateAppAsync();
        await app.UploadAsync(name, Article);

        Assert.Equal(EnrichmentOutcome.Enriched, await app.Enricher.EnrichAsync(name));

        using var record = JsonDocument.Parse(await app.Store.DownloadAllAsync(name + ".enriched.json"));
        Assert.Equal(name, record.RootElement.GetProperty("source").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Enrich_SourceMetadata_IsKeptInTheRecord()
    {
        await using var app = await CreateAppAsync();
        var blob = app.Store.Client.GetBlobClient("meta.txt");
        await blob.UploadAsync(BinaryData.FromString(Article), new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["author"] = "desk", ["edition"] = "eu" } });

        await app.Enricher.EnrichAsync("meta.txt");

        using var record = JsonDocument.Parse(await app.Store.DownloadAllAsync("meta.txt.enriched.json"));
        var metadata = record.RootElement.GetProperty("source").GetProperty("metadata");
        Assert.Equal("desk", metadata.GetProperty("author").GetString());
        Assert.Equal("eu", metadata.GetProperty("edition").GetString());
    }

    [Fact]
    public async Task Enrich_OversizedBlob_GetsTooLargeWithoutReadingItWhole()
    {
        await using var app = await CreateAppAsync(maxInputBytes: 1000);
        await app.UploadAsync("big.txt", new string('x', 5000));

        var outcome = await app.Enricher.EnrichAsync("big.txt");

        Assert.Equal(EnrichmentOutcome.Failed, outcome);
        var json = await app.Store.DownloadAllAsync("big.txt.enriched.json");
        RecordSchema.AssertValid(json);
        using var record = JsonDocument.Parse(json);
        Assert.Equal("TooLarge", record.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(5000, record.RootElement.GetProperty("source").GetProperty("length").GetInt64());
    }

    [Fact]
    public async Task Enrich_EmptyBlob_GetsEmptyArticleRecord()
    {
        await using var app = await CreateAppAsync();
        await app.UploadAsync("empty.txt", string.Empty);

        Assert.Equal(EnrichmentOutcome.Failed, await app.Enricher.EnrichAsync("empty.txt"));

        using var record = JsonDocument.Parse(await app.Store.DownloadAllAsync("empty.txt.enriched.json"));
        Assert.Equal("EmptyArticle", record.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Run_OutputContainerAndPrefix_RecordsGoThereAndRerunIsUnchanged()
    {
        await using var app = await CreateAppAsync(outputContainer: "records-" + Guid.NewGuid().ToString("N")[..8], outputPrefix: "enriched/");
        await ((BlobArticleStore)app.Stores.Records).Client.CreateIfNotExistsAsync();
        await app.UploadAsync("x/a.txt", Article);

        var first = await app.Backfill.RunAsync(null, parallel: 1);
        var second = await app.Backfill.RunAsync(null, parallel: 1);

        Assert.Equal(1, first.Enriched);
        Assert.Equal(1, second.Unchanged);
        var recordStore = (BlobArticleStore)app.Stores.Records;
        Assert.NotNull(await recordStore.GetAsync("enriched/x/a.txt.enriched.json"));
        Assert.DoesNotContain(await app.ListNamesAsync(), ArticleNaming.IsOutput);
    }

    private async Task<TestApp> CreateAppAsync(long? maxInputBytes = null, string? outputContainer = null, string? outputPrefix = null)
    {
        var container = "articles-" + Guid.NewGuid().ToString("N")[..12];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [EnrichmentSettings.StorageConnectionName] = azurite.ConnectionString,
            [EnrichmentSettings.ArticlesContainer] = container,
            [EnrichmentSettings.OutputContainer] = outputContainer,
            [EnrichmentSettings.OutputPrefix] = outputPrefix,
            [EnrichmentSettings.MaxInputBytes] = maxInputBytes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddArticleEnrichment(configuration).BuildServiceProvider();
        var app = new TestApp(services);
        await app.Store.Client.CreateAsync();
        return app;
    }

    private sealed class TestApp(ServiceProvider services) : IAsyncDisposable
    {
        public EnrichmentStores Stores => services.GetRequiredService<EnrichmentStores>();

        public BlobArticleStore Store => (BlobArticleStore)Stores.Articles;

        public ArticleEnricher Enricher => services.GetRequiredService<ArticleEnricher>();

        public EnrichmentBackfill Backfill => services.GetRequiredService<EnrichmentBackfill>();

        public async Task<StoredItem> UploadAsync(string name, string text)
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            return await Store.UploadArticleAsync(name, stream, "text/plain");
        }

        public async Task<List<string>> ListNamesAsync()
        {
            var names = new List<string>();
            await foreach (var item in Store.ListAsync(null))
            {
                names.Add(item.Name);
            }

            return names;
        }

        /// <summary>ETag and last-modified of every record: identical before and after proves nothing was written.</summary>
        public async Task<string> RecordPropertiesAsync()
        {
            var lines = new List<string>();
            await foreach (var item in Store.ListAsync(null))
            {
                if (ArticleNaming.IsOutput(item.Name))
                {
                    lines.Add($"{item.Name} {item.ETag} {item.LastModified:O}");
                }
            }

            return string.Join("\n", lines);
        }

        public ValueTask DisposeAsync() => services.DisposeAsync();
    }
}
