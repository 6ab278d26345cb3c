using Azure;

namespace ArticleEnrichment.Cli.Tests;

/// <summary>The one line printed for a failed storage request.</summary>
public sealed class StorageFailureTests
{
    private static readonly Uri Azurite = new("http://127.0.0.1:10000/devstoreaccount1");

    [Fact]
    public void StorageFailure_RetriesRanOut_LastErrorOnceWithTheNumberOfTries()
    {
        var tries = Enumerable.Range(0, 6).Select(_ => new RequestFailedException("Connection refused (127.0.0.1:10000)")).ToArray();
        var error = new AggregateException("Retry failed after 6 tries. Retry settings can be adjusted in ClientOptions.Retry.", tries);

        var line = StorageOptions.StorageFailure(Azurite, error);

        Assert.Equal("Cannot reach blob storage at http://127.0.0.1:10000/devstoreaccount1: Connection refused (127.0.0.1:10000) (after 6 tries). Is Azurite running? See README.", line);
    }

    [Fact]
    public void StorageFailure_ServiceAnswered_StatusAndFirstLineOfItsMessage()
    {
        var error = new RequestFailedException(403, "Server failed to authenticate the request.\nRequestId:1\nStatus: 403");

        var line = StorageOptions.StorageFailure(new Uri("https://account.blob.core.windows.net/"), error);

        Assert.Equal("Request to blob storage at https://account.blob.core.windows.net/ failed with status 403: Server failed to authenticate the request.", line);
    }
}
