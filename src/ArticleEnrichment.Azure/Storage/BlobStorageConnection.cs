using Azure.Identity;
using Azure.Storage.Blobs;

namespace ArticleEnrichment.Azure.Storage;

/// <summary>
/// How we reach Blob Storage: a connection string (Azurite: <c>UseDevelopmentStorage=true</c>) or a service
/// URI with an Azure.Identity credential (managed identity in Azure; no keys).
/// </summary>
public static class BlobStorageConnection
{
    /// <summary>Azurite's well-known development connection.</summary>
    public const string Development = "UseDevelopmentStorage=true";

    public static BlobServiceClient FromConnectionString(string connectionString)
        => new(connectionString, CreateOptions());

    /// <param name="serviceUri">e.g. https://account.blob.core.windows.net</param>
    /// <param name="managedIdentityClientId">The user-assigned identity's client id, or null for DefaultAzureCredential's own choice.</param>
    public static BlobServiceClient FromServiceUri(Uri serviceUri, string? managedIdentityClientId)
    {
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = managedIdentityClientId });
        return new BlobServiceClient(serviceUri, credential, CreateOptions());
    }

    private static BlobClientOptions CreateOptions() => new()
    {
        // Azurite rejects CRC64 transfer validation; MD5 is checked by Azure and Azurite alike.
        TransferValidation =
        {
            Upload = { ChecksumAlgorithm = global::Azure.Storage.StorageChecksumAlgorithm.MD5 },
            Download = { ChecksumAlgorithm = global::Azure.Storage.StorageChecksumAlgorithm.None },
        },
    };
}
