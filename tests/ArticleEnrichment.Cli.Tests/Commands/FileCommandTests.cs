using System.Text;
using System.Text.Json;
using ArticleEnrichment.Cli.Commands;
using ArticleEnrichment.Output;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Reading;
using ArticleEnrichment.Testing;
using ArticleEnrichment.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ArticleEnrichment.Cli.Tests.Commands;

/// <summary>
/// The records of the sample articles against golden files. After an intended change to the analysis, rewrite
/// them with <c>UPDATE_GOLDEN=1 dotnet test tests/ArticleEnrichment.Cli.Tests</c> and review the diff.
/// </summary>
public sealed class FileCommandTests
{
    private static readonly DateTimeOffset Clock = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly string[] SampleNames =
        [.. Directory.EnumerateFiles(RepoPaths.SharedFile("samples", "articles")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Samples => new(SampleNames);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task RecordForFile_SampleArticle_MatchesGoldenRecord(string sample)
    {
        var json = await RecordAsync(sample);

        var golden = RepoPaths.RepoFile("tests", "ArticleEnrichment.Cli.Tests", "Golden", sample + ".enriched.json");
        if (System.Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(golden, json);
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}; create it with UPDATE_GOLDEN=1.");
        Assert.Equal(await File.ReadAllTextAsync(golden), json);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task RecordForFile_SampleArticle_IsValidAndEveryOffsetPointsAtItsText(string sample)
    {
        var json = await RecordAsync(sample);

        RecordSchema.AssertValid(json);
        var record = RecordSerializer.ReadSucceeded(Encoding.UTF8.GetBytes(json), out _)!;
        var text = record.Article.Text;
        Assert.NotEmpty(record.Entities);
        Assert.All(record.Entities, e => Assert.Equal(e.Text, text.Substring(e.Offset, e.Length)));
        Assert.NotNull(record.Sentiment);
        Assert.All(record.Sentiment!.Sentences, s => Assert.InRange(s.Offset + s.Length, 0, text.Length));
        Assert.All(record.KeyPhrases, p => Assert.Contains(p, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordForFile_TwoIndependentRuns_SameBytes()
    {
        var sample = SampleNames[0];

        var first = await RecordAsync(sample);
        var second = await RecordAsync(sample);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RecordForFile_LongerThanTheCap_TooLargeWithoutHashAndWithTheLengthOnDisk()
    {
        var path = await TempFiles.WriteAsync("long.txt", new string('a', 101));

        var result = await FileCommand.RecordForFileAsync(Builder(maxInputBytes: 100), new FileInfo(path), CancellationToken.None);

        using var record = JsonDocument.Parse(result.Json);
        Assert.Equal("TooLarge", result.ErrorCode?.ToString());
        Assert.Equal(101, record.RootElement.GetProperty("source").GetProperty("length").GetInt64());
        Assert.Equal(JsonValueKind.Null, record.RootElement.GetProperty("source").GetProperty("sha256").ValueKind);
    }

    [Fact]
    public async Task RecordForFile_ExactlyTheCap_ReadWholeAndHashed()
    {
        var content = Encoding.UTF8.GetBytes("Vladimir Putin met Xi Jinping in Beijing. " + new string('a', 58));
        var path = await TempFiles.WriteAsync("cap.txt", content);

        var result = await FileCommand.RecordForFileAsync(Builder(maxInputBytes: content.Length), new FileInfo(path), CancellationToken.None);

        using var record = JsonDocument.Parse(result.Json);
        Assert.Null(result.ErrorCode);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), record.RootElement.GetProperty("source").GetProperty("sha256").GetString());
    }

    private static ArticleRecordBuilder Builder(long maxInputBytes) => new(
        new ArticleReader(new ArticleReaderOptions { MaxInputBytes = maxInputBytes }),
        EmbeddedAnalyzer.CreateDefault(),
        new FakeTimeProvider(Clock),
        NullLogger<ArticleRecordBuilder>.Instance);

    /// <summary>The record <c>enrich file</c> writes for a sample, with a fixed clock, from a fresh analyzer.</summary>
    private static async Task<string> RecordAsync(string sample)
    {
        var builder = new ArticleRecordBuilder(
            new ArticleReader(new ArticleReaderOptions()),
            EmbeddedAnalyzer.CreateDefault(),
            new FakeTimeProvider(Clock),
            NullLogger<ArticleRecordBuilder>.Instance);
        var result = await FileCommand.RecordForFileAsync(builder, new FileInfo(RepoPaths.SharedFile("samples", "articles", sample)), CancellationToken.None);
        return Encoding.UTF8.GetString(result.Json) + "\n";
    }
}
