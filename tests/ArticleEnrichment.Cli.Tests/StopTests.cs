using System.Diagnostics;
using ArticleEnrichment.Testing;

namespace ArticleEnrichment.Cli.Tests;

/// <summary>SIGTERM (as Ctrl+C's SIGINT) stops a command that is waiting for input or working, with exit code 130.</summary>
public sealed class StopTests
{
    [Fact]
    public async Task Analyze_SigtermWhileWaitingOnStandardInput_StopsWithExitCode130()
    {
        using var enrich = EnrichProcess.Start("analyze");
        await enrich.StandardInput.WriteLineAsync("{\"id\": \"1\", \"text\": \"Angela Merkel visited Paris.\"}");
        await enrich.StandardInput.FlushAsync();
        // Its answer to the first line shows it is running and back to waiting on stdin, which stays open.
        var first = await enrich.StandardOutput.ReadLineAsync();

        await EnrichProcess.SignalAsync(enrich, "TERM");
        var result = await EnrichProcess.WaitForExitAsync(enrich);

        Assert.Contains("\"id\":\"1\"", first);
        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.Equal("enrich: stopped.", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task ModelTrain_SigtermDuringTraining_StopsWithoutWritingTheModel()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("enrich-cli-").FullName, "stopped.model");
        using var enrich = EnrichProcess.Start("model", "train", "--data", RepoPaths.SharedFile("data"), "--out", target);
        // The first progress line shows that training has begun.
        var first = await enrich.StandardError.ReadLineAsync();

        await EnrichProcess.SignalAsync(enrich, "TERM");
        var result = await EnrichProcess.WaitForExitAsync(enrich);

        Assert.StartsWith("[", first);
        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.EndsWith("enrich: stopped.", result.Stderr.TrimEnd());
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData("article.txt", "Vladimir Putin met", "file")]
    [InlineData("sentences.bio", "Vladimir\tB-PER\nPutin\tI-PER\n", "model", "eval")]
    public async Task Command_SigtermWhileFifoWriterIsIdle_StopsWithExitCode130(string name, string written, params string[] command)
    {
        var fifo = Path.Combine(Directory.CreateTempSubdirectory("enrich-cli-").FullName, name);
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var enrich = EnrichProcess.Start([.. command, fifo]);
        // Opening a FIFO for writing returns once a reader has opened it: enrich is then inside its command.
        await using var writer = await Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromMinutes(5));
        await writer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(written));
        await writer.FlushAsync();

        await EnrichProcess.SignalAsync(enrich, "TERM");
        var result = await EnrichProcess.WaitForExitAsync(enrich);

        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.Equal("enrich: stopped.", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
