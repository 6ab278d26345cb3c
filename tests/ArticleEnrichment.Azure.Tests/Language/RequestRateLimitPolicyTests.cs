using System.Diagnostics;
using ArticleEnrichment.Azure.Language;
using ArticleEnrichment.Azure.Tests.Language.Fakes;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace ArticleEnrichment.Azure.Tests.Language;

public sealed class RequestRateLimitPolicyTests
{
    [Fact]
    public async Task ProcessAsync_BurstOverCeiling_SpacesTriesEvenly()
    {
        var time = new FakeTimeProvider();
        var transport = FakeTransport.Replaying(() => new FakeResponse(200, "{}"));
        // 60 per minute: one try a second.
        var pipeline = HttpPipelineBuilder.Build(
            new LanguageClientOptions { Transport = transport }, [], [new RequestRateLimitPolicy(60, time)], new ResponseClassifier());

        var sends = Enumerable.Range(0, 3).Select(_ =>
        {
            var message = pipeline.CreateMessage();
            message.Request.Uri.Reset(new Uri("https://x.example/"));
            return pipeline.SendAsync(message, CancellationToken.None).AsTask();
        }).ToList();

        Assert.Single(transport.Requests);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Single(transport.Requests);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitUntil(() => transport.Requests.Count == 2);
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(sends);
        Assert.Equal(3, transport.Requests.Count);
    }

    [Fact]
    public void Constructor_CeilingBelowOne_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new RequestRateLimitPolicy(0));

    [Fact]
    public async Task AnyCall_Failure_TracedAsClientActivityWithErrorStatus()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == LanguageClient.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (stopped) { stopped.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        var transport = FakeTransport.Replaying(FakeLanguageService.Unauthorized);

        // The listener hears every test running in parallel: this call's activity is the one in this trace.
        using var trace = new Activity(nameof(AnyCall_Failure_TracedAsClientActivityWithErrorStatus)).Start();
        await Assert.ThrowsAsync<global::Azure.RequestFailedException>(
            () => LanguageTestClients.KeyClient(transport).DetectLanguageAsync([new LanguageInput("1", "Hello")]));

        trace.Stop();
        var activity = Assert.Single(stopped, a => a.OperationName == "LanguageClient.LanguageDetection" && a.TraceId == trace.TraceId);
        Assert.Equal((ActivityKind.Client, ActivityStatusCode.Error), (activity.Kind, activity.Status));
        Assert.Equal(401, activity.GetTagItem("http.response.status_code"));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        // The released try continues on the thread pool; give it a moment without depending on how long.
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
