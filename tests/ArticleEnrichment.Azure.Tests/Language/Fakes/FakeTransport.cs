using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ArticleEnrichment.Azure.Tests.Language.Fakes;

/// <summary>A request as the transport saw it: what the tests assert on.</summary>
public sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// The transport the client's pipeline ends in, in place of HTTP: records every request (every try) and answers
/// with what <paramref name="respond"/> returns. The client, its policies and its retries run for real.
/// </summary>
public sealed class FakeTransport(Func<RecordedRequest, CancellationToken, Task<FakeResponse>> respond) : HttpPipelineTransport
{
    private readonly List<RecordedRequest> _requests = [];

    /// <summary>A transport that answers every request with <paramref name="responses"/> in turn, then the last one again.</summary>
    public static FakeTransport Replaying(params Func<FakeResponse>[] responses)
    {
        var next = 0;
        return new FakeTransport((_, _) => Task.FromResult(responses[Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1)]()));
    }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public override Request CreateRequest() => new FakeRequest();

    public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message)
    {
        message.CancellationToken.ThrowIfCancellationRequested();
        var request = (FakeRequest)message.Request;
        var body = string.Empty;
        if (request.Content is { } content)
        {
            using var stream = new MemoryStream();
            await content.WriteToAsync(stream, message.CancellationToken).ConfigureAwait(false);
            body = Encoding.UTF8.GetString(stream.ToArray());
        }

        var recorded = new RecordedRequest(request.Method.Method, request.Uri.ToUri(), request.HeaderValues(), body);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        message.Response = await respond(recorded, message.CancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A request held in memory.</summary>
public sealed class FakeRequest : Request
{
    private readonly Dictionary<string, List<string>> _headers = new(StringComparer.OrdinalIgnoreCase);

    public override string ClientRequestId { get; set; } = Guid.NewGuid().ToString();

    public IReadOnlyDictionary<string, string> HeaderValues()
        => _headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);

    protected override void AddHeader(string name, string value)
    {
        if (!_headers.TryGetValue(name, out var values))
        {
            _headers[name] = values = [];
        }

        values.Add(value);
    }

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = _headers.TryGetValue(name, out var values) ? string.Join(",", values) : null;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = _headers.TryGetValue(name, out var found) ? found : null;
        return values is not null;
    }

    protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);

    protected override bool RemoveHeader(string name) => _headers.Remove(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers.Select(h => new HttpHeader(h.Key, string.Join(",", h.Value)));

    public override void Dispose()
    {
    }
}

/// <summary>A canned response.</summary>
public sealed class FakeResponse : Response
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    public FakeResponse(int status, string? body = null, string reasonPhrase = "")
    {
        Status = status;
        ReasonPhrase = reasonPhrase;
        if (body is not null)
        {
            ContentStream = new MemoryStream(Encoding.UTF8.GetBytes(body));
            _headers["Content-Type"] = "application/json; charset=utf-8";
        }
    }

    public override int Status { get; }

    public override string ReasonPhrase { get; }

    public override Stream? ContentStream { get; set; }

    public override string ClientRequestId { get; set; } = string.Empty;

    /// <summary>Adds a header and returns this response, for building in one expression.</summary>
    public FakeResponse WithHeader(string name, string value)
    {
        _headers[name] = value;
        return this;
    }

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => _headers.TryGetValue(name, out value);

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = _headers.TryGetValue(name, out var value) ? [value] : null;
        return values is not null;
    }

    protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers.Select(h => new HttpHeader(h.Key, h.Value));

    public override void Dispose() => ContentStream?.Dispose();
}
