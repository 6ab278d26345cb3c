using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleEnrichment.Azure.Tests.Language.Fakes;

/// <summary>An entity the fake service "recognizes" wherever its text occurs.</summary>
public sealed record FakeEntity(string Text, string Category, string? Type = null, string[]? Tags = null, string? Subcategory = null);

/// <summary>
/// The fake Language service behind <see cref="FakeTransport"/>: answers <c>:analyze-text</c> in the real shape
/// and with the real limits (documents per kind, 5,120 text elements per document, 1 MB per request, the
/// service's error bodies), finds the configured entities and key phrases by exact text, and can be told to
/// answer 429 with Retry-After, 500, malformed JSON or slowly, or to hold a per-minute rate ceiling.
/// </summary>
public sealed class FakeLanguageService
{
    private static readonly TimeSpan RetryAfterGrace = TimeSpan.FromMilliseconds(50);
    private static readonly HashSet<string> NerLanguages = ["en", "de", "fr", "es", "it", "nl", "pt", "ja", "zh"];
    private readonly ConcurrentQueue<Func<FakeResponse>> _scripted = new();
    private readonly Lock _rateGate = new();
    private readonly Queue<long> _recent = new();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private long _retryNotBeforeTicks;

    public FakeLanguageService()
    {
        Transport = new FakeTransport(RespondAsync);
    }

    /// <summary>The transport to give the client.</summary>
    public FakeTransport Transport { get; }

    /// <summary>Entities found wherever their text occurs (ordinal).</summary>
    public List<FakeEntity> Entities { get; } = [];

    /// <summary>Key phrases found wherever they occur (ignoring case).</summary>
    public List<string> KeyPhrases { get; } = [];

    /// <summary>Language reported by detection.</summary>
    public (string Iso, string Name) Language { get; set; } = ("en", "English");

    /// <summary>
    /// Requests allowed per minute (the resource's quota), enforced over a rolling 10-second window so that
    /// neither a burst nor a steady stream slips past it; null for no ceiling.
    /// </summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>Delay before every answer (a slow service).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// While set, every request is answered with this (after <see cref="Latency"/>): a service that stays down
    /// (e.g. <see cref="ServerError"/>) or refuses the caller (e.g. <see cref="Unauthorized"/>).
    /// </summary>
    public Func<FakeResponse>? Outage { get; set; }

    /// <summary>Requests answered 429 because of the ceiling or a scripted storm.</summary>
    public int Throttled => _throttled;
    private int _throttled;

    /// <summary>The next requests are answered with these, in order, before normal service resumes.</summary>
    public FakeLanguageService ThenRespond(params Func<FakeResponse>[] responses)
    {
        foreach (var r in responses)
        {
            _scripted.Enqueue(r);
        }

        return this;
    }

    /// <summary>
    /// 429 as the service sends it. Like the real service it refuses any request that arrives before the
    /// Retry-After it gave has passed, so a client that ignores Retry-After keeps getting 429.
    /// </summary>
    public FakeResponse TooManyRequests(int retryAfterSeconds = 1)
    {
        Interlocked.Exchange(ref _retryNotBeforeTicks, _clock.Elapsed.Ticks + TimeSpan.FromSeconds(retryAfterSeconds).Ticks);
        return Throttle(retryAfterSeconds);
    }

    /// <summary>
    /// A 429 that leaves the announced time alone: a try refused for arriving early is told the time that is
    /// left, and does not push it back, so every client that waits as told gets through.
    /// </summary>
    private FakeResponse Throttle(int retryAfterSeconds)
    {
        Interlocked.Increment(ref _throttled);
        return new FakeResponse(429, """{"error":{"code":"429","message":"Requests to the Analyze Text Operation under Azure AI Language have exceeded rate limit of your current Language S pricing tier. Please retry after 1 second. Please contact Azure support service if you would like to further increase the default rate limit."}}""", "Too Many Requests")
            .WithHeader("Retry-After", retryAfterSeconds.ToString(CultureInfo.InvariantCulture));
    }

    public static FakeResponse ServerError() => new(500, """{"error":{"code":"InternalServerError","message":"Internal server error."}}""", "Internal Server Error");

    public static FakeResponse Malformed() => new(200, """{"kind":"EntityRecognitionResults","results":{"documents":[{"id":"0","entities":[""", "OK");

    public static FakeResponse Unauthorized() => new(401, """{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}""", "Unauthorized");

