using System.Text.Json;

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
        Assert.Contains("bad.model is not a usable model", result.Stderr);
    }

    [Fact]
    public async Task Train_NoSharedData_OneLineErrorAndExitCode3()
    {
        var result = await EnrichProcess.RunAsync("model", "train", "--data", "/no/such/data", "--out", Path.GetTempFileName());

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Contains("No shared data", result.Stderr);
    }
}
