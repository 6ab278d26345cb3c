namespace ArticleEnrichment.Text.Tokenization;

/// <summary>
/// The words the tokenizer keeps together with a following period, and the words the sentence splitter
/// accepts as the start of a new sentence after one of them. Lookups take spans, so nothing is allocated.
/// </summary>
internal static class Abbreviations
{
    // Titles stand before a name, so a period after them never ends a sentence ("Mr. Putin", "Dr. Li").
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
        "capt", "cmdr", "adm", "maj", "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det", "st", "fr",
    };

    // Abbreviations that can also close a sentence ("... Apple Inc. The company ..."). Abbreviations that are
    // also everyday words ("Sat." / "sat.", "Sun." / "sun.", "Wed.", "est.", "al.") are left out: a sentence
    // ending in the word is far more common than the abbreviation.
    private static readonly HashSet<string> Others = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
        "jr", "sr", "inc", "ltd", "corp", "co", "bros", "plc", "dept", "univ", "assn", "govt",
        "vs", "etc", "approx", "fig", "vol", "cf", "ca", "mt", "ft", "ave", "blvd", "rd", "hwy",
        "no", "nos", "pp",
    };

    // Words that commonly open a sentence; after an abbreviation that may close a sentence ("U.S.", "Inc."),
    // only one of these (capitalized) makes the period a sentence end, since a capitalized name after it
    // ("U.S. Senate", "Feb. Reuters") is far more often the same sentence going on.
    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "His", "Her", "Its", "Their", "Our", "My", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "If",
        "When", "While", "After", "Before", "Since", "However", "Meanwhile", "Some", "Many", "Most", "Other", "No",
        "What", "Why", "How", "Who", "Where", "Then", "Now", "Still", "Also", "According",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (without its period) is an abbreviation that keeps its period.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => TitleLookup.Contains(word) || OtherLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> (with or without its period) is a title such as Mr. or Dr.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word.TrimEnd('.'));

    /// <summary>Whether "No" (number) is meant: only before a digit ("No. 1"), since "no." is also a word and a stop.</summary>
    public static bool IsNumberSign(ReadOnlySpan<char> word) => word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> commonly starts a sentence.</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);
}
