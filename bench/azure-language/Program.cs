using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Azure.Language;
using ArticleEnrichment.Azure.Tests.Language.Fakes;
using ArticleEnrichment.Output;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Reading;
using Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

// Requests per article, and the sustained throughput of a backfill's analysis stage over real HTTP against the
// loopback fake service holding a per-minute quota, with and without the client-side ceiling. Usage: run.sh [seconds per throughput run, default 30]
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
const int Quota = 1_000; // requests per minute: the Language S tier's default
const int Parallel = 8; // articles in flight, as `enrich run --parallel 8`
var latency = TimeSpan.FromMilliseconds(100); // a typical synchronous call on a few documents

Console.WriteLine("## Requests per article");
Console.WriteLine();
Console.WriteLine("| article | UTF-16 chars | chunks | language | ner | sentiment | key phrases | total requests |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var size in new[] { 3_000, 40_000 })
{
    var service = NewsService();
    var text = Article(size);
    await Analyzer(service, null).AnalyzeAsync(text);
    var kinds = service.Transport.Requests.Select(r => FakeLanguageService.Parse(r)).ToList();
    int Count(string kind) => kinds.Count(k => k.Kind == kind);
    var chunks = kinds.Single(k => k.Kind == "LanguageDetection").Documents.Count;
    Console.WriteLine($"| {size / 1000} KB | {text.Length:N0} | {chunks} | {Count("LanguageDetection")} | {Count("EntityRecognition")} | {Count("SentimentAnalysis")} | {Count("KeyPhraseExtraction")} | {kinds.Count} |");
}

var requestsPerArticle = await RequestsPerArticleAsync(3_000);

Console.WriteLine();
Console.WriteLine($"## Backfill analysis over HTTP against the loopback fake with a {Quota:N0} requests/minute quota ({Parallel} articles in flight, {latency.TotalMilliseconds:N0} ms per call, {seconds} s per run, 3 KB articles, {requestsPerArticle} requests each)");
Console.WriteLine();
Console.WriteLine("| AZURE_LANGUAGE_MAX_REQUESTS_PER_MINUTE | articles enriched | enriched/min | ceiling articles/min | fraction of ceiling | 429s | failure records |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var clientCeiling in new int?[] { null, Quota, Quota * 95 / 100 })
{
    var service = NewsService();
    service.RequestsPerMinute = Quota;
    service.Latency = latency;
    await using var server = await FakeLanguageServer.StartAsync(service);
    var builder = new ArticleRecordBuilder(new ArticleReader(new ArticleReaderOptions()), AnalyzerOverHttp(server, clientCeiling), TimeProvider.System, NullLogger<ArticleRecordBuilder>.Instance);
    var content = Encoding.UTF8.GetBytes(Article(3_000));
    var done = 0;
    var failed = 0;
    var clock = Stopwatch.StartNew();
    var stop = TimeSpan.FromSeconds(seconds);
    var workers = Enumerable.Range(0, Parallel).Select(w => Task.Run(async () =>
    {
        for (var i = 0; clock.Elapsed < stop; i++)
        {
            var source = new SourceInfo("articles", $"w{w}/a{i}.txt", "\"0x1\"", "text/plain", content.Length, null, new Dictionary<string, string>());
            var result = await builder.BuildAsync(source, content);
            Interlocked.Increment(ref done);
            if (result.ErrorCode is not null)
            {
                Interlocked.Increment(ref failed);
            }
        }
    })).ToArray();
    await Task.WhenAll(workers);
    var minutes = clock.Elapsed.TotalMinutes;
    // Only enriched articles count as throughput; a failure record is work the next pass repeats.
    var perMinute = (done - failed) / minutes;
    // The most any client could do: the quota spent entirely on useful requests.
    var ceiling = (double)Quota / requestsPerArticle;
    Console.WriteLine($"| {(clientCeiling is null ? "unset (429 + Retry-After)" : $"{clientCeiling:N0}")} | {done - failed} | {perMinute:N0} | {ceiling:N0} | {perMinute / ceiling:P0} | {service.Throttled} | {failed} |");
}

// Requests one article of about this size costs, counted at the loopback server.
static async Task<int> RequestsPerArticleAsync(int size)
{
    await using var server = await FakeLanguageServer.StartAsync(NewsService());
    await AnalyzerOverHttp(server, null).AnalyzeAsync(Article(size));
    return server.Requests;
}

// The analyzer as the app builds it from its settings, pointed at the loopback server.
static AzureLanguageAnalyzer AnalyzerOverHttp(FakeLanguageServer server, int? clientCeiling)
    => AzureLanguageAnalyzer.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        [EnrichmentSettings.LanguageEndpoint] = server.Endpoint.ToString(),
        [EnrichmentSettings.LanguageKey] = "bench",
        [LanguageSettings.MaxRequestsPerMinute] = clientCeiling?.ToString(CultureInfo.InvariantCulture),
    }).Build());

static AzureLanguageAnalyzer Analyzer(FakeLanguageService service, int? clientCeiling)
{
    var options = new LanguageClientOptions { Transport = service.Transport, MaxRequestsPerMinute = clientCeiling };
    return new AzureLanguageAnalyzer(new LanguageClient(new Uri("https://bench.cognitiveservices.azure.com/"), new AzureKeyCredential("bench"), options));
}

static FakeLanguageService NewsService()
{
    var service = new FakeLanguageService();
    service.Entities.Add(new FakeEntity("Vladimir Putin", "Person"));
    service.Entities.Add(new FakeEntity("Beijing", "Location", "City", ["Location", "GPE", "City"]));
    service.Entities.Add(new FakeEntity("Monday", "DateTime", "Date", ["Temporal", "Date"]));
    service.KeyPhrases.AddRange(["state visit", "military cooperation"]);
    return service;
}

static string Article(int chars)
{
    string[] sentences =
    [
        "Vladimir Putin arrived in Beijing on Monday for a state visit. ",
        "Officials said the talks on military cooperation were good. ",
        "The agency reported a bad start to the second day.\n",
        "Observers in Beijing expected little from the meeting. ",
    ];
    var builder = new StringBuilder();
    for (var i = 0; builder.Length < chars; i++)
    {
        builder.Append(sentences[i % sentences.Length]);
    }

    return builder.ToString();
}
