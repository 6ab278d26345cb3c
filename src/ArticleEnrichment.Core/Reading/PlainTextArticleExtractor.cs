namespace ArticleEnrichment.Reading;

/// <summary>
/// Plain text: blank lines separate paragraphs; inside a block, hard-wrapped lines are joined and
/// one-paragraph-per-line text keeps its lines apart. The title is a short first line without closing punctuation.
/// </summary>
internal static class PlainTextArticleExtractor
{
    /// <summary>
    /// Longest line counted as hard-wrapped: wrapping tools and mail clients break at 72-80 columns, while a
    /// paragraph written on one line of a news scrape is a sentence or more (the samples' lines are 150-300).
    /// </summary>
    private const int WrappedLineLength = 80;

    /// <summary>Longest first line taken as a title: headlines run 40-100 characters; a longer line is prose.</summary>
    private const int MaxTitleLength = 120;

    public static (string? Title, IReadOnlyList<string> Paragraphs) Extract(string text) => TakeTitle(ReadParagraphs(text));

    /// <summary>The paragraphs of plain text, without looking for a title.</summary>
    public static IReadOnlyList<string> ReadParagraphs(string text)
    {
        var paragraphs = new ParagraphList();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var block = new List<string>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                AddBlock(block, paragraphs);
                continue;
            }

            block.Add(line);
        }

        AddBlock(block, paragraphs);
        return paragraphs.Items;
    }

    private static void AddBlock(List<string> block, ParagraphList paragraphs)
    {
        if (block.Count == 0)
        {
            return;
        }

        var hardWrapped = block.Take(block.Count - 1).All(l => l.TrimEnd().Length <= WrappedLineLength);
        if (hardWrapped)
        {
            paragraphs.Add(string.Join(' ', block));
        }
        else
        {
            foreach (var line in block)
            {
                paragraphs.Add(line);
            }
        }

        block.Clear();
    }

    /// <summary>A title is a short first paragraph that does not end like a sentence, with more text after it.</summary>
    public static (string? Title, IReadOnlyList<string> Paragraphs) TakeTitle(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count < 2)
        {
            return (null, paragraphs);
        }

        var first = paragraphs[0];
        var last = first.TrimEnd('"', '\'', '”', '’', '»', ')').LastOrDefault();
        var looksLikeTitle = first.Length <= MaxTitleLength
            && last is not ('.' or '!' or '?' or ',' or ';' or ':' or '…')
            && !Boilerplate.IsBoilerplateLine(first);
        return looksLikeTitle ? (first, paragraphs.Skip(1).ToList()) : (null, paragraphs);
    }
}
