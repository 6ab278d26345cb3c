using ArticleEnrichment.Testing;

namespace ArticleEnrichment.Cli.Tests;

/// <summary>Local paths that cannot be read or written: one line naming the path, exit code 3, before any work.</summary>
public sealed class LocalPathTests
{
    // Placeholders, replaced in the test: a folder, a BIO file, an article, the shared data folder.
    public static TheoryData<string[]> DirectoryGivenForFile => new()
    {
        new[] { "file", "{dir}" },
        new[] { "analyze", "--in", "{dir}" },
        new[] { "show", "{dir}" },
        new[] { "model", "eval", "{dir}" },
        new[] { "model", "eval", "{bio}", "--model", "{dir}" },
        new[] { "file", "{article}", "--out", "{dir}" },
        new[] { "model", "train", "--data", "{data}", "--out", "{dir}" },
    };

    [Theory]
    [MemberData(nameof(DirectoryGivenForFile))]
    public async Task Command_DirectoryWhereFileExpected_OneLineSayingSo(string[] args)
    {
        var directory = Directory.CreateTempSubdirectory("enrich-cli-").FullName;
        var bio = await TempFiles.WriteAsync("a.bio", "Paris\tB-LOC\n");
        var article = await TempFiles.WriteAsync("a.txt", "Vladimir Putin met Xi Jinping in Beijing.");

        var result = await EnrichProcess.RunAsync([.. args.Select(a => a
            .Replace("{dir}", directory, StringComparison.Ordinal)
            .Replace("{bio}", bio, StringComparison.Ordinal)
            .Replace("{article}", article, StringComparison.Ordinal)
            .Replace("{data}", RepoPaths.SharedFile("data"), StringComparison.Ordinal))]);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Equal($"enrich: {directory} is a directory, not a file.", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Train_OutputFolderMissing_OneLineErrorAndNoTrainingStarted()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("enrich-cli-").FullName, "no-such-folder", "m.model");

        var result = await EnrichProcess.RunAsync("model", "train", "--data", RepoPaths.SharedFile("data"), "--out", target);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        // Training reports progress on stderr from its first step, so a single line means it never started.
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"enrich: Cannot write {target}: no such directory {Path.GetDirectoryName(target)}.", line);
    }

    [Fact]
    public async Task File_OutputFolderMissing_OneLineErrorAndNothingWritten()
    {
        var article = await TempFiles.WriteAsync("a.txt", "Vladimir Putin met Xi Jinping in Beijing.");
        var target = Path.Combine(Path.GetDirectoryName(article)!, "no-such-folder", "a.enriched.json");

        var result = await EnrichProcess.RunAsync("file", article, "--out", target);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.StartsWith($"enrich: Cannot write {target}", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.False(Directory.Exists(Path.GetDirectoryName(target)));
    }
}
