using System.Text.Json;
using ArticleEnrichment.Testing;
using Azure.Storage.Blobs;

namespace ArticleEnrichment.Cli.Tests;

/// <summary>The newcomer's path with the real program on a real Azurite: upload, run, run again, show.</summary>
public sealed class EndToEndOnAzuriteTests(Azurite azurite) : IClassFixture<Azurite>
{
    [Fact]
    public async Task UploadRunRerunShow_SampleArticles_OneRecordEachAndNothingRewritten()
    {
        var samples = RepoPaths.SharedFile("samples", "articles");
        var articles = Directory.GetFiles(samples).Select(Path.GetFileName).ToArray();

        var upload = await EnrichProcess.RunAsync("upload", samples, "--container", "articles", "--connection", azurite.ConnectionString);
        Assert.Equal(0, upload.ExitCode);

        var run = await EnrichProcess.RunAsync("run", "--container", "articles", "--connection", azurite.ConnectionString);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{articles.Length} enriched, 0 unchanged, 0 failed", run.Stdout);

        var container = new BlobContainerClient(azurite.ConnectionString, "articles");
        foreach (var article in articles)
        {
            var record = await container.GetBlobClient(article + ".enriched.json").DownloadContentAsync();
            RecordSchema.AssertValid(record.Value.Content.ToArray());
        }

        var rerun = await EnrichProcess.RunAsync("run", "--container", "articles", "--connection", azurite.ConnectionString);
        Assert.Equal(0, rerun.ExitCode);
        Assert.StartsWith($"0 enriched, {articles.Length} unchanged, 0 failed", rerun.Stdout);

        var show = await EnrichProcess.RunAsync("show", articles[0] + ".enriched.json", "--container", "articles", "--connection", azurite.ConnectionString);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Putin", show.Stdout);
    }

    [Fact]
    public async Task Run_ContainerMissing_OneLineErrorAndExitCode3()
    {
        var run = await EnrichProcess.RunAsync("run", "--container", "no-such-container", "--connection", azurite.ConnectionString);

        Assert.Equal(ExitCodes.Environment, run.ExitCode);
        Assert.Contains("no-such-container", run.Stderr);
    }

    [Fact]
    public async Task Analyze_JsonLines_OneResultLinePerInputAndBadLinesReported()
    {
        var input = await TempFiles.WriteAsync("in.jsonl", "{\"id\":\"1\",\"text\":\"Angela Merkel visited Paris on Monday.\"}\nnot json\n{\"id\":\"3\"}\n");

        var result = await EnrichProcess.RunAsync("analyze", "--in", input);

        Assert.Equal(ExitCodes.ArticlesFailed, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Equal("1", lines[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("error").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, lines[1].GetProperty("error").ValueKind);
        Assert.Equal("3", lines[2].GetProperty("id").GetString());
    }
}
