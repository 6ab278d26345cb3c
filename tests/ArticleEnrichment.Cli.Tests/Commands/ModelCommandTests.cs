using System.Text.Json;
using ArticleEnrichment.Testing;

namespace ArticleEnrichment.Cli.Tests.Commands;

/// <summary><c>enrich model eval</c> and the errors of <c>enrich model train</c> (training itself is tested in Text.Tests).</summary>
public sealed class ModelCommandTests
{
    [Fact]
    public async Task Eval_BioFile_PrintsScoresAsJson()
    {
        var path = await TempFiles.WriteAsync("tiny.bio", "President\tO\nVladimir\tB-PER\nPutin\tI-PER\nvisited\tO\nChina\tB-LOC\n.\tO\n\nAngela\tB-PER\nMerkel\tI-PER\nspoke\tO\nin\tO\nParis\tB-LOC\n.\tO\n");

        var result = await EnrichProcess.RunAsync("model", "eval", path, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var overall = json.RootElement.GetProperty("overall");
        Assert.Equal(4, overall.GetProperty("truePositives").GetInt32() + overall.GetProperty("falseNegatives").GetInt32());
        Assert.InRange(overall.GetProperty("f1").GetDouble(), 0, 1);
        Assert.Equal(2, json.RootElement.GetProperty("sentences").GetInt32());
    }

    [Fact]
    public async Task Eval_MissingFile_OneLineErrorAndExitCode3()
    {
        var result = await EnrichProcess.RunAsync("model", "eval", "/no/such/file.bio");

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.StartsWith("enrich: No such file", result.Stderr);
    }

    [Fact]
    public async Task Eval_NotAModelFile_OneLineErrorAndExitCode3()
    {
        var bio = await TempFiles.WriteAsync("a.bio", "Paris\tB-LOC\n");
        var model = await TempFiles.WriteAsync("bad.model", "not a model");

        var result = await EnrichProcess.RunAsync("model", "eval", bio, "--model", model);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Equal($"enrich: The model file {model} is not a valid model: Not an embedded model file (bad magic).", SingleLine(result.Stderr));
    }

    [Fact]
    public async Task Eval_TruncatedModelFile_OneLineNamingTheFile()
    {
        var bio = await TempFiles.WriteAsync("a.bio", "Paris\tB-LOC\n");
        var embedded = await File.ReadAllBytesAsync(RepoPaths.RepoFile("src", "ArticleEnrichment.Text", "Model", "embedded.model"));
        var model = await TempFiles.WriteAsync("cut.model", embedded[..(embedded.Length / 2)]);

        var result = await EnrichProcess.RunAsync("model", "eval", bio, "--model", model);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.StartsWith($"enrich: The model file {model} is not a valid model: ", SingleLine(result.Stderr));
    }

    [Theory]
    [InlineData("Putin\tB-PER\nmet\tZZZ\n", "line 2: unknown tag 'ZZZ' (expected O, B-TYPE or I-TYPE).")]
    [InlineData("Putin\tB-PER\textra\n", "line 1: expected two columns (token<TAB>tag), got 3: 'Putin<TAB>B-PER<TAB>extra'.")]
    [InlineData("Putin\tB-PER\n\tI-PER\n", "line 2: empty token tagged 'I-PER'.")]
    public async Task Eval_MalformedBioLine_OneLineNamingFileAndLine(string bio, string problem)
    {
        var path = await TempFiles.WriteAsync("bad.bio", bio);

        var result = await EnrichProcess.RunAsync("model", "eval", path);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Equal($"enrich: {path}, {problem}", SingleLine(result.Stderr));
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    public async Task Eval_NoSentences_OneLineErrorInsteadOfZeroScores(string bio)
    {
        var path = await TempFiles.WriteAsync("empty.bio", bio);

        var result = await EnrichProcess.RunAsync("model", "eval", path);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.StartsWith($"enrich: {path} has no sentences", SingleLine(result.Stderr));
    }

    [Fact]
    public async Task Eval_DeviceWithoutLineBreaks_ShortOneLineError()
    {
        // /dev/zero never ends: the reader must stop at its line limit and quote only the start of the line.
        var result = await EnrichProcess.RunAsync("model", "eval", "/dev/zero");

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        var line = SingleLine(result.Stderr);
        Assert.StartsWith("enrich: /dev/zero, line 1: longer than 10,000 characters: '", line);
        Assert.True(line.Length < 200, line);
    }

    [Fact]
    public async Task Train_NoSharedData_OneLineErrorAndExitCode3()
    {
        var result = await EnrichProcess.RunAsync("model", "train", "--data", "/no/such/data", "--out", Path.GetTempFileName());

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Contains("No shared data", result.Stderr);
    }

    private static string SingleLine(string stderr) => Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
