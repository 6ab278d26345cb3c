using ArticleEnrichment.Analysis;

namespace ArticleEnrichment.Text.Ner;

/// <summary>
/// Azure AI Language's Location subcategories for places the gazetteer does not list as countries, cities or
/// regions (those are GPE), read from the name's own head word as English writes it: a natural feature
/// ("Volga River", "Lake Baikal", "Gulf of Mexico") is Geographical, a man-made structure ("Crimean Bridge",
/// "Hmeimim Air Base") is Structural, and so is a name followed by a structure noun in lower case ("Heathrow
/// airport", "the Druzhba pipeline"). Anything else keeps no subcategory rather than a guess.
/// </summary>
internal static class LocationSubcategories
{
    /// <summary>Natural features, as the last word of a name ("Amazon River", "Sahara Desert").</summary>
    private static readonly HashSet<string> GeographicalLastWords = new(StringComparer.Ordinal)
    {
        "River", "Sea", "Ocean", "Lake", "Lakes", "Mountain", "Mountains", "Hills", "Valley", "Desert", "Gulf", "Bay",
        "Strait", "Straits", "Channel", "Peninsula", "Island", "Islands", "Isle", "Isles", "Plateau", "Basin", "Delta",
        "Glacier", "Canyon", "Forest", "Falls", "Reef", "Archipelago", "Steppe", "Volcano", "Lagoon", "Range",
    };

    /// <summary>Natural features, as the first word of a name ("Mount Everest", "Lake Baikal", "Gulf of Aden").</summary>
    private static readonly HashSet<string> GeographicalFirstWords = new(StringComparer.Ordinal)
    {
        "Mount", "Mt", "Mt.", "Lake", "Cape", "Gulf", "Bay", "Sea", "Strait", "Straits", "Isle", "Isles", "Island", "Islands",
    };

    /// <summary>Man-made structures, as the last word of a name ("Kerch Bridge") or, in lower case, the word after it.</summary>
    private static readonly HashSet<string> StructureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "airport", "bridge", "dam", "canal", "tunnel", "pipeline", "stadium", "arena", "palace", "castle", "cathedral",
        "mosque", "temple", "tower", "towers", "station", "terminal", "harbour", "harbor", "prison", "base", "highway",
        "motorway", "refinery",
    };

    /// <summary>
    /// Head words that make a name a structure whatever the tagger thought ("Hmeimim Air Base", "Kerch Bridge",
    /// "Sheremetyevo Airport"), kept to words that name no organisation: not "Palace" (Crystal Palace), "Tower"
    /// (Tower Records), "Station" (a broadcaster) or "Pipeline" (Colonial Pipeline, a company).
    /// </summary>
    private static readonly HashSet<string> StructureNameLastWords = new(StringComparer.Ordinal)
    {
        "Airport", "Bridge", "Dam", "Canal", "Tunnel", "Base", "Refinery",
    };

    /// <summary>A name of two or more words whose last word says it is a structure (see <see cref="StructureNameLastWords"/>).</summary>
    public static bool IsNamedStructure(ReadOnlySpan<char> lastWord, int words)
        => words > 1 && StructureNameLastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastWord);

    /// <summary>
    /// The subcategory of a Location that is not a GPE, from its first and last words, how many it has, and the token
    /// right after it (empty at the end of the text). A head word alone ("Bay", "Delta") says nothing: it may be the
    /// whole name of anything.
    /// </summary>
    public static string? Of(ReadOnlySpan<char> firstWord, ReadOnlySpan<char> lastWord, int words, ReadOnlySpan<char> nextWord)
    {
        var named = words > 1;
        if (named && (GeographicalLastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastWord)
                      || GeographicalFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstWord)))
        {
            return EntitySubcategory.Geographical;
        }

        var structureAfter = nextWord.Length > 0 && char.IsLower(nextWord[0]) && StructureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord);
        return (named && char.IsUpper(lastWord[0]) && StructureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastWord)) || structureAfter
            ? EntitySubcategory.Structural
            : null;
    }
}
