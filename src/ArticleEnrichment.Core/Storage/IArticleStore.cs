namespace ArticleEnrichment.Storage;

/// <summary>
/// The storage port: where articles come from and where their records go. The adapter is
/// <c>BlobArticleStore</c> (Azure.Storage.Blobs; Azurite locally).
/// </summary>
public interface IArticleStore
{
    /// <summary>The container (or folder) articles are read from, recorded in <c>source.container</c>.</summary>
    string Container { get; }

    /// <summary>Lists every blob under <paramref name="prefix"/>, with its properties and metadata, in one pass.</summary>
    IAsyncEnumerable<StoredItem> ListAsync(string? prefix, CancellationToken cancellationToken = default);

    /// <summary>The properties of one blob, or null when it does not exist.</summary>
    Task<StoredItem?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Downloads a blob's bytes, reading at most <paramref name="maxBytes"/> + 1 so an oversized input never
    /// sits whole in memory. Null when the blob no longer exists.
    /// </summary>
    Task<Download?> DownloadAsync(string name, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a record conditionally: create-only when <paramref name="ifMatchETag"/> is null (If-None-Match *),
    /// else replace only while the existing record still has that ETag (If-Match). Returns false when the
    /// condition failed, i.e. someone else wrote first.
    /// </summary>
    Task<bool> WriteRecordAsync(string name, ReadOnlyMemory<byte> json, RecordStamp stamp, string? ifMatchETag, CancellationToken cancellationToken = default);
}

/// <summary>A blob as listed: name, properties and metadata.</summary>
public sealed record StoredItem(
    string Name,
    string ETag,
    long Length,
    string? ContentType,
    DateTimeOffset LastModified,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>A download: the item as it was when read, and its bytes (cut at maxBytes + 1).</summary>
public sealed record Download(StoredItem Item, byte[] Content, bool Truncated);

/// <summary>
/// What an output record says about its input, stored as the output blob's metadata so that deciding
/// "unchanged" needs only a listing, never a download of the output.
/// </summary>
/// <param name="SourceETag">The input's ETag when it was enriched.</param>
/// <param name="SourceSha256">The input's SHA-256 (hex), or null when it was not read.</param>
/// <param name="Status">succeeded or failed.</param>
/// <param name="ErrorCode">The failure code of a failure record, else null.</param>
public sealed record RecordStamp(string SourceETag, string? SourceSha256, string Status, string? ErrorCode = null)
{
    // Blob metadata keys must be C# identifiers and are case-insensitive: lower-case names.
    public const string SourceETagKey = "sourceetag";
    public const string SourceSha256Key = "sourcesha256";
    public const string StatusKey = "status";
    public const string ErrorCodeKey = "errorcode";

    public IDictionary<string, string> ToMetadata()
    {
        var metadata = new Dictionary<string, string>
        {
            [SourceETagKey] = SourceETag.Trim('"'),
            [StatusKey] = Status,
        };
        if (SourceSha256 is not null)
        {
            metadata[SourceSha256Key] = SourceSha256;
        }

        if (ErrorCode is not null)
        {
            metadata[ErrorCodeKey] = ErrorCode;
        }

        return metadata;
    }

    public static RecordStamp? FromMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        if (!metadata.TryGetValue(SourceETagKey, out var etag) || !metadata.TryGetValue(StatusKey, out var status))
        {
            return null;
        }

        metadata.TryGetValue(SourceSha256Key, out var sha);
        metadata.TryGetValue(ErrorCodeKey, out var code);
        return new RecordStamp(etag, sha, status, code);
    }
}
