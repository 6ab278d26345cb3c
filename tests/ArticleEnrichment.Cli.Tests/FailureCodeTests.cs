using System.Text;
using System.Text.Json;

namespace ArticleEnrichment.Cli.Tests;

/// <summary>
/// Every failure code is reachable from a real input through the real program (the table in
/// docs/failure-codes.md): each input gets a failure record naming its code, and exit code 1.
/// </summary>
public sealed class FailureCodeTests
{
    public static TheoryData<string, string, byte[]> Inputs => new()
    {
        { "TooLarge", "huge.txt", Encoding.UTF8.GetBytes(new string('a', 1024 * 1024 + 1)) },
        { "EmptyArticle", "blank.md", " \n\n\t \n"u8.ToArray() },
        { "BinaryContent", "photo.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0] },
        { "MalformedJson", "cut.json", "{\"title\": \"Talks\", \"body\": \"Putin met Xi"u8.ToArray() },
        { "UnsupportedJsonShape", "list.json", "[{\"title\": \"Talks\"}]"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task File_BadInput_FailureRecordWithItsCode(string code, string name, byte[] content)
    {
        var path = await TempFiles.WriteAsync(name, content);

        var result = await EnrichProcess.RunAsync("file", path);

        AssertFailure(result, code);
    }

    [Fact]
    public async Task File_AnalyzerServiceUnreachable_AnalysisFailedRecord()
    {
        var path = await TempFiles.WriteAsync("talks.txt", "Vladimir Putin met Xi Jinping in Moscow.");
        var environment = new Dictionary<string, string> { ["AZURE_LANGUAGE_KEY"] = "not-a-real-key" };

        // Port 9 on loopback refuses connections: the client's retries run out and the article gets its record.
        var result = await EnrichProcess.RunAsync(environment, "file", path, "--analyzer", "azure", "--language-endpoint", "http://127.0.0.1:9/");

        AssertFailure(result, "AnalysisFailed");
    }

    private static void AssertFailure(EnrichProcess.Result result, string code)
    {
        Assert.True(result.ExitCode == ExitCodes.ArticlesFailed, $"exit {result.ExitCode}: {result.Stderr}");
        using var record = JsonDocument.Parse(result.Stdout);
        Assert.Equal("failed", record.RootElement.GetProperty("status").GetString());
        Assert.Equal(code, record.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(record.RootElement.GetProperty("error").GetProperty("message").GetString()));
    }
}
