using System.CommandLine;
using System.Security.Cryptography;
using ArticleEnrichment.Output;
using ArticleEnrichment.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleEnrichment.Cli.Commands;

/// <summary><c>enrich file &lt;path&gt; [--out F]</c>: one local file to its record, no storage involved.</summary>
public static class FileCommand
{
    public static Command Create()
    {
        var path = new Argument<FileInfo>("path") { Description = "The article (.txt, .md, .html, .htm, .json)." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the record here instead of stdout." };
        var command = new Command("file", "Enrich one local file and print its EnrichedArticle JSON (a failure record and exit code 1 for bad input).")
        {
            path, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = new FileInfo(LocalFiles.RequireInputFile(parse.GetRequiredValue(path).FullName));
            var target = parse.GetValue(output) is { } outputFile ? LocalFiles.RequireWritableFile(outputFile.FullName) : null;
            await using var services = CliServices.Build(parse);
            var builder = services.GetRequiredService<ArticleRecordBuilder>();
            var result = await RecordForFileAsync(builder, file, cancellationToken);
            if (target is not null)
            {
                await File.WriteAllBytesAsync(target, result.Json, cancellationToken);
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(result.Json, cancellationToken);
                await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
            }

            return result.ErrorCode is null ? ExitCodes.Success : ExitCodes.ArticlesFailed;
        });
        return command;
    }

    /// <summary>The record for a local file; an oversized file is never read whole.</summary>
    public static async Task<EnrichmentResult> RecordForFileAsync(ArticleRecordBuilder builder, FileInfo file, CancellationToken cancellationToken)
    {
        var maxBytes = builder.MaxInputBytes;
        // One byte past the cap is enough for the pipeline to give TooLarge without holding the file, whatever
        // size the file system reports (0 for a device or a pipe).
        var content = await LocalFiles.ReadAtMostAsync(file.FullName, maxBytes + 1, cancellationToken);
        var readWhole = content.Length <= maxBytes;
        var source = new SourceInfo(
            Container: null,
            file.Name,
            ETag: null,
            ContentTypes.ForName(file.Name),
            file.Length,
            readWhole ? Convert.ToHexStringLower(SHA256.HashData(content)) : null,
            new Dictionary<string, string>());
        return await builder.BuildAsync(source, content, cancellationToken);
    }
}
