namespace ArticleEnrichment.Text.Ner;

/// <summary>An abbreviation defined in a text: the short-form token in brackets and its long form, tokens [LongStart, LongEnd).</summary>
internal readonly record struct AbbreviationDefinition(int ShortForm, int LongStart, int LongEnd);

/// <summary>
/// Finds abbreviations a text defines the way news and reports do: a short form in capitals, in brackets, right
/// after its long form ("liquefied natural gas (LNG)", "North Atlantic Treaty Organization (NATO)",
/// "Organization of the Petroleum Exporting Countries (OPEC)"). A stricter form of Schwartz and Hearst's match
/// (2003): read backwards from the bracket, every word of the long form gives the short form's next letter by
/// its initial (a hyphenated word by the initials of all its parts or of its first), except small connecting
/// words ("of", "the"), which may give a letter or be skipped; the long form starts at a word that is not a
/// connector. Requiring every other word to count keeps "in Moscow the International Energy Agency (IEA)" from
/// claiming words that come before the name. (Key phrases tie an abbreviation to a candidate phrase by a narrower
/// rule of their own, <c>KeyPhraseExtractor.TieAcronymsToLongForms</c>: candidates hold no connectors.)
/// </summary>
internal static class AbbreviationDefinitions
{
    /// <summary>Shortest and longest short form, in letters: "EU" to "UNESCO"-length codes; longer capitals are words shouted.</summary>
    private const int MinLetters = 2, MaxLetters = 8;

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "&", "in", "on", "to", "at", "a", "an", "de", "du", "des", "la", "le", "del", "der",
    };

    /// <summary>Adds the definitions in the sentence of <paramref name="count"/> tokens from <paramref name="first"/> to <paramref name="found"/>.</summary>
    public static void Find(string text, int[] starts, int[] lengths, int first, int count, List<AbbreviationDefinition> found)
    {
        ReadOnlySpan<char> Token(int i) => text.AsSpan(starts[i], lengths[i]);
        var end = first + count;
        Span<bool> failed = stackalloc bool[MaxLetters * 2 * MaxLetters];
        for (var i = first + 2; i + 1 < end; i++)
        {
            var shortForm = Token(i);
            if (IsShortForm(shortForm) && Token(i - 1) is "(" && Token(i + 1) is ")")
            {
                // A long form has at most two words per letter (connectors included).
                var lowest = Math.Max(first, i - 1 - (2 * shortForm.Length));
                failed.Clear();
                var longStart = Match(text, starts, lengths, shortForm, shortForm.Length - 1, i - 2, lowest, failed);
                if (longStart >= 0)
                {
                    found.Add(new AbbreviationDefinition(i, longStart, i - 1));
                }
            }
        }
    }

    /// <summary>Whether every token in [<paramref name="start"/>, <paramref name="end"/>) is capitalized or a connector ("of", "the").</summary>
    public static bool IsWrittenAsName(string text, int[] starts, int[] lengths, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var token = text.AsSpan(starts[i], lengths[i]);
            if (token.Length == 0 || !(char.IsUpper(token[0]) || Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> holds a capital letter (a long form without one names a thing: "liquefied natural gas").</summary>
    public static bool HasCapital(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShortForm(ReadOnlySpan<char> token)
    {
        if (token.Length is < MinLetters or > MaxLetters)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first token of a long form that gives letters [0, <paramref name="letter"/>] of <paramref name="shortForm"/>
    /// and ends at token <paramref name="word"/>, or -1. Skipping a connector is tried before letting it give a
    /// letter, so "Organization of the ..." starts at "Organization", not at "of". <paramref name="failed"/> marks the
    /// (letter, word) pairs already tried in vain, so a run of connectors ("of the of the ...") costs a few hundred
    /// steps at most instead of two ways per connector.
    /// </summary>
    private static int Match(string text, int[] starts, int[] lengths, ReadOnlySpan<char> shortForm, int letter, int word, int lowest, Span<bool> failed)
    {
        var state = (letter * 2 * MaxLetters) + (word - lowest);
        if (word < lowest || failed[state])
        {
            return -1;
        }

        var found = MatchFrom(text, starts, lengths, shortForm, letter, word, lowest, failed);
        failed[state] = found < 0;
        return found;
    }

    private static int MatchFrom(string text, int[] starts, int[] lengths, ReadOnlySpan<char> shortForm, int letter, int word, int lowest, Span<bool> failed)
    {
        var token = text.AsSpan(starts[word], lengths[word]);
        var isConnector = Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
        if (isConnector)
        {
            var skipped = Match(text, starts, lengths, shortForm, letter, word - 1, lowest, failed);
            if (skipped >= 0)
            {
                return skipped;
            }
        }

        // The initials of the word's hyphen-separated parts: "exchange-traded" gives "et".
        Span<char> initials = stackalloc char[MaxLetters];
        var parts = 0;
        foreach (var range in token.Split('-'))
        {
            var part = token[range];
            if (part.Length > 0 && parts < MaxLetters)
            {
                initials[parts++] = char.ToUpperInvariant(part[0]);
            }
        }

        if (parts == 0 || !char.IsLetterOrDigit(initials[0]))
        {
            return -1;
        }

        // All the parts' initials, then the first one alone.
        for (var attempt = 0; attempt < (parts > 1 ? 2 : 1); attempt++)
        {
            var take = attempt == 0 ? parts : 1;
            var from = letter - take + 1;
            if (from < 0 || !shortForm.Slice(from, take).SequenceEqual(initials[..take]))
            {
                continue;
            }

            if (from == 0)
            {
                if (!isConnector)
                {
                    return word;
                }

                continue;
            }

            var start = Match(text, starts, lengths, shortForm, from - 1, word - 1, lowest, failed);
            if (start >= 0)
            {
                return start;
            }
        }

        return -1;
    }
}
