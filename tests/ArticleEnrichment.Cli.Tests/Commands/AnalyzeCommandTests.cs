using System.Text.Json;

namespace ArticleEnrichment.Cli.Tests.Commands;

/// <summary><c>enrich analyze</c>: bad input lines get error lines that say what is wrong and where.</summary>
public sealed class AnalyzeCommandTests
{
    [Fact]
    public async Task Analyze_IdOrTextNotAString_ErrorLinesNameTheLineAndKeepTheId()
    {
        var input = await TempFiles.WriteAsync("in.jsonl", "{\"id\": 2, \"text\": \"Paris\"}\n\n{\"id\": \"a\", \"text\": 42}\n[1]\n");

        var result = await EnrichProcess.RunAsync("analyze", "--in", input);

        Assert.Equal(ExitCodes.ArticlesFailed, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Equal("2", lines[0].GetProperty("id").GetString());
        Assert.Equal("line 1: \"id\" must be a string.", lines[0].GetProperty("error").GetString());
        Assert.Equal("a", lines[1].GetProperty("id").GetString());
        Assert.Equal("line 3: \"text\" must be a string.", lines[1].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("id").ValueKind);
        Assert.Equal("line 4: not a JSON object.", lines[2].GetProperty("error").GetString());
    }

    [Fact]
    public async Task Analyze_InputWithoutLineBreaks_OneLineErrorInsteadOfReadingItAll()
    {
        // /dev/zero never ends and has no line break: only a bounded line read finishes.
        var result = await EnrichProcess.RunAsync("analyze", "--in", "/dev/zero");

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Equal("enrich: Line 1 of /dev/zero is longer than 16,777,216 characters.", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
