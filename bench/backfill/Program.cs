// Support for run.sh (see its header): generates the articles and measures what Azurite itself can do, so the
// backfill's rates can be read beside the storage's own.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

return args switch
{
    ["generate", var source, var folder, var count] => Generate(source, folder, int.Parse(count, CultureInfo.InvariantCulture)),
    ["raw", var connection, var count] => await RawAsync(connection, int.Parse(count, CultureInfo.InvariantCulture)),
    ["clear-outputs", var connection, var container] => await ClearOutputsAsync(connection, container),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate <source.txt> <folder> <count> | raw <connection> <count> | clear-outputs <connection> <container>");
    return 2;
}

// Articles of 2-5 KB cut from the source text's paragraphs in order, sizes from a fixed-seed generator:
// the same inputs every run, news-like prose with names, places and dates.
static int Generate(string source, string folder, int count)
{
    var paragraphs = File.ReadAllLines(source).Where(l => l.Length > 0).ToArray();
    var random = new Random(20221212);
    Directory.CreateDirectory(folder);
    var next = 0;
    for (var i = 0; i < count; i++)
    {
        var target = random.Next(2048, 5 * 1024 + 1);
        var article = new StringBuilder();
        while (article.Length < target)
        {
            var paragraph = paragraphs[next++ % paragraphs.Length];
            article.Append(paragraph.AsSpan(0, Math.Min(paragraph.Length, target - article.Length + 200))).Append("\n\n");
        }

        File.WriteAllText(Path.Combine(folder, $"article-{i:D4}.txt"), article.ToString(0, Math.Min(article.Length, target)).TrimEnd() + "\n");
    }

    Console.Error.WriteLine($"Generated {count} articles in {folder}.");
    return 0;
}

// Raw Azurite rates with the same SDK: serial uploads, 16 uploads in flight, serial downloads, one listing.
static async Task<int> RawAsync(string connection, int count)
{
    var container = new BlobContainerClient(connection, "raw-rates");
    await container.CreateIfNotExistsAsync();
    var body = new BinaryData(new byte[3 * 1024]);

    var serialUpload = await TimeAsync(count, 1, i => container.GetBlobClient($"s/{i:D4}.txt").UploadAsync(body, overwrite: true));
    var parallelUpload = await TimeAsync(count, 16, i => container.GetBlobClient($"p/{i:D4}.txt").UploadAsync(body, overwrite: true));
    var serialDownload = await TimeAsync(count, 1, i => container.GetBlobClient($"s/{i:D4}.txt").DownloadContentAsync());
    var listing = Stopwatch.StartNew();
    var listed = 0;
    await foreach (var _ in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = "s/" }))
    {
        listed++;
    }

    listing.Stop();
    await container.DeleteAsync();
    Console.WriteLine(FormattableString.Invariant($"raw_upload_serial={count / serialUpload:F0}"));
    Console.WriteLine(FormattableString.Invariant($"raw_upload_16={count / parallelUpload:F0}"));
    Console.WriteLine(FormattableString.Invariant($"raw_download_serial={count / serialDownload:F0}"));
    Console.WriteLine(FormattableString.Invariant($"raw_list_{listed}_seconds={listing.Elapsed.TotalSeconds:F2}"));
    return 0;
}

static async Task<double> TimeAsync(int count, int inFlight, Func<int, Task> operation)
{
    var watch = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, _) => await operation(i));
    return watch.Elapsed.TotalSeconds;
}

static async Task<int> ClearOutputsAsync(string connection, string containerName)
{
    var container = new BlobContainerClient(connection, containerName);
    var outputs = new List<string>();
    await foreach (var blob in container.GetBlobsAsync())
    {
        if (blob.Name.EndsWith(".enriched.json", StringComparison.Ordinal))
        {
            outputs.Add(blob.Name);
        }
    }

    await Parallel.ForEachAsync(outputs, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (name, token) => await container.DeleteBlobAsync(name, cancellationToken: token));
    return 0;
}