    /// <summary>
    /// Answers one request as the service would: the one emulation behind both <see cref="Transport"/> and
    /// <see cref="FakeLanguageServer"/>.
    /// </summary>
    public async Task<FakeResponse> RespondAsync(RecordedRequest request, CancellationToken cancellationToken)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, cancellationToken).ConfigureAwait(false);
        }

        if (Outage is { } outage)
        {
            return outage();
        }

        // A client that waits as told may arrive a few milliseconds early by our clock: timers run on a coarse
        // clock (TickCount64, ~4 ms steps on Linux). 50 ms of grace accepts those and still refuses a client
        // that ignores Retry-After (its own backoff is far shorter than a second).
        if (_clock.Elapsed.Ticks < Interlocked.Read(ref _retryNotBeforeTicks) - RetryAfterGrace.Ticks)
        {
            return Throttle((int)Math.Ceiling(TimeSpan.FromTicks(Interlocked.Read(ref _retryNotBeforeTicks) - _clock.Elapsed.Ticks).TotalSeconds));
        }

        if (_scripted.TryDequeue(out var scripted))
        {
            return scripted();
        }

        if (RequestsPerMinute is { } perMinute && !Admit(perMinute))
        {
            Interlocked.Increment(ref _throttled);
            return new FakeResponse(429, """{"error":{"code":"429","message":"Rate limit is exceeded. Try again in 1 seconds."}}""", "Too Many Requests")
                .WithHeader("Retry-After", "1");
        }

        return Answer(request);
    }

    private bool Admit(int perMinute)
    {
        const int WindowSeconds = 10;
        var allowed = (int)Math.Ceiling(perMinute * WindowSeconds / 60.0);
        var now = _clock.Elapsed.Ticks;
        lock (_rateGate)
        {
            while (_recent.Count > 0 && now - _recent.Peek() >= WindowSeconds * TimeSpan.TicksPerSecond)
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= allowed)
            {
                return false;
            }

            _recent.Enqueue(now);
            return true;
        }
    }

    private FakeResponse Answer(RecordedRequest request)
    {
        if (Encoding.UTF8.GetByteCount(request.Body) > 1_000_000)
        {
            return BadRequest("InvalidDocumentBatch", "Request Payload sent is too large to be processed. Limit request size to: 1000000");
        }

        var body = JsonNode.Parse(request.Body)!;
        var kind = (string)body["kind"]!;
        var documents = body["analysisInput"]!["documents"]!.AsArray();
        var max = kind switch { "EntityRecognition" => 5, "SentimentAnalysis" or "KeyPhraseExtraction" => 10, "LanguageDetection" => 1000, _ => 0 };
        if (max == 0)
        {
            return BadRequest("InvalidParameterValue", $"Unsupported kind '{kind}'.");
        }

        if (documents.Count > max)
        {
            return BadRequest("InvalidDocumentBatch", $"Batch request contains too many records. Max {max} records are permitted.");
        }

        var apiVersion = System.Web.HttpUtility.ParseQueryString(request.Uri.Query)["api-version"];
        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in documents)
        {
            var id = (string)document!["id"]!;
            var text = (string)document["text"]!;
            var language = (string?)document["language"] ?? "en";
            if (text.Length == 0)
            {
                errors.Add(DocumentError(id, "InvalidDocument", "Document text is empty."));
            }
            else if (new StringInfo(text).LengthInTextElements > 5120)
            {
                errors.Add(DocumentError(id, "InvalidDocument", "A document within the request was too large to be processed. Limit document size to: 5120 text elements. For additional details on the data limitations see https://aka.ms/text-analytics-data-limits"));
            }
            else if (kind == "EntityRecognition" && !NerLanguages.Contains(language))
            {
                errors.Add(new JsonObject
                {
                    ["id"] = id,
                    ["error"] = new JsonObject
                    {
                        ["code"] = "InvalidArgument",
                        ["message"] = "Invalid Language Code.",
                        ["innererror"] = new JsonObject { ["code"] = "UnsupportedLanguageCode", ["message"] = $"Invalid language code '{language}'. Supported languages: {string.Join(",", NerLanguages)}." },
                    },
                });
            }
            else
            {
                results.Add(kind switch
                {
                    "EntityRecognition" => EntitiesOf(id, text, apiVersion == "2024-11-01"),
                    "SentimentAnalysis" => SentimentOf(id, text),
                    "KeyPhraseExtraction" => KeyPhrasesOf(id, text),
                    _ => LanguageOf(id),
                });
            }
        }

        var answer = new JsonObject
        {
            ["kind"] = kind + "Results",
            ["results"] = new JsonObject { ["documents"] = results, ["errors"] = errors, ["modelVersion"] = "2021-06-01" },
        };
        return new FakeResponse(200, answer.ToJsonString(), "OK");
    }

    private static FakeResponse BadRequest(string innerCode, string message)
        => new FakeResponse(400, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = "InvalidRequest",
                ["message"] = "Invalid Document in request.",
                ["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = message },
            },
        }.ToJsonString(), "Bad Request");

    private static JsonObject DocumentError(string id, string innerCode, string message) => new()
    {
        ["id"] = id,
        ["error"] = new JsonObject
        {
            ["code"] = "InvalidArgument",
            ["message"] = "Invalid Document in request.",
            ["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = message },
        },
    };

    private JsonObject EntitiesOf(string id, string text, bool withTypes)
    {
        var entities = new JsonArray();
        foreach (var e in Entities)
        {
            for (var at = text.IndexOf(e.Text, StringComparison.Ordinal); at >= 0; at = text.IndexOf(e.Text, at + 1, StringComparison.Ordinal))
            {
                var entity = new JsonObject { ["text"] = e.Text, ["category"] = e.Category };
                if (withTypes)
                {
                    entity["type"] = e.Type ?? e.Category;
                    entity["tags"] = new JsonArray([.. (e.Tags ?? [e.Category]).Select(t => (JsonNode)new JsonObject { ["name"] = t, ["confidenceScore"] = 0.9 })]);
                }
                else if (e.Subcategory is not null)
                {
                    entity["subcategory"] = e.Subcategory;
                }

                entity["offset"] = at;
                entity["length"] = e.Text.Length;
                entity["confidenceScore"] = 0.9;
                entities.Add(entity);
            }
        }

        return new JsonObject { ["id"] = id, ["entities"] = entities, ["warnings"] = new JsonArray() };
    }

    /// <summary>Sentences end after ". "; "good" makes one positive, "bad" negative, else neutral.</summary>
    private static JsonObject SentimentOf(string id, string text)
    {
        var sentences = new JsonArray();
        var labels = new HashSet<string>();
        var start = 0;
        while (start < text.Length)
        {
            var stop = text.IndexOf(". ", start, StringComparison.Ordinal);
            var end = stop < 0 ? text.Length : stop + 2;
            var sentence = text[start..end];
            var label = sentence.Contains("good", StringComparison.OrdinalIgnoreCase) ? "positive"
                : sentence.Contains("bad", StringComparison.OrdinalIgnoreCase) ? "negative" : "neutral";
            labels.Add(label);
            sentences.Add(new JsonObject
            {
                ["sentiment"] = label,
                ["confidenceScores"] = Scores(label),
                ["offset"] = start,
                ["length"] = end - start,
                ["text"] = sentence,
            });
            start = end;
        }

        var documentLabel = labels.Contains("positive") && labels.Contains("negative") ? "mixed"
            : labels.Contains("positive") ? "positive" : labels.Contains("negative") ? "negative" : "neutral";
        return new JsonObject
        {
            ["id"] = id,
            ["sentiment"] = documentLabel,
            ["confidenceScores"] = Scores(documentLabel),
            ["sentences"] = sentences,
            ["warnings"] = new JsonArray(),
        };
    }

    private static JsonObject Scores(string label) => label switch
    {
        "positive" => new JsonObject { ["positive"] = 0.9, ["neutral"] = 0.1, ["negative"] = 0.0 },
        "negative" => new JsonObject { ["positive"] = 0.0, ["neutral"] = 0.1, ["negative"] = 0.9 },
        "mixed" => new JsonObject { ["positive"] = 0.45, ["neutral"] = 0.1, ["negative"] = 0.45 },
        _ => new JsonObject { ["positive"] = 0.05, ["neutral"] = 0.9, ["negative"] = 0.05 },
    };

    private JsonObject KeyPhrasesOf(string id, string text) => new()
    {
        ["id"] = id,
        ["keyPhrases"] = new JsonArray([.. KeyPhrases.Where(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonNode)p)]),
        ["warnings"] = new JsonArray(),
    };

    private JsonObject LanguageOf(string id) => new()
    {
        ["id"] = id,
        ["detectedLanguage"] = new JsonObject { ["name"] = Language.Name, ["iso6391Name"] = Language.Iso, ["confidenceScore"] = 0.99 },
        ["warnings"] = new JsonArray(),
    };

    /// <summary>The documents of one recorded request, parsed.</summary>
    public static (string Kind, List<(string Id, string Text, string? Language)> Documents) Parse(RecordedRequest request)
    {
        using var json = JsonDocument.Parse(request.Body);
        var kind = json.RootElement.GetProperty("kind").GetString()!;
        var documents = json.RootElement.GetProperty("analysisInput").GetProperty("documents").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("text").GetString()!, d.TryGetProperty("language", out var l) ? l.GetString() : null))
            .ToList();
        return (kind, documents);
    }
}
