using System.CommandLine;
using ArticleEnrichment.Azure.Storage;
using ArticleEnrichment.Pipeline;
using ArticleEnrichment.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleEnrichment.Cli.Commands;

/// <summary><c>enrich upload &lt;files/folders&gt; --container C</c>: uploads articles with their content types.</summary>
public static class UploadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (folders recursively; names keep the relative path).", Arity = ArgumentArity.OneOrMore };
        var container = StorageOptions.Container();
        var prefix = new Option<string?>("--prefix") { Description = "Put the blobs under this name prefix, e.g. 2022/12/." };
        var command = new Command("upload", "Upload articles to a blob container (created if missing), with their content types.")
        {
            paths, container, prefix,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = ExpandPaths(parse.GetRequiredValue(paths), parse.GetValue(prefix) ?? string.Empty);
            await using var services = CliServices.Build(parse, parse.GetValue(container));
            var store = (BlobArticleStore)services.GetRequiredService<EnrichmentStores>().Articles;
            await StorageOptions.EnsureContainerAsync(store, cancellationToken);
            long bytes = 0;
            await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (file, token) =>
            {
                await using var stream = File.OpenRead(file.Path);
                await store.UploadArticleAsync(file.BlobName, stream, ContentTypes.ForName(file.Path), token);
                Interlocked.Add(ref bytes, stream.Length);
            });
            Console.Error.WriteLine($"Uploaded {files.Count} article(s), {bytes:N0} bytes, to container '{store.Container}'.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The files to upload and their blob names; outputs (.enriched.json) are never uploaded as articles.</summary>
    public static List<(string Path, string BlobName)> ExpandPaths(IEnumerable<string> paths, string prefix)
    {
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    files.Add((file, prefix + Path.GetRelativePath(path, file).Replace(Path.DirectorySeparatorChar, '/')));
                }
            }
            else if (File.Exists(path))
            {
                files.Add((path, prefix + Path.GetFileName(path)));
            }
            else
            {
                throw new CliException($"No such file or folder: {Path.GetFullPath(path)}");
            }
        }

        return files.Where(f => !ArticleNaming.IsOutput(f.Item2)).ToList();
    }
}
