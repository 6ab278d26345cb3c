using ArticleEnrichment.Analysis;

namespace ArticleEnrichment.Output;

/// <summary>One input line of <c>enrich analyze</c>: <c>{"id": "...", "text": "..."}</c>.</summary>
public sealed record AnalysisRequestLine(string? Id, string? Text);

/// <summary>One output line of <c>enrich analyze</c>; <c>error</c> is set (and the rest empty) when the input line was bad.</summary>
public sealed record AnalysisResultLine(
    string? Id,
    IReadOnlyList<Entity> Entities,
    DocumentSentiment? Sentiment,
    IReadOnlyList<string> KeyPhrases,
    DetectedLanguage? Language,
    IReadOnlyList<AnalysisWarning> Warnings,
    string? Error);
