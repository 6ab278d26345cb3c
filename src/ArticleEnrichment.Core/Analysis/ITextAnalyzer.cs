namespace ArticleEnrichment.Analysis;

/// <summary>
/// The analysis port: entities, sentiment, key phrases and language for one article's text.
/// Implementations: the embedded offline analyzer (default) and the Azure AI Language analyzer.
/// </summary>
public interface ITextAnalyzer
{
    /// <summary>Name recorded in <c>analyzer.name</c> ("embedded" or "azure-language").</summary>
    string Name { get; }

    /// <summary>
    /// Analyzes <paramref name="text"/>. Every offset in the result is in UTF-16 code units into
    /// <paramref name="text"/>. Document-level problems that still leave a usable result become
    /// <see cref="TextAnalysis.Warnings"/>; a problem that leaves nothing usable throws
    /// <see cref="AnalysisFailedException"/>.
    /// </summary>
    Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken = default);
}

/// <summary>Raised when an analyzer cannot produce any result for a text (the article gets a failure record).</summary>
public sealed class AnalysisFailedException(string message, Exception? innerException = null)
    : Exception(message, innerException);
