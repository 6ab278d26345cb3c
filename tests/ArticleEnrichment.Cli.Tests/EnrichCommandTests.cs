using ArticleEnrichment.Testing;
using System.Text.Json;

namespace ArticleEnrichment.Cli.Tests;

/// <summary>The program as scripts see it: exit codes, one-line errors, help.</summary>
public sealed class EnrichCommandTests
{
    [Fact]
    public async Task Help_Root_ListsCommandsExitCodesAndConnectionVariable()
    {
        var result = await EnrichProcess.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "file", "analyze", "upload", "run", "watch", "show" })
        {
            Assert.Contains(command, result.Stdout);
        }

        Assert.Contains("130", result.Stdout);
    }

    [Fact]
    public async Task Help_Run_NamesTheConnectionEnvironmentVariable()
    {
        var result = await EnrichProcess.RunAsync("run", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ENRICH_STORAGE_CONNECTION", result.Stdout);
        Assert.Contains("--parallel", result.Stdout);
    }

    [Fact]
    public async Task File_Missing_OneLineErrorAndExitCode3()
    {
        var result = await EnrichProcess.RunAsync("file", "/no/such/article.txt");

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("enrich: No such file", line);
    }

    [Fact]
    public async Task UnknownOption_UsageErrorExitCode2()
    {
        var result = await EnrichProcess.RunAsync("file", "x.txt", "--no-such-option");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr);
    }

    [Fact]
    public async Task ParallelOutOfRange_UsageErrorExitCode2()
    {
        var result = await EnrichProcess.RunAsync("run", "--container", "articles", "--parallel", "0");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task File_EmptyArticle_PrintsFailureRecordAndExitCode1()
    {
        var path = await TempFiles.WriteAsync("empty.txt", "   \n");

        var result = await EnrichProcess.RunAsync("file", path);

        Assert.Equal(ExitCodes.ArticlesFailed, result.ExitCode);
        using var record = JsonDocument.Parse(result.Stdout);
        Assert.Equal("failed", record.RootElement.GetProperty("status").GetString());
        Assert.Equal("EmptyArticle", record.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Run_StorageUnreachable_OneLineErrorAndExitCode3()
    {
        // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
        var connection = Azurite.ConnectionStringFor(9);

        var result = await EnrichProcess.RunAsync("run", "--container", "articles", "--connection", connection);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
