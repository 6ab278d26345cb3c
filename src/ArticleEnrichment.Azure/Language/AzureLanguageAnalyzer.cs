using ArticleEnrichment.Analysis;
using ArticleEnrichment.Azure.Hosting;
using ArticleEnrichment.Text.Tokenization;
using Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace ArticleEnrichment.Azure.Language;

/// <summary>
/// <see cref="ITextAnalyzer"/> on Azure AI Language. An article longer than the service's document limit is
/// split into chunks (<see cref="TextChunker"/>), the chunks are sent in batches within each kind's
/// documents-per-request and request-size limits, and the answers are merged back: offsets shifted into the
/// article's text, entities concatenated, sentiment weighted by chunk length, key phrases without duplicates.
/// Four requests for an article that fits one document (one per kind; a synchronous request carries one
/// kind), a few more for a long one.
/// </summary>
public sealed class AzureLanguageAnalyzer(LanguageClient client, AzureLanguageAnalyzerOptions? options = null) : ITextAnalyzer
{
    private readonly AzureLanguageAnalyzerOptions _options = options ?? new AzureLanguageAnalyzerOptions();

    /// <inheritdoc />
    public string Name => "azure-language";

    /// <summary>
    /// The analyzer from configuration: <c>AZURE_LANGUAGE_ENDPOINT</c> (required); <c>AZURE_LANGUAGE_KEY</c> when
    /// set (environment only), else Microsoft Entra ID through <see cref="DefaultAzureCredential"/> with the
    /// user-assigned identity <c>AZURE_CLIENT_ID</c> when set. <c>AZURE_LANGUAGE_API_VERSION</c> and
    /// <c>AZURE_LANGUAGE_MAX_REQUESTS_PER_MINUTE</c>, <c>AZURE_LANGUAGE_MAX_RETRIES</c>,
    /// <c>AZURE_LANGUAGE_RETRY_DELAY_MS</c> and <c>AZURE_LANGUAGE_TIMEOUT_SECONDS</c> are optional (see <see cref="LanguageSettings"/>).
    /// </summary>
    /// <param name="configuration">App settings or environment.</param>
    /// <param name="options">Client options to start from (e.g. a test transport); built from configuration when null.</param>
    public static AzureLanguageAnalyzer FromConfiguration(IConfiguration configuration, LanguageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpointText = configuration[EnrichmentSettings.LanguageEndpoint];
        if (string.IsNullOrWhiteSpace(endpointText) || !Uri.TryCreate(endpointText.Trim(), UriKind.Absolute, out var endpoint)
            || endpoint.Scheme is not ("https" or "http"))
        {
            throw new InvalidOperationException(
                $"The Azure analyzer needs {EnrichmentSettings.LanguageEndpoint} (or --language-endpoint), e.g. https://my-language.cognitiveservices.azure.com/; got '{endpointText}'.");
        }

        options ??= new LanguageClientOptions(LanguageSettings.ParseVersion(configuration[LanguageSettings.ApiVersion]));
        if (WholeNumber(configuration, LanguageSettings.MaxRequestsPerMinute, 1, int.MaxValue, "a whole number of 1 or more") is { } perMinute)
        {
            options.MaxRequestsPerMinute = perMinute;
        }

        if (WholeNumber(configuration, LanguageSettings.MaxRetries, 0, int.MaxValue, "a whole number of 0 or more") is { } retries)
        {
            options.Retry.MaxRetries = retries;
        }

        if (WholeNumber(configuration, LanguageSettings.RetryDelayMilliseconds, 1, int.MaxValue, "a whole number of milliseconds, 1 or more") is { } delay)
        {
            options.Retry.Delay = TimeSpan.FromMilliseconds(delay);
        }

        var key = configuration[EnrichmentSettings.LanguageKey];
        var client = !string.IsNullOrWhiteSpace(key)
            ? new LanguageClient(endpoint, new AzureKeyCredential(key.Trim()), options)
            : new LanguageClient(endpoint, CreateCredential(configuration[EnrichmentSettings.ManagedIdentityClientId]), options);
        var maxSeconds = (int)AzureLanguageAnalyzerOptions.MaxAnalysisTimeout.TotalSeconds;
        var analyzerOptions = WholeNumber(configuration, LanguageSettings.AnalysisTimeoutSeconds, 1, maxSeconds, $"a whole number of seconds from 1 to {maxSeconds}") is { } seconds
            ? new AzureLanguageAnalyzerOptions { AnalysisTimeout = TimeSpan.FromSeconds(seconds) }
            : new AzureLanguageAnalyzerOptions();
        return new AzureLanguageAnalyzer(client, analyzerOptions);
    }

