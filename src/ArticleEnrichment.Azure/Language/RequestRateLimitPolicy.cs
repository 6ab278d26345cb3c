using Azure.Core;
using Azure.Core.Pipeline;

namespace ArticleEnrichment.Azure.Language;

/// <summary>
/// Holds each try until the client-side ceiling (<see cref="LanguageClientOptions.MaxRequestsPerMinute"/>)
/// allows it, so a backfill paces itself instead of provoking 429s. Tries are spaced evenly (60 s divided by
/// the ceiling) rather than let through in bursts: the service throttles per second as well as per minute.
/// </summary>
internal sealed class RequestRateLimitPolicy(int requestsPerMinute, TimeProvider? time = null) : HttpPipelinePolicy
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly TimeSpan _spacing = requestsPerMinute >= 1
        ? TimeSpan.FromMinutes(1) / requestsPerMinute
        : throw new ArgumentOutOfRangeException(nameof(requestsPerMinute), requestsPerMinute, "At least 1.");
    private readonly Lock _gate = new();
    private long _nextSlotTicks;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var wait = Reserve();
        if (wait > TimeSpan.Zero)
        {
            Task.Delay(wait, _time, message.CancellationToken).GetAwaiter().GetResult();
        }

        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var wait = Reserve();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, message.CancellationToken).ConfigureAwait(false);
        }

        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    /// <summary>Takes the next free slot and returns how long until it comes.</summary>
    private TimeSpan Reserve()
    {
        var now = _time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            var slot = Math.Max(now, _nextSlotTicks);
            _nextSlotTicks = slot + _spacing.Ticks;
            return TimeSpan.FromTicks(slot - now);
        }
    }
}
