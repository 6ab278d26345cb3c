using System.Runtime.CompilerServices;
using ArticleEnrichment.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ArticleEnrichment.Azure.Storage;

/// <summary>
/// <see cref="IArticleStore"/> on one Azure Blob Storage container (Azurite locally). Records are written
/// with conditions (create: If-None-Match *, replace: If-Match) so racing triggers never clobber each other.
/// </summary>
public sealed class BlobArticleStore(BlobContainerClient container) : IArticleStore
{
    public string Container => container.Name;

    public BlobContainerClient Client => container;

    public async IAsyncEnumerable<StoredItem> ListAsync(string? prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pages = container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken);
        await foreach (var blob in pages.ConfigureAwait(false))
        {
            yield return new StoredItem(
                blob.Name,
                blob.Properties.ETag?.ToString() ?? string.Empty,
                blob.Properties.ContentLength ?? 0,
                blob.Properties.ContentType,
                blob.Properties.LastModified ?? DateTimeOffset.MinValue,
                blob.Metadata.AsReadOnly());
        }
    }

    public async Task<StoredItem?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var properties = await container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var p = properties.Value;
            return new StoredItem(name, p.ETag.ToString(), p.ContentLength, p.ContentType, p.LastModified, p.Metadata.AsReadOnly());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<Download?> DownloadAsync(string name, long maxBytes, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(name);
        BlobDownloadStreamingResult result;
        try
        {
            // Ask for one byte more than the cap: getting it back proves the blob is too large without
            // transferring (or holding) the rest.
            var options = new BlobDownloadOptions { Range = new HttpRange(0, maxBytes + 1) };
            result = (await blob.DownloadStreamingAsync(options, cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (RequestFailedException e) when (e.Status == 416)
        {
            // A range request on an empty blob is "not satisfiable": the blob exists and has no bytes.
            var empty = await GetAsync(name, cancellationToken).ConfigureAwait(false);
            return empty is null ? null : new Download(empty, [], Truncated: false);
        }

        await using (result.Content.ConfigureAwait(false))
        {
            var details = result.Details;
            var total = TotalLength(details.ContentRange) ?? details.ContentLength;
            using var buffer = new MemoryStream((int)Math.Min(total, maxBytes + 1));
            await result.Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            var item = new StoredItem(name, details.ETag.ToString(), total, details.ContentType, details.LastModified, details.Metadata.AsReadOnly());
            return new Download(item, buffer.ToArray(), Truncated: total > maxBytes);
        }
    }

    public async Task<bool> WriteRecordAsync(string name, ReadOnlyMemory<byte> json, RecordStamp stamp, string? ifMatchETag, CancellationToken cancellationToken = default)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
            Metadata = stamp.ToMetadata(),
            Conditions = ifMatchETag is null
                ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                : new BlobRequestConditions { IfMatch = new ETag(ifMatchETag) },
        };
        try
        {
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(json), options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // 409 BlobAlreadyExists (create lost) or 412 ConditionNotMet (replace lost): someone wrote first.
            return false;
        }
    }

    /// <summary>Uploads an article with its content type (what <c>enrich upload</c> does); overwrites.</summary>
    public async Task<StoredItem> UploadArticleAsync(string name, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        var response = await container.GetBlobClient(name).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
        return new StoredItem(name, response.Value.ETag.ToString(), content.CanSeek ? content.Length : 0, contentType, response.Value.LastModified, new Dictionary<string, string>());
    }

    /// <summary>Downloads a whole blob (a record, for <c>enrich show</c> and tests).</summary>
    public async Task<byte[]> DownloadAllAsync(string name, CancellationToken cancellationToken = default)
    {
        var result = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return result.Value.Content.ToArray();
    }

    /// <summary>Total blob length from a "bytes 0-N/TOTAL" Content-Range header.</summary>
    private static long? TotalLength(string? contentRange)
    {
        var slash = contentRange?.LastIndexOf('/') ?? -1;
        return slash >= 0 && long.TryParse(contentRange.AsSpan(slash + 1), out var total) ? total : null;
    }
}