    /// <summary>
    /// The whole-number setting <paramref name="name"/> when it is set: a value from <paramref name="min"/> to
    /// <paramref name="max"/>; anything else stops start-up with a message that names the setting, its value and
    /// <paramref name="expected"/> ("a whole number of 1 or more"). Null when the setting is absent or empty.
    /// </summary>
    private static int? WholeNumber(IConfiguration configuration, string name, int min, int max, string expected)
    {
        if (configuration[name] is not { Length: > 0 } text)
        {
            return null;
        }

        return int.TryParse(text, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"{name} is '{text}'; use {expected}.");
    }

    private static TokenCredential CreateCredential(string? clientId)
        => new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            // In Azure the user-assigned identity; locally the developer's az / Visual Studio sign-in.
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId.Trim(),
        });

    /// <inheritdoc />
    public async Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var warnings = new List<AnalysisWarning>();
        var chunks = TextChunker.Split(text, _options.MaxTextElementsPerDocument)
            .Select((c, i) => (Chunk: c, Id: i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            // The service refuses an empty or blank document (InvalidDocument); such a chunk has nothing to find.
            .Where(c => !text.AsSpan(c.Chunk.Offset, c.Chunk.Length).IsWhiteSpace())
            .ToList();
        var wordCount = Tokenizer.Tokenize(text).Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
        if (chunks.Count == 0)
        {
            warnings.Add(new AnalysisWarning("EmptyText", "The text is empty; nothing was sent to Azure AI Language."));
            return new TextAnalysis(new AnalyzerInfo(Name, "none"), null, [], null, [], wordCount, 0, warnings);
        }

        var byId = chunks.ToDictionary(c => c.Id, c => c.Chunk, StringComparer.Ordinal);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.AnalysisTimeout);
        try
        {
            var languageResults = await RunAsync(LanguageTaskKind.LanguageDetection, text, chunks, null, client.DetectLanguageAsync, deadline.Token).ConfigureAwait(false);
            var language = MergeLanguage(languageResults, byId, warnings);
            var hint = language?.Iso6391Name;

            var entitiesTask = RunAsync(LanguageTaskKind.EntityRecognition, text, chunks, hint, client.RecognizeEntitiesAsync, deadline.Token);
            var sentimentTask = RunAsync(LanguageTaskKind.SentimentAnalysis, text, chunks, hint, client.AnalyzeSentimentAsync, deadline.Token);
            var keyPhrasesTask = RunAsync(LanguageTaskKind.KeyPhraseExtraction, text, chunks, hint, client.ExtractKeyPhrasesAsync, deadline.Token);
            await Task.WhenAll(entitiesTask, sentimentTask, keyPhrasesTask).ConfigureAwait(false);

            var entities = MergeEntities(text, await entitiesTask.ConfigureAwait(false), byId, warnings);
            var sentiment = MergeSentiment(text, await sentimentTask.ConfigureAwait(false), byId, warnings);
            var keyPhrases = MergeKeyPhrases(await keyPhrasesTask.ConfigureAwait(false), warnings);

            var all = new[] { languageResults.Summary(), entitiesTask.Result.Summary(), sentimentTask.Result.Summary(), keyPhrasesTask.Result.Summary() };
            if (all.All(k => k.Succeeded == 0))
            {
                var first = all.SelectMany(k => k.Errors).FirstOrDefault();
                throw new AnalysisFailedException(first is null
                    ? "Azure AI Language answered without results for any part of the text."
                    : $"Azure AI Language analyzed no part of the text: {first.SpecificCode}: {first.Message}");
            }

            var modelVersion = string.Join(' ', all.Where(k => k.ModelVersion.Length > 0).Select(k => $"{k.Name}:{k.ModelVersion}"));
            return new TextAnalysis(
                new AnalyzerInfo(Name, modelVersion.Length > 0 ? modelVersion : "unknown"),
                language,
                entities,
                sentiment,
                keyPhrases,
                wordCount,
                sentiment?.Sentences.Count ?? 0,
                warnings);
        }
        catch (RequestFailedException e)
        {
            // Still failing after the pipeline's retries, or refused outright: a failure record that says why.
            throw new AnalysisFailedException(e.Message, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Our deadline, or a request timeout that surfaced as a cancellation (no retries left), not the host's
            // shutdown: a failure record, and the next run retries the article.
            throw new AnalysisFailedException(
                deadline.IsCancellationRequested
                    ? $"Azure AI Language did not answer within {_options.AnalysisTimeout.TotalSeconds:0.###} s ({LanguageSettings.AnalysisTimeoutSeconds}), retries included."
                    : $"Azure AI Language did not answer: {e.Message}",
                e);
        }
    }

    /// <summary>Sends the chunks in batches within the kind's limits, all batches at once, and gathers the answers.</summary>
    private async Task<KindResults<T>> RunAsync<T>(
        LanguageTaskKind kind,
        string text,
        List<(TextChunk Chunk, string Id)> chunks,
        string? language,
        Func<IReadOnlyList<LanguageInput>, CancellationToken, Task<Response<LanguageResults<T>>>> call,
        CancellationToken cancellationToken)
    {
        var batches = Batch(kind, text, chunks, language);
        var answers = await Task.WhenAll(batches.Select(b => call(b, cancellationToken))).ConfigureAwait(false);
        var documents = answers.SelectMany(a => a.Value.Documents).ToList();
        var errors = answers.SelectMany(a => a.Value.Errors).ToList();
        var modelVersion = answers.Select(a => a.Value.ModelVersion).FirstOrDefault(v => v.Length > 0) ?? string.Empty;
        return new KindResults<T>(kind, documents, errors, modelVersion);
    }

    private List<IReadOnlyList<LanguageInput>> Batch(LanguageTaskKind kind, string text, List<(TextChunk Chunk, string Id)> chunks, string? language)
    {
        var maxDocuments = Math.Min(LanguageServiceLimits.MaxDocuments(kind), _options.MaxDocumentsPerRequest ?? int.MaxValue);
        // Room for the envelope ({"kind":...,"parameters":...}) and each document's id and language.
        const int EnvelopeBytes = 512, PerDocumentBytes = 64;
        var batches = new List<IReadOnlyList<LanguageInput>>();
        var current = new List<LanguageInput>();
        var bytes = EnvelopeBytes;
        foreach (var (chunk, id) in chunks)
        {
            var chunkText = text.Substring(chunk.Offset, chunk.Length);
            var size = TextChunker.JsonBytes(chunkText) + PerDocumentBytes;
            if (current.Count > 0 && (current.Count == maxDocuments || bytes + size > LanguageServiceLimits.MaxRequestBytes))
            {
                batches.Add(current);
                current = [];
                bytes = EnvelopeBytes;
            }

            current.Add(new LanguageInput(id, chunkText, language));
            bytes += size;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }

    private static DetectedLanguage? MergeLanguage(KindResults<LanguageDocument> results, Dictionary<string, TextChunk> byId, List<AnalysisWarning> warnings)
    {
        AddServiceProblems(results, d => d.Id, d => d.Warnings, warnings);
        // The language of the most text wins; its confidence is the length-weighted mean over its chunks.
        var best = results.Documents
            .Where(d => d.IsKnown && byId.ContainsKey(d.Id))
            .GroupBy(d => d.Iso6391Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Documents: g.ToList(), Length: g.Sum(d => byId[d.Id].Length)))
            .OrderByDescending(g => g.Length)
            .FirstOrDefault();
        if (best.Documents is null)
        {
            warnings.Add(new AnalysisWarning("UnknownLanguage", "Azure AI Language could not tell the language; the other analyses assumed English."));
            return null;
        }

        var first = best.Documents[0];
        var confidence = best.Documents.Sum(d => d.ConfidenceScore * byId[d.Id].Length) / best.Length;
        return new DetectedLanguage(first.Iso6391Name, first.Name, Math.Round(confidence, 4));
    }

    private static List<Entity> MergeEntities(string text, KindResults<EntitiesDocument> results, Dictionary<string, TextChunk> byId, List<AnalysisWarning> warnings)
    {
        AddServiceProblems(results, d => d.Id, d => d.Warnings, warnings);
        var entities = new List<Entity>();
        var unmapped = new SortedSet<string>(StringComparer.Ordinal);
        var misplaced = 0;
        foreach (var document in results.Documents)
        {
            if (!byId.TryGetValue(document.Id, out var chunk))
            {
                continue;
            }

            foreach (var found in document.Entities)
            {
                if (EntityCategoryMapping.Map(found) is not { } mapped)
                {
                    unmapped.Add(found.Type ?? found.Category);
                    continue;
                }

                if (Locate(text, chunk, found) is not { } span)
                {
                    misplaced++;
                    continue;
                }

                entities.Add(new Entity(text.Substring(span.Offset, span.Length), mapped.Category, mapped.Subcategory, span.Offset, span.Length, found.ConfidenceScore));
            }
        }

        if (unmapped.Count > 0)
        {
            warnings.Add(new AnalysisWarning("UnmappedEntityCategory", $"Entities of {string.Join(", ", unmapped)} have no category in our taxonomy and were left out."));
        }

        if (misplaced > 0)
        {
            warnings.Add(new AnalysisWarning("EntityOutOfRange", $"{misplaced} entities pointed outside their text and were left out."));
        }

        return [.. entities.OrderBy(e => e.Offset).ThenByDescending(e => e.Length)];
    }

    /// <summary>
    /// The entity's span in the article. The service's offset is trusted when it quotes the same text there;
    /// otherwise (offsets and quoted text can disagree) the quoted text is looked for in the chunk, nearest the
    /// offset; failing that the offset is kept when it lies inside the chunk, so Entity.Text is always the
    /// article's own text at that span.
    /// </summary>
    private static (int Offset, int Length)? Locate(string text, TextChunk chunk, RecognizedEntity found)
    {
        var inChunk = found.Offset >= 0 && found.Length > 0 && found.Offset + found.Length <= chunk.Length;
        if (inChunk && text.AsSpan(chunk.Offset + found.Offset, found.Length).SequenceEqual(found.Text))
        {
            return (chunk.Offset + found.Offset, found.Length);
        }

        if (found.Text.Length > 0)
        {
            var chunkText = text.AsSpan(chunk.Offset, chunk.Length);
            var best = -1;
            var from = 0;
            while (from < chunkText.Length)
            {
                var next = chunkText[from..].IndexOf(found.Text, StringComparison.OrdinalIgnoreCase);
                if (next < 0)
                {
                    break;
                }

                var at = from + next;
                if (best < 0 || Math.Abs(at - found.Offset) < Math.Abs(best - found.Offset))
                {
                    best = at;
                }

                from = at + 1;
            }

            if (best >= 0)
            {
                return (chunk.Offset + best, found.Text.Length);
            }
        }

        return inChunk ? (chunk.Offset + found.Offset, found.Length) : null;
    }

    private static DocumentSentiment? MergeSentiment(string text, KindResults<SentimentDocument> results, Dictionary<string, TextChunk> byId, List<AnalysisWarning> warnings)
    {
        AddServiceProblems(results, d => d.Id, d => d.Warnings, warnings);
        var documents = results.Documents.Where(d => byId.ContainsKey(d.Id)).OrderBy(d => byId[d.Id].Offset).ToList();
        if (documents.Count == 0)
        {
            return null;
        }

        var sentences = new List<SentenceSentiment>();
        double positive = 0, neutral = 0, negative = 0, weight = 0;
        var labels = new HashSet<SentimentLabel>();
        foreach (var document in documents)
        {
            var chunk = byId[document.Id];
            var label = ParseLabel(document.Sentiment);
            labels.Add(label);
            positive += document.Scores.Positive * chunk.Length;
            neutral += document.Scores.Neutral * chunk.Length;
            negative += document.Scores.Negative * chunk.Length;
            weight += chunk.Length;
            foreach (var s in document.Sentences)
            {
                // Clamp to the chunk: a sentence never reaches into the next chunk's text.
                var start = Math.Clamp(s.Offset, 0, chunk.Length);
                var length = Math.Clamp(s.Length, 0, chunk.Length - start);
                if (length > 0)
                {
                    sentences.Add(new SentenceSentiment(chunk.Offset + start, length, ParseLabel(s.Sentiment), Scores(s.Scores)));
                }
            }
        }

        var scores = new SentimentScores(Math.Round(positive / weight, 4), Math.Round(neutral / weight, 4), Math.Round(negative / weight, 4));
        return new DocumentSentiment(CombineLabels(labels, scores), scores, sentences);
    }

    /// <summary>
    /// The article's label from its chunks' labels, in the service's own terms: one label throughout is that
    /// label; positive and negative parts (or a mixed one) make it mixed; neutral beside one polarity goes to
    /// whichever has the larger length-weighted score.
    /// </summary>
    internal static SentimentLabel CombineLabels(IReadOnlySet<SentimentLabel> labels, SentimentScores scores)
    {
        if (labels.Count == 1)
        {
            return labels.First();
        }

        if (labels.Contains(SentimentLabel.Mixed) || (labels.Contains(SentimentLabel.Positive) && labels.Contains(SentimentLabel.Negative)))
        {
            return SentimentLabel.Mixed;
        }

        return labels.Contains(SentimentLabel.Positive)
            ? scores.Positive > scores.Neutral ? SentimentLabel.Positive : SentimentLabel.Neutral
            : scores.Negative > scores.Neutral ? SentimentLabel.Negative : SentimentLabel.Neutral;
    }

    private static SentimentLabel ParseLabel(string label) => label.ToLowerInvariant() switch
    {
        "positive" => SentimentLabel.Positive,
        "negative" => SentimentLabel.Negative,
        "mixed" => SentimentLabel.Mixed,
        _ => SentimentLabel.Neutral,
    };

    private static SentimentScores Scores(LanguageSentimentScores s) => new(s.Positive, s.Neutral, s.Negative);

    private static List<string> MergeKeyPhrases(KindResults<KeyPhrasesDocument> results, List<AnalysisWarning> warnings)
    {
        AddServiceProblems(results, d => d.Id, d => d.Warnings, warnings);
        // Chunk order, each chunk's phrases in the service's order of importance; a phrase seen again in any
        // casing is a duplicate.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. results.Documents
            .OrderBy(d => int.TryParse(d.Id, out var i) ? i : int.MaxValue)
            .SelectMany(d => d.KeyPhrases)
            .Where(p => !string.IsNullOrWhiteSpace(p) && seen.Add(p.Trim()))
            .Select(p => p.Trim())];
    }

    /// <summary>The service's document warnings and refused documents of one kind, as analysis warnings.</summary>
    private static void AddServiceProblems<T>(KindResults<T> results, Func<T, string> id, Func<T, IReadOnlyList<LanguageWarning>> documentWarnings, List<AnalysisWarning> warnings)
    {
        foreach (var group in results.Documents.SelectMany(d => documentWarnings(d)).GroupBy(w => w.Code))
        {
            warnings.Add(new AnalysisWarning(group.Key, $"{results.Kind}: {group.First().Message} ({group.Count()} of {results.Sent} parts)."));
        }

        foreach (var group in results.Errors.GroupBy(e => e.SpecificCode))
        {
            var code = group.Key == "UnsupportedLanguageCode" ? "UnsupportedLanguage" : group.Key;
            warnings.Add(new AnalysisWarning(code, $"{results.Kind} skipped {group.Count()} of {results.Sent} parts: {group.First().Message}"));
        }
    }

    private sealed record KindResults<T>(LanguageTaskKind Kind, IReadOnlyList<T> Documents, IReadOnlyList<LanguageDocumentError> Errors, string ModelVersion)
    {
        /// <summary>Documents sent (answered or refused).</summary>
        public int Sent => Documents.Count + Errors.Count;

        public KindSummary Summary() => new(KindName, Documents.Count, Errors, ModelVersion);

        private string KindName => Kind switch
        {
            LanguageTaskKind.EntityRecognition => "ner",
            LanguageTaskKind.SentimentAnalysis => "sentiment",
            LanguageTaskKind.KeyPhraseExtraction => "keyPhrases",
            _ => "language",
        };
    }

    private sealed record KindSummary(string Name, int Succeeded, IReadOnlyList<LanguageDocumentError> Errors, string ModelVersion);
}
