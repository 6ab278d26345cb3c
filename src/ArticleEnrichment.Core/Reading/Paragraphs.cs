using System.Globalization;
using System.Text;

namespace ArticleEnrichment.Reading;

/// <summary>
/// The shape of <c>article.text</c>: paragraphs separated by exactly <see cref="Separator"/>, each on one line with
/// single spaces, NFC-normalised, no zero-width or control characters. Entity offsets refer to this string.
/// </summary>
internal static class Paragraphs
{
    /// <summary>What separates two paragraphs in the article text.</summary>
    public const string Separator = "\n\n";

    /// <summary>One line of text: whitespace runs become one space, invisible characters go, ends are trimmed.</summary>
    public static string Normalize(ReadOnlySpan<char> raw)
    {
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            // Zero-width characters and soft hyphens are invisible on the page and would split or hide words
            // from the analyzer; other control characters carry nothing.
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var line = builder.ToString();
        return line.IsNormalized(NormalizationForm.FormC) ? line : line.Normalize(NormalizationForm.FormC);
    }

    /// <summary>A title: normalised, or null when nothing is left.</summary>
    public static string? Title(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var title = Normalize(raw);
        return title.Length == 0 ? null : title;
    }
}

/// <summary>Collects the paragraphs of one article, dropping the empty ones.</summary>
internal sealed class ParagraphList
{
    private readonly List<string> paragraphs = [];
    private readonly StringBuilder current = new();

    /// <summary>The finished paragraphs, in order.</summary>
    public IReadOnlyList<string> Items
    {
        get
        {
            Break();
            return paragraphs;
        }
    }

    /// <summary>Text inside the current paragraph.</summary>
    public void Append(ReadOnlySpan<char> text) => current.Append(text);

    /// <summary>Ends the current paragraph (if it has any text).</summary>
    public void Break()
    {
        if (current.Length == 0)
        {
            return;
        }

        Add(current.ToString());
        current.Clear();
    }

    /// <summary>A whole paragraph.</summary>
    public void Add(ReadOnlySpan<char> paragraph)
    {
        var line = Paragraphs.Normalize(paragraph);
        if (line.Length > 0)
        {
            paragraphs.Add(line);
        }
    }

    /// <summary>The current paragraph's text so far, normalised (used to test a paragraph before ending it).</summary>
    public string PeekCurrent() => Paragraphs.Normalize(current.ToString());

    /// <summary>Drops the current paragraph's text.</summary>
    public void DiscardCurrent() => current.Clear();
}
