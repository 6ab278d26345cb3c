using ArticleEnrichment.Articles;

namespace ArticleEnrichment.Reading;

/// <summary>Limits and choices of the <see cref="ArticleReader"/>.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>
    /// Largest input accepted, in bytes. Default 1 MiB: a long news article is 10-100 KB, so anything
    /// larger is almost surely not an article, and the cap bounds the memory one article can take.
    /// </summary>
    public long MaxInputBytes { get; init; } = 1024 * 1024;
}

/// <summary>
/// Turns an input's bytes into an <see cref="Article"/>: format detection, decoding, main-content
/// extraction, boilerplate removal, title. Throws <see cref="ArticleRejectedException"/> for what cannot be read.
/// </summary>
public sealed class ArticleReader(ArticleReaderOptions options)
{
    public ArticleReaderOptions Options { get; } = options;

    /// <summary>Reads one article. <paramref name="name"/> (its extension) and <paramref name="contentType"/> guide format detection.</summary>
    public Article Read(string name, string? contentType, ReadOnlySpan<byte> content)
    {
        // Placeholder until the reader lands: UTF-8 text only.
        var text = System.Text.Encoding.UTF8.GetString(content).Trim();
        if (text.Length == 0)
        {
            throw new ArticleRejectedException(Output.FailureCode.EmptyArticle, "The article has no text.");
        }

        return new Article(null, text, "text");
    }
}
