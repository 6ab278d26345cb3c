using System.Buffers;

namespace ArticleEnrichment.Text.Tokenization;

/// <summary>
/// Splits text into tokens with UTF-16 offsets, in one left-to-right pass with bounded look-ahead and no
/// regular expressions: words (with inner apostrophes, hyphens and abbreviation periods), numbers (with
/// decimal, thousands, date and time separators), URLs, e-mail addresses, mentions, hashtags, punctuation
/// and symbols. Whitespace and invisible format characters separate tokens and never belong to one.
/// </summary>
/// <remarks>
/// Choices: a possessive "’s"/"'s" is its own token ("Putin", "’s") so names stay whole for the tagger, other
/// inner apostrophes stay in the word ("don’t", "O’Brien"); em and en dashes are always their own tokens,
/// while a hyphen between letters or digits joins them ("Asia-Pacific", "no-limits", "425-555-0100");
/// "..." (two or more periods) and "…" are one token. Known limits are listed in docs/text-basics.md.
/// </remarks>
public static class Tokenizer
{
    // One token per five characters is about what English prose gives (a word and its space, plus punctuation);
    // starting there makes growing the buffer rare.
    private const int CharactersPerTokenEstimate = 5;

    /// <summary>Tokenizes <paramref name="text"/>; tokens are in order, never overlap and never empty.</summary>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Work in a pooled buffer and copy once into an array of the exact size: the only allocation that stays.
        var buffer = ArrayPool<Token>.Shared.Rent(text.Length / CharactersPerTokenEstimate + 8);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }

            var token = Next(text, i);
            if (count == buffer.Length)
            {
                var larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, count).CopyTo(larger);
                ArrayPool<Token>.Shared.Return(buffer);
                buffer = larger;
            }

            buffer[count++] = token;
            i = token.End;
        }

        var tokens = buffer.AsSpan(0, count).ToArray();
        ArrayPool<Token>.Shared.Return(buffer);
        return tokens;
    }

    /// <summary>Whitespace, and invisible characters that only shape the text (zero-width space and joiners, BOM, soft hyphen).</summary>
    internal static bool IsSeparator(char c)
        => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static Token Next(string text, int start)
    {
        var c = text[start];
        int end;
        if (char.IsDigit(c))
        {
            if (TryEmail(text, start, out end))
            {
                return new Token(start, end - start, TokenKind.Email);
            }

            return ScanNumber(text, start);
        }

        if (char.IsLetter(c) || (char.IsHighSurrogate(c) && char.IsLetter(text, start)))
        {
            if (c is 'h' or 'H' or 'w' or 'W' && TryUrlWithScheme(text, start, out end))
            {
                return new Token(start, end - start, TokenKind.Url);
            }

            return ScanWord(text, start, start);
        }

        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        switch (c)
        {
            case '.':
                end = start;
                while (end < text.Length && text[end] == '.')
                {
                    end++;
                }

                return new Token(start, end - start, TokenKind.Punctuation);
            case '-' when next == '-':
                end = start;
                while (end < text.Length && text[end] == '-')
                {
                    end++;
                }

                return new Token(start, end - start, TokenKind.Punctuation);
            case '\'' or '’' when (next is 's' or 'S') && start > 0 && char.IsLetterOrDigit(text[start - 1])
                                  && (start + 2 >= text.Length || !char.IsLetterOrDigit(text[start + 2])):
                // The possessive clitic after a word ("Putin’s"): one word token "’s".
                return new Token(start, 2, TokenKind.Word);
            case '@' when IsNameChar(next):
                return new Token(start, ScanName(text, start + 1) - start, TokenKind.Mention);
            case '#' when char.IsLetter(next):
                return new Token(start, ScanName(text, start + 1) - start, TokenKind.Hashtag);
        }

        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
        {
            // A character outside the BMP (most emoji): keep the pair together.
            return new Token(start, 2, TokenKind.Symbol);
        }

        return new Token(start, 1, IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
    }

    private static bool IsPunctuation(char c)
        => char.IsPunctuation(c) && c is not ('%' or '‰' or '#' or '@' or '&' or '*' or '§' or '†' or '‡');

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static int ScanName(string text, int i)
    {
        while (i < text.Length && (IsNameChar(text[i]) || (char.IsLetter(text[i]) && !char.IsSurrogate(text[i]))))
        {
            i++;
        }

        return i;
    }

    /// <summary>A letter, digit or combining mark at <paramref name="i"/>; returns its length (2 for a surrogate pair), or 0.</summary>
    private static int WordCharLength(string text, int i)
    {
        var c = text[i];
        if (char.IsAsciiLetterOrDigit(c))
        {
            return 1;
        }

        if (c < 128)
        {
            return 0;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.IsLetterOrDigit(text, i) ? 2 : 0;
        }

        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark
            ? 1 : 0;
    }

    private static bool IsLetterAt(string text, int i) => i < text.Length && char.IsLetter(text[i]);

    private static bool IsLetterOrDigitAt(string text, int i) => i < text.Length && char.IsLetterOrDigit(text[i]);

    private static bool IsDigitAt(string text, int i) => i < text.Length && char.IsDigit(text[i]);

    /// <summary>
    /// A word from <paramref name="start"/>; <paramref name="i"/> is where scanning resumes (after a number that
    /// turned into a hyphenated word such as "5-year-old").
    /// </summary>
    private static Token ScanWord(string text, int start, int i)
    {
        var acronym = false;
        while (true)
        {
            var segment = i;
            int length;
            while (i < text.Length && (length = WordCharLength(text, i)) > 0)
            {
                i += length;
            }

            if (i >= text.Length)
            {
                break;
            }

            var c = text[i];
            if (c is '\'' or '’' or 'ʼ' && IsLetterAt(text, i + 1))
            {
                if (text[i + 1] is 's' or 'S' && !IsLetterOrDigitAt(text, i + 2))
                {
                    break; // possessive: the clitic becomes its own token
                }

                i++;
                continue;
            }

            if (c is '-' or '‐' && IsLetterOrDigitAt(text, i + 1))
            {
                i++;
                continue;
            }

            if (c is '@' or '_' or '+' or '%' or '.' or '-' && TryEmail(text, start, out var emailEnd))
            {
                return new Token(start, emailEnd - start, TokenKind.Email);
            }

            if (c != '.')
            {
                break;
            }

            var singleLetter = i - segment == 1 && char.IsLetter(text[segment]);
            if (singleLetter && IsLetterAt(text, i + 1) && i + 2 < text.Length && text[i + 2] == '.')
            {
                acronym = true; // U.S., e.g., a.m.: letter, period, letter, period
                i++;
                continue;
            }

            if (acronym && singleLetter)
            {
                i++; // the acronym's final period
                break;
            }

            if (IsLetterOrDigitAt(text, i + 1) && TryBareDomain(text, start, out var urlEnd))
            {
                return new Token(start, urlEnd - start, TokenKind.Url);
            }

            if (i + 1 < text.Length && text[i + 1] == '.')
            {
                break; // an ellipsis follows: "etc..." keeps its dots together
            }

            var word = text.AsSpan(start, i - start);
            if (Abbreviations.IsNumberSign(word) ? FollowedBySpaceAndDigit(text, i + 1) : Abbreviations.IsKnown(word))
            {
                i++;
            }
            else if (i - start == 1 && char.IsUpper(text[start]))
            {
                i++; // an initial: "George W. Bush"
            }

            break;
        }

        return new Token(start, i - start, TokenKind.Word);
    }

    private static bool FollowedBySpaceAndDigit(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        return j > i && IsDigitAt(text, j);
    }

    private static Token ScanNumber(string text, int start)
    {
        var i = start;
        while (true)
        {
            while (IsDigitAt(text, i))
            {
                i++;
            }

            if (i + 1 >= text.Length)
            {
                break;
            }

            var c = text[i];
            if (c is '.' or ',' or ':' or '/' or '-' && char.IsDigit(text[i + 1]))
            {
                i++; // 13.8, 1,000, 10:30, 12/30, 2022-23, 425-555-0100, 192.168.0.1
                continue;
            }

            if (c is '-' or '‐' && char.IsLetter(text[i + 1]))
            {
                return ScanWord(text, start, i + 1); // 5-year-old, 19th-century
            }

            break;
        }

        // Ordinal and decade suffixes stay with the number (11th, 2nd, 1990s); other letters are a new token
        // (2.8C, 5km), so units are seen as units.
        var letters = i;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }

        if (letters > i && !IsLetterOrDigitAt(text, letters))
        {
            var suffix = text.AsSpan(i, letters - i);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("s", StringComparison.Ordinal))
            {
                i = letters;
            }
        }

        return new Token(start, i - start, TokenKind.Number);
    }

    private static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    /// <summary>local@domain.tld from <paramref name="start"/>.</summary>
    private static bool TryEmail(string text, int start, out int end)
    {
        end = start;
        var at = start;
        while (at < text.Length && IsEmailLocalChar(text[at]))
        {
            at++;
        }

        if (at == start || at >= text.Length || text[at] != '@' || text[at - 1] == '.')
        {
            return false;
        }

        return TryDomain(text, at + 1, requireKnownTld: false, out end);
    }

    /// <summary>Labels separated by single periods, at least two, the last all letters (at least two of them).</summary>
    private static bool TryDomain(string text, int start, bool requireKnownTld, out int end)
    {
        end = start;
        var i = start;
        var labels = 0;
        var lastLabel = start;
        while (true)
        {
            var label = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == label)
            {
                return false;
            }

            labels++;
            lastLabel = label;
            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        var tld = text.AsSpan(lastLabel, i - lastLabel);
        if (labels < 2 || tld.Length < 2 || !IsAllAsciiLetters(tld) || IsLetterOrDigitAt(text, i))
        {
            return false;
        }

        if (requireKnownTld && !TopLevelDomains.Contains(tld))
        {
            return false;
        }

        end = i;
        return true;
    }

    private static bool IsAllAsciiLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A domain without a scheme ("example.com", "news.bbc.co.uk/world"), only with a known lower-case TLD.</summary>
    private static bool TryBareDomain(string text, int start, out int end)
    {
        if (!TryDomain(text, start, requireKnownTld: true, out end))
        {
            return false;
        }

        if (end < text.Length && text[end] == '/')
        {
            end = ScanUrlRest(text, end);
        }

        return true;
    }

    private static bool TryUrlWithScheme(string text, int start, out int end)
    {
        end = start;
        var rest = text.AsSpan(start);
        int prefix;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 7;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 4;
        }
        else
        {
            return false;
        }

        if (!IsLetterOrDigitAt(text, start + prefix))
        {
            return false;
        }

        end = ScanUrlRest(text, start + prefix);
        return true;
    }

    /// <summary>To the next space or quote, then without trailing punctuation that belongs to the sentence.</summary>
    private static int ScanUrlRest(string text, int i)
    {
        var open = 0;
        var start = i;
        while (i < text.Length && !Tokenizer.IsSeparator(text[i]) && text[i] is not ('"' or '<' or '>' or '“' or '”' or '‘' or '’' or '«' or '»'))
        {
            open += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            i++;
        }

        while (i > start && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}' or ')')
        {
            if (text[i - 1] == ')')
            {
                if (open >= 0)
                {
                    break; // the URL's own parenthesis (Wikipedia links), balanced by an opening one inside it
                }

                open++;
            }

            i--;
        }

        return i;
    }

    // Top-level domains accepted without a scheme: generic ones and those common in news text. A longer list
    // would turn run-together sentences ("in Ukraine.it") into addresses; with a scheme any TLD is accepted.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains = new HashSet<string>(StringComparer.Ordinal)
    {
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "co", "news", "tv", "eu",
        "uk", "us", "ca", "au", "de", "fr", "ru", "cn", "jp", "in", "it", "es", "nl", "ch", "se", "gr", "ua", "ie",
    }.GetAlternateLookup<ReadOnlySpan<char>>();
}
