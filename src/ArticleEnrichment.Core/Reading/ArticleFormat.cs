namespace ArticleEnrichment.Reading;

/// <summary>The input formats the reader knows.</summary>
internal enum ArticleFormat
{
    Text,
    Markdown,
    Html,
    Json,
}

/// <summary>How a format is chosen: extension first, then content type, then the content itself.</summary>
internal static class ArticleFormats
{
    /// <summary>The format the name or content type declares, or null when neither says.</summary>
    public static ArticleFormat? FromNameOrContentType(string name, string? contentType)
    {
        // The extension wins: uploads often carry a generic or wrong content type
        // (application/octet-stream), while the name is what the author chose.
        switch (Path.GetExtension(name).ToLowerInvariant())
        {
            case ".txt" or ".text":
                return ArticleFormat.Text;
            case ".md" or ".markdown":
                return ArticleFormat.Markdown;
            case ".html" or ".htm" or ".xhtml":
                return ArticleFormat.Html;
            case ".json":
                return ArticleFormat.Json;
        }

        var mediaType = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "text/plain" => ArticleFormat.Text,
            "text/markdown" or "text/x-markdown" => ArticleFormat.Markdown,
            "text/html" or "application/xhtml+xml" => ArticleFormat.Html,
            "application/json" or "text/json" => ArticleFormat.Json,
            _ => null,
        };
    }

    /// <summary>
    /// Guesses the format of undeclared content: a JSON object that parses, HTML that starts with markup,
    /// else plain text. Markdown is never guessed: read as text it loses only its markup characters.
    /// </summary>
    public static ArticleFormat Sniff(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("{") && JsonArticleExtractor.IsJsonObject(text))
        {
            return ArticleFormat.Json;
        }

        if (start.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<article", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<p>", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<div", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<!--", StringComparison.Ordinal))
        {
            return ArticleFormat.Html;
        }

        return ArticleFormat.Text;
    }

    /// <summary>The name an <see cref="Articles.Article"/> reports in <c>Format</c>.</summary>
    public static string Name(ArticleFormat format) => format switch
    {
        ArticleFormat.Markdown => "markdown",
        ArticleFormat.Html => "html",
        ArticleFormat.Json => "json",
        _ => "text",
    };
}
