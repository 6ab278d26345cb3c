namespace ArticleEnrichment.Cli;

/// <summary>The content types <c>enrich upload</c> sets, by extension (the reader sniffs content anyway).</summary>
public static class ContentTypes
{
    public static string ForName(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".txt" => "text/plain; charset=utf-8",
        ".md" or ".markdown" => "text/markdown; charset=utf-8",
        ".html" or ".htm" => "text/html",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };
}
