using System.Globalization;
using System.Text;

namespace ArticleEnrichment.Azure.Language;

/// <summary>A span of the article's text sent as one document: UTF-16 offset and length.</summary>
/// <param name="Offset">Start in the article's text, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public readonly record struct TextChunk(int Offset, int Length)
{
    /// <summary>End (exclusive) in the article's text.</summary>
    public int End => Offset + Length;
}

/// <summary>
/// Splits a text into consecutive chunks of at most N text elements, cutting after a sentence end when there
/// is one in reach, else at whitespace, else between two text elements (never inside a surrogate pair or a
/// grapheme cluster). The chunks cover the text exactly, in order, so an offset in a chunk plus the chunk's
/// offset is an offset in the text.
/// </summary>
public static class TextChunker
{
    /// <summary>Splits <paramref name="text"/> into chunks of at most <paramref name="maxTextElements"/> text elements each.</summary>
    public static IReadOnlyList<TextChunk> Split(string text, int maxTextElements = LanguageServiceLimits.MaxTextElementsPerDocument)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTextElements, 1);
        var chunks = new List<TextChunk>();
        var sentenceEnds = FindSentenceEnds(text);
        var start = 0;
        while (start < text.Length)
        {
            var reach = Reach(text, start, maxTextElements);
            var end = reach;
            if (reach < text.Length)
            {
                end = LastBoundary(sentenceEnds, start, reach) ?? LastWhitespaceEnd(text, start, reach) ?? reach;
            }

            chunks.Add(new TextChunk(start, end - start));
            start = end;
        }

        return chunks;
    }

    /// <summary>
    /// Text elements in <paramref name="text"/> as the service counts them (TextElements_v8: grapheme clusters of
    /// Unicode 8), or slightly more, never fewer. .NET segments by a newer Unicode, which keeps emoji ZWJ
    /// sequences and skin-tone modifiers in one cluster; Unicode 8 split them, so each joiner and modifier counts
    /// one more.
    /// </summary>
    public static int CountTextElements(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (!text.IsEmpty)
        {
            var length = StringInfo.GetNextTextElementLength(text);
            count += ElementWeight(text[..length]);
            text = text[length..];
        }

        return count;
    }

    private static int ElementWeight(ReadOnlySpan<char> element)
    {
        if (element.Length == 1)
        {
            return 1;
        }

        var weight = 1;
        foreach (var rune in element.EnumerateRunes())
        {
            // U+200D ZERO WIDTH JOINER; U+1F3FB..U+1F3FF emoji skin-tone modifiers.
            if (rune.Value == 0x200D || rune.Value is >= 0x1F3FB and <= 0x1F3FF)
            {
                weight++;
            }
        }

        return weight;
    }

    /// <summary>The end of the longest run from <paramref name="start"/> of at most <paramref name="max"/> text elements.</summary>
    private static int Reach(string text, int start, int max)
    {
        var position = start;
        var count = 0;
        while (position < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(position));
            var weight = ElementWeight(text.AsSpan(position, length));
            if (count + weight > max)
            {
                break;
            }

            count += weight;
            position += length;
        }

        // A single cluster heavier than the whole budget (pathological input): take it alone so the loop advances.
        return position == start ? start + StringInfo.GetNextTextElementLength(text.AsSpan(start)) : position;
    }

    /// <summary>
    /// Positions just after a sentence end and the whitespace that follows it: after . ! ? … (and the CJK 。！？)
    /// with any closing quotes or brackets, followed by whitespace; and after every line break.
    /// </summary>
    private static List<int> FindSentenceEnds(string text)
    {
        var ends = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                i = SkipWhitespace(text, i);
                ends.Add(i);
                continue;
            }

            if (c is '.' or '!' or '?' or '…' or '。' or '！' or '？')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '"' or '\'' or ')' or ']' or '”' or '’' or '»' or '.' or '!' or '?')
                {
                    j++;
                }

                var cjk = c is '。' or '！' or '？';
                if (j < text.Length && (char.IsWhiteSpace(text[j]) || cjk))
                {
                    var after = SkipWhitespace(text, j);
                    ends.Add(after);
                    i = after;
                    continue;
                }

                i = j;
                continue;
            }

            i++;
        }

        return ends;
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int? LastBoundary(List<int> boundaries, int start, int reach)
    {
        // The last boundary b with start < b <= reach.
        var index = boundaries.BinarySearch(reach);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && boundaries[index] > start ? boundaries[index] : null;
    }

    private static int? LastWhitespaceEnd(string text, int start, int reach)
    {
        // Cut after the last whitespace run that starts inside the reach, so the next chunk starts at a word.
        for (var i = reach - 1; i > start; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>Bytes <paramref name="text"/> takes in a request body: its UTF-8 plus the escapes JSON needs.</summary>
    internal static int JsonBytes(ReadOnlySpan<char> text)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        foreach (var c in text)
        {
            // Quote, backslash and control characters are escaped, at most \u00XX: five bytes more.
            if (c is '"' or '\\' or < ' ')
            {
                bytes += 5;
            }
        }

        return bytes;
    }
}
