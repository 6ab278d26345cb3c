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

    [Theory]
    [InlineData("run", "0")]
    [InlineData("run", "65")]
    [InlineData("run", "abc")]
    [InlineData("run", "1.5")]
    [InlineData("run", "99999999999")]
    [InlineData("watch", "abc")]
    public async Task Parallel_NotAWholeNumberFrom1To64_OneLineUsageError(string command, string parallel)
    {
        var result = await EnrichProcess.RunAsync(command, "--container", "articles", "--parallel", parallel);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("enrich: --parallel must be a whole number from 1 to 64.", SingleLine(result.Stderr));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("0.1")]
    [InlineData("NaN")]
    [InlineData("1e308")]
    [InlineData("soon")]
    public async Task Watch_IntervalOutsideRangeOrNotFinite_OneLineUsageError(string interval)
    {
        var result = await EnrichProcess.RunAsync("watch", "--interval", interval);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("enrich: --interval must be a number of seconds from 0.2 to 3600.", SingleLine(result.Stderr));
    }

    [Fact]
    public void Parse_ParallelAndIntervalNotGiven_TheirDefaults()
    {
        var parse = EnrichCommand.Create().Parse(["watch"]);

        Assert.Empty(parse.Errors);
        Assert.Equal(8, parse.GetValue<int>("--parallel"));
        Assert.Equal(2.0, parse.GetValue<double>("--interval"));
    }

    [Fact]
    public void Parse_ParallelAndIntervalInRange_TheGivenValues()
    {
        var parse = EnrichCommand.Create().Parse(["watch", "--parallel", "64", "--interval", "0.2"]);

        Assert.Empty(parse.Errors);
        Assert.Equal(64, parse.GetValue<int>("--parallel"));
        Assert.Equal(0.2, parse.GetValue<double>("--interval"));
    }

    [Fact]
    public async Task UnknownCommand_OneLineNamingItAndExitCode2()
    {
        var result = await EnrichProcess.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("enrich: unknown command 'frobnicate'; see enrich --help.", SingleLine(result.Stderr));
    }

    [Fact]
    public async Task AnalyzerNotAllowed_OneLineListingTheAllowedValues()
    {
        var result = await EnrichProcess.RunAsync("file", "x.txt", "--analyzer", "foo");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("enrich: Argument 'foo' not recognized. Must be one of: 'embedded', 'azure'.", SingleLine(result.Stderr));
    }

    [Fact]
    public async Task ConnectionAndAccountUrl_OneLineUsageError()
    {
        var result = await EnrichProcess.RunAsync("run", "--connection", "UseDevelopmentStorage=true", "--account-url", "https://account.blob.core.windows.net");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("enrich: --connection and --account-url cannot be used together.", SingleLine(result.Stderr));
    }

    [Fact]
    public async Task File_NameStartsWithAt_ReadAsTheArticleNotAsResponseFile()
    {
        var path = await TempFiles.WriteAsync("@talks.txt", "Vladimir Putin met Xi Jinping in Beijing.");

        var result = await EnrichProcess.RunInDirectoryAsync(Path.GetDirectoryName(path)!, "file", "@talks.txt");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var record = JsonDocument.Parse(result.Stdout);
        Assert.Equal("@talks.txt", record.RootElement.GetProperty("source").GetProperty("name").GetString());
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
    public async Task File_FunctionSettingInEnvironment_AppliesToTheCli()
    {
        var path = await TempFiles.WriteAsync("short.txt", "Vladimir Putin met Xi Jinping in Beijing.");

        var result = await EnrichProcess.RunAsync(new Dictionary<string, string> { ["ENRICH_MAX_INPUT_BYTES"] = "10" }, "file", path);

        Assert.Equal(ExitCodes.ArticlesFailed, result.ExitCode);
        using var record = JsonDocument.Parse(result.Stdout);
        Assert.Equal("TooLarge", record.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task File_DeviceThatNeverEnds_TooLargeRecordAfterReadingPastTheCap()
    {
        // /dev/zero reports a length of 0 and never ends: only a read bounded by the cap finishes.
        var result = await EnrichProcess.RunAsync(new Dictionary<string, string> { ["ENRICH_MAX_INPUT_BYTES"] = "1000" }, "file", "/dev/zero");

        Assert.Equal(ExitCodes.ArticlesFailed, result.ExitCode);
        using var record = JsonDocument.Parse(result.Stdout);
        Assert.Equal("TooLarge", record.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(0, record.RootElement.GetProperty("source").GetProperty("length").GetInt64());
    }

    [Fact]
    public async Task Show_DeviceThatNeverEnds_OneLineErrorAfterReadingPastTheRecordLimit()
    {
        var result = await EnrichProcess.RunAsync("show", "/dev/zero");

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Equal("enrich: /dev/zero is larger than 67,108,864 bytes, so it is not an enrichment record.", SingleLine(result.Stderr));
    }

    [Fact]
    public async Task File_AnalyzerFromEnvironment_OptionOverridesIt()
    {
        var path = await TempFiles.WriteAsync("analyzer.txt", "Vladimir Putin met Xi Jinping in Beijing.");
        var azure = new Dictionary<string, string> { ["ENRICH_ANALYZER"] = "azure" };

        var fromEnvironment = await EnrichProcess.RunAsync(azure, "file", path);
        var overridden = await EnrichProcess.RunAsync(azure, "file", path, "--analyzer", "embedded");

        Assert.Equal(ExitCodes.Environment, fromEnvironment.ExitCode);
        Assert.Contains("AZURE_LANGUAGE_ENDPOINT", fromEnvironment.Stderr);
        Assert.Equal(ExitCodes.Success, overridden.ExitCode);
    }

    [Fact]
    public async Task File_AnalyzerFails_OneLineLogWithoutStackTraceUnlessVerbose()
    {
        // Port 9 (discard) on the loopback refuses the connection at once; one retry, so the analyzer gives up with
        // the retry policy's exception rather than a single request's, which the record builder logs.
        var path = await TempFiles.WriteAsync("unreachable.txt", "Vladimir Putin met Xi Jinping in Beijing.");
        var environment = new Dictionary<string, string> { ["AZURE_LANGUAGE_KEY"] = "not-a-key", ["AZURE_LANGUAGE_MAX_RETRIES"] = "1", ["AZURE_LANGUAGE_RETRY_DELAY_MS"] = "1" };
        string[] args = ["file", path, "--analyzer", "azure", "--language-endpoint", "http://127.0.0.1:9/"];

        var brief = await EnrichProcess.RunAsync(environment, args);
        var verbose = await EnrichProcess.RunAsync(environment, [.. args, "--verbose"]);

        Assert.Equal(ExitCodes.ArticlesFailed, brief.ExitCode);
        var line = Assert.Single(brief.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("fail: Analyzer azure-language failed on unreachable.txt: ", line);
        Assert.DoesNotContain("   at ", brief.Stderr);
        Assert.Contains("   at ", verbose.Stderr);
    }

    [Fact]
    public async Task Run_StorageUnreachable_OneLineErrorAndExitCode3()
    {
        // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
        var connection = Azurite.ConnectionStringFor(9);

        var result = await EnrichProcess.RunAsync("run", "--container", "articles", "--connection", connection);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        var line = SingleLine(result.Stderr);
        // Storage on this machine is asked once whether it listens, before the client's retries.
        Assert.Equal("enrich: Cannot reach blob storage at http://127.0.0.1:9/devstoreaccount1: Connection refused. Is Azurite running? See README.", line);
    }

    /// <summary>The only line of <paramref name="stderr"/>; fails the test if there are more.</summary>
    private static string SingleLine(string stderr) => Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
