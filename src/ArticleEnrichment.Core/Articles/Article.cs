namespace ArticleEnrichment.Articles;

/// <summary>An article as read from its source: the exact text every offset refers to, and its title.</summary>
/// <param name="Title">The headline, or null when the source has none. Never part of <paramref name="Text"/>'s analysis.</param>
/// <param name="Text">The cleaned body text; entity and sentence offsets are UTF-16 code units into this string.</param>
/// <param name="Format">How it was read: "text", "markdown", "html" or "json".</param>
public sealed record Article(string? Title, string Text, string Format);
