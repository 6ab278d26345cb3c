using ArticleEnrichment.Articles;
using ArticleEnrichment.Output;

namespace ArticleEnrichment.Reading;

/// <summary>Limits and choices of the <see cref="ArticleReader"/>.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>
    /// Largest input accepted, in bytes. Default 1 MiB: a long news article is 10-100 KB, so anything
    /// larger is almost surely not an article, and the cap bounds the memory one article can take.
    /// </summary>
    public long MaxInputBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Deepest HTML element nesting read as a document tree; deeper pages are read as a flat token stream
    /// (all visible text, no main-content selection). Default 512, the limit Blink and WebKit put on their
    /// parsers' trees: real pages stay far below it (news pages measure 20-40), and building a deeper tree
    /// costs time that grows with the square of the depth.
    /// </summary>
    public int MaxHtmlDepth { get; init; } = 512;
}

/// <summary>
/// Turns an input's bytes into an <see cref="Article"/>: format detection, decoding, main-content
/// extraction, boilerplate removal, title. Throws <see cref="ArticleRejectedException"/> for what cannot be read.
/// docs/reader.md describes every rule.
/// </summary>
public sealed class ArticleReader(ArticleReaderOptions options)
{
    /// <summary>A reader with the default options.</summary>
    public ArticleReader() : this(new ArticleReaderOptions())
    {
    }

    /// <summary>The limits this reader applies.</summary>
    public ArticleReaderOptions Options { get; } = options;

    /// <summary>
    /// Reads one article. <paramref name="name"/> (its extension) and then <paramref name="contentType"/> choose
    /// the format; without either, the content is sniffed (JSON object, HTML, else plain text).
    /// </summary>
    /// <exception cref="ArticleRejectedException">
    /// The input cannot be read: <see cref="FailureCode.TooLarge"/>, <see cref="FailureCode.BinaryContent"/>,
    /// <see cref="FailureCode.EmptyArticle"/>, <see cref="FailureCode.MalformedJson"/> or
    /// <see cref="FailureCode.UnsupportedJsonShape"/>.
    /// </exception>
    public Article Read(string name, string? contentType, ReadOnlySpan<byte> content)
    {
        if (content.Length > Options.MaxInputBytes)
        {
            throw new ArticleRejectedException(
                FailureCode.TooLarge,
                $"The article is {content.Length:N0} bytes; the limit is {Options.MaxInputBytes:N0} bytes.");
        }

        var declared = ArticleFormats.FromNameOrContentType(name, contentType);
        var text = ArticleDecoder.Decode(content, contentType, sniffHtmlCharset: declared is ArticleFormat.Html or null);
        var format = declared ?? ArticleFormats.Sniff(text);

        var (title, paragraphs) = format switch
        {
            ArticleFormat.Html => new HtmlArticleExtractor(Options.MaxHtmlDepth).Extract(text),
            ArticleFormat.Markdown => MarkdownArticleExtractor.Extract(text),
            ArticleFormat.Json => JsonArticleExtractor.Extract(text, new HtmlArticleExtractor(Options.MaxHtmlDepth)),
            _ => PlainTextArticleExtractor.Extract(text),
        };

        var body = string.Join(Paragraphs.Separator, Boilerplate.Remove(paragraphs));
        if (body.Length == 0)
        {
            throw new ArticleRejectedException(
                FailureCode.EmptyArticle,
                "The article has no text: nothing but whitespace, markup or boilerplate remains after reading.");
        }

        return new Article(title, body, ArticleFormats.Name(format));
    }
}
