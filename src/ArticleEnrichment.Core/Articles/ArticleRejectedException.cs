using ArticleEnrichment.Output;

namespace ArticleEnrichment.Articles;

/// <summary>The input cannot be enriched; the article gets a failure record with <see cref="Code"/>.</summary>
public sealed class ArticleRejectedException(FailureCode code, string message) : Exception(message)
{
    public FailureCode Code { get; } = code;
}
