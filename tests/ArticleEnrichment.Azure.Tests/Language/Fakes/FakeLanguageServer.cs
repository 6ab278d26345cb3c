using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleEnrichment.Azure.Tests.Language.Fakes;

/// <summary>
/// <see cref="FakeLanguageService"/> over real HTTP: a Kestrel server on a free loopback port answering
/// <c>POST /language/:analyze-text</c>, so the client runs with its real transport (sockets, headers, timeouts)
/// and the whole pipeline can be pointed at it through <c>AZURE_LANGUAGE_ENDPOINT</c>. The emulation (shape,
/// limits, error bodies, 429 with Retry-After, 500, outages, malformed JSON, latency, per-minute quota) is the
/// service's; set its knobs through <see cref="Service"/>.
/// </summary>
public sealed class FakeLanguageServer : IAsyncDisposable
{
    private WebApplication? _app;
    private int _requests;

    private FakeLanguageServer(FakeLanguageService service) => Service = service;

    /// <summary>The emulation behind the server; its knobs apply to the next requests.</summary>
    public FakeLanguageService Service { get; }

    /// <summary>The base address to give the client, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Requests received so far (every try the client made).</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Starts a server on a free loopback port answering with <paramref name="service"/> (a new one when null).</summary>
    public static async Task<FakeLanguageServer> StartAsync(FakeLanguageService? service = null)
    {
        var server = new FakeLanguageServer(service ?? new FakeLanguageService());
        var builder = WebApplication.CreateSlimBuilder();
        // Port 0: the OS picks a free port, so parallel tests and benchmarks never collide.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/language/:analyze-text", context =>
        {
            Interlocked.Increment(ref server._requests);
            return AnswerAsync(server.Service, context);
        });
        await app.StartAsync().ConfigureAwait(false);
        server._app = app;
        // Kestrel replaces port 0 with the port it bound once started.
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private static async Task AnswerAsync(FakeLanguageService service, HttpContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var uri = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}");
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        using var answer = await service.RespondAsync(new RecordedRequest(request.Method, uri, headers, body), context.RequestAborted).ConfigureAwait(false);

        var response = context.Response;
        response.StatusCode = answer.Status;
        foreach (var header in answer.Headers)
        {
            response.Headers[header.Name] = header.Value;
        }

        if (answer.ContentStream is { } content)
        {
            await content.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
