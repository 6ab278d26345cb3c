using System.Text;
using System.Text.Json;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Output;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Reading;
using ArticleEnrichment.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ArticleEnrichment.Core.Tests.Pipeline;

public sealed class ArticleRecordBuilderTests
{
    private const string Text = "Vladimir Putin met Xi Jinping in Moscow on Friday.";
    private static readonly DateTimeOffset Clock = new(2026, 11, 28, 9, 30, 15, 678, TimeSpan.Zero);

    [Fact]
    public async Task BuildAsync_ReadableArticle_WritesValidSuccessRecordWithAnalysis()
    {
        var result = await Builder(new ScriptedAnalyzer()).BuildAsync(Source("a.txt"), Encoding.UTF8.GetBytes(Text));

        Assert.Equal(RecordContract.Succeeded, result.Status);
        Assert.Null(result.ErrorCode);
        RecordSchema.AssertValid(result.Json);
        var record = RecordSerializer.ReadSucceeded(result.Json, out _)!;
        Assert.Equal(Text, record.Article.Text);
        Assert.Equal("Vladimir Putin", record.Entities.Single().Text);
        Assert.Equal("scripted-1", record.Analyzer.ModelVersion);
    }

    [Fact]
    public async Task BuildAsync_SameInputTwice_SameBytes()
    {
        var builder = Builder(new ScriptedAnalyzer());

        var first = await builder.BuildAsync(Source("a.txt"), Encoding.UTF8.GetBytes(Text));
        var second = await builder.BuildAsync(Source("a.txt"), Encoding.UTF8.GetBytes(Text));

        Assert.Equal(first.Json, second.Json);
    }

    [Fact]
    public async Task BuildAsync_Always_StampsEnrichedAtInUtcWholeSeconds()
    {
        var result = await Builder(new ScriptedAnalyzer()).BuildAsync(Source("a.txt"), Encoding.UTF8.GetBytes(Text));

        using var json = JsonDocument.Parse(result.Json);
        Assert.Equal("2026-11-28T09:30:15Z", json.RootElement.GetProperty("enrichedAt").GetString());
    }

    [Fact]
    public async Task BuildAsync_InputOverTheCap_TooLargeRecordWithoutReading()
    {
        var builder = Builder(new ScriptedAnalyzer(), maxInputBytes: 16);

        var result = await builder.BuildAsync(Source("big.txt"), new byte[17]);

        Assert.Equal(FailureCode.TooLarge, result.ErrorCode);
        RecordSchema.AssertValid(result.Json);
        Assert.Contains("limit is 16 bytes", Encoding.UTF8.GetString(result.Json));
    }

    [Theory]
    [InlineData(5_000_000, "The article is 5,000,000 bytes; the limit is 16 bytes.")]
    [InlineData(0, "The article is over the limit of 16 bytes.")]
    public async Task BuildAsync_InputOverTheCap_MessageGivesTheSourceLengthNotTheBytesRead(long sourceLength, string message)
    {
        var builder = Builder(new ScriptedAnalyzer(), maxInputBytes: 16);

        // Only cap + 1 bytes are read; a source of unknown length (a device or pipe) reports 0.
        var result = await builder.BuildAsync(Source("big.txt") with { Length = sourceLength }, new byte[17]);

        using var json = JsonDocument.Parse(result.Json);
        Assert.Equal(message, json.RootElement.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task BuildAsync_WhitespaceOnly_EmptyArticleRecord()
    {
        var result = await Builder(new ScriptedAnalyzer()).BuildAsync(Source("blank.txt"), " \n\t "u8.ToArray());

        Assert.Equal(FailureCode.EmptyArticle, result.ErrorCode);
        RecordSchema.AssertValid(result.Json);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BuildAsync_AnalyzerFails_AnalysisFailedRecordNotAnException(bool expected)
    {
        var analyzer = new ScriptedAnalyzer { Failure = expected ? new AnalysisFailedException("quota exceeded") : new HttpRequestException("connection reset") };

        var result = await Builder(analyzer).BuildAsync(Source("a.txt"), Encoding.UTF8.GetBytes(Text));

        Assert.Equal(FailureCode.AnalysisFailed, result.ErrorCode);
        RecordSchema.AssertValid(result.Json);
        using var json = JsonDocument.Parse(result.Json);
        var error = json.RootElement.GetProperty("error");
        Assert.Equal("AnalysisFailed", error.GetProperty("code").GetString());
        Assert.Contains(expected ? "quota exceeded" : "connection reset", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task BuildAsync_Cancelled_Throws()
    {
        var analyzer = new ScriptedAnalyzer { Failure = new OperationCanceledException() };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Builder(analyzer).BuildAsync(Source("a.txt"), Encoding.UTF8.GetBytes(Text)));
    }

    private static ArticleRecordBuilder Builder(ITextAnalyzer analyzer, long maxInputBytes = 1024 * 1024)
        => new(new ArticleReader(new ArticleReaderOptions { MaxInputBytes = maxInputBytes }), analyzer, new FakeTimeProvider(Clock), NullLogger<ArticleRecordBuilder>.Instance);

    private static SourceInfo Source(string name)
        => new("articles", name, "\"0x1\"", "text/plain", Text.Length, null, new Dictionary<string, string>());

    /// <summary>An analyzer port double: finds the first two words as a Person, or throws what it is told to.</summary>
    private sealed class ScriptedAnalyzer : ITextAnalyzer
    {
        public Exception? Failure { get; init; }

        // The schema names the two real analyzers; this double stands in for the embedded one.
        public string Name => "embedded";

        public Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken = default)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            var name = string.Join(' ', text.Split(' ').Take(2));
            Entity[] entities = [new(name, EntityCategory.Person, null, 0, name.Length, 0.9)];
            return Task.FromResult(new TextAnalysis(
                new AnalyzerInfo(Name, "scripted-1"), new DetectedLanguage("en", "English", 1.0), entities, null, [], 9, 1, []));
        }
    }
}
