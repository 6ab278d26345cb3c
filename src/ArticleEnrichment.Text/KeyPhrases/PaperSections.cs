namespace ArticleEnrichment.Text.KeyPhrases;

/// <summary>
/// The body of a scientific paper, found from the headings written in the text: from its "Abstract" heading
/// to its "References" heading (or the end). Above lies the front matter (title, authors, affiliations), below
/// the references; neither is the paper's own prose, and the names they hold recur nowhere else. Only a text
/// with an "Abstract" heading line near its start is read as a paper; anything else (news, a bare abstract)
/// has no sections and is all body.
/// </summary>
internal sealed class PaperSections(int bodyStart, int bodyEnd)
{
    // The abstract heading must come within the first half of the text and the first 5,000 characters: a
    // paper opens with its title, authors and abstract (the front matter of the papers seen runs to about
    // 1,000 characters of 30,000 or more), and a word "Abstract" alone on a line further down is something else.
    private const double MaxAbstractHeadingShare = 0.5;
    private const int MaxAbstractHeadingOffset = 5000;

    /// <summary>Offset where the body starts: the abstract heading.</summary>
    public int BodyStart { get; } = bodyStart;

    /// <summary>Offset where the body ends: the references heading, or the end of the text.</summary>
    public int BodyEnd { get; } = bodyEnd;

    /// <summary>The paper's body, or null when <paramref name="text"/> has no "Abstract" heading near its start.</summary>
    public static PaperSections? Find(string text)
    {
        var abstractStart = -1;
        var limit = Math.Min(MaxAbstractHeadingOffset, text.Length * MaxAbstractHeadingShare);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var heading = HeadingName(text.AsSpan(lineStart, lineEnd - lineStart));
            if (abstractStart < 0)
            {
                if (lineStart > limit)
                {
                    return null;
                }

                if (heading is "abstract")
                {
                    abstractStart = lineStart;
                }
            }
            else if (heading is "references" or "bibliography")
            {
                return new PaperSections(abstractStart, lineStart);
            }

            lineStart = lineEnd + 1;
        }

        return abstractStart < 0 ? null : new PaperSections(abstractStart, text.Length);
    }

    /// <summary>Whether <paramref name="offset"/> lies in the body (between the abstract heading and the references).</summary>
    public bool InBody(int offset) => offset >= BodyStart && offset < BodyEnd;

    // The line as a heading name, lower-cased, without a section number ("7. REFERENCES" gives "references"),
    // when the whole line is one of the headings looked for, in any case; otherwise null.
    private static string? HeadingName(ReadOnlySpan<char> line)
    {
        var value = line.Trim();
        if (value.Length is 0 or > 20)
        {
            return null;
        }

        value = value.TrimStart("0123456789. ").TrimEnd(':');
        return value.Equals("abstract", StringComparison.OrdinalIgnoreCase) ? "abstract"
            : value.Equals("references", StringComparison.OrdinalIgnoreCase) ? "references"
            : value.Equals("bibliography", StringComparison.OrdinalIgnoreCase) ? "bibliography"
            : null;
    }
}
