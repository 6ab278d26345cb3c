using System.Text;

namespace ArticleEnrichment.Text.Ner;

/// <summary>What a gazetteer phrase names; one phrase may be several (Luxembourg: country and capital).</summary>
[Flags]
public enum GazetteerKind : byte
{
    None = 0,
    Country = 1,
    Capital = 2,
    City = 4,
    Demonym = 8,
    OrganizationName = 16,
    /// <summary>An organization acronym (NATO, WHO); matched only when written in capitals.</summary>
    OrganizationAcronym = 32,
    /// <summary>A state, province or region that holds a listed city (Tamil Nadu, Texas, Norrbotten).</summary>
    Region = 64,
}

/// <summary>
/// Lists of places, nationalities and international organisations, matched case-insensitively as token
/// sequences (longest match first). Built once from <c>../shared/data/gazetteers</c> and stored inside the
/// model, so the model needs no files at run time.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Longest phrase in tokens that is kept; longer official names never appear verbatim in news.</summary>
    public const int MaxPhraseTokens = 6;

    private readonly SortedDictionary<string, GazetteerKind> phrases;
    // Every phrase by the hash of its lower-cased text, and also every shorter run of its leading words (with no
    // kind of its own unless listed), so Match stops extending a run as soon as no listed phrase continues it:
    // most tokens start no name, and one lookup settles them instead of MaxPhraseTokens. A single word's entry
    // also says what the names holding it name (WordKinds), so one lookup per token serves both matches.
    private readonly Dictionary<ulong, PhraseEntry> byHash;

    /// <summary>A gazetteer of the given lower-cased phrases (tokens separated by single spaces).</summary>
    public Gazetteer(IEnumerable<KeyValuePair<string, GazetteerKind>> entries)
    {
        phrases = new SortedDictionary<string, GazetteerKind>(StringComparer.Ordinal);
        foreach (var (phrase, kind) in entries)
        {
            phrases[phrase] = phrases.GetValueOrDefault(phrase) | kind;
        }

        byHash = new Dictionary<ulong, PhraseEntry>(phrases.Count);
        foreach (var (phrase, kind) in phrases)
        {
            var hash = StableHash.OfLower(phrase);
            var entry = byHash.GetValueOrDefault(hash);
            byHash[hash] = entry with { Kind = entry.Kind | kind };
            for (var space = phrase.IndexOf(' '); space > 0; space = phrase.IndexOf(' ', space + 1))
            {
                var prefix = StableHash.OfLower(phrase.AsSpan(0, space));
                byHash[prefix] = byHash.GetValueOrDefault(prefix) with { Continues = true };
            }
        }

        // Every word of a place or organisation name, with what the names it occurs in name: "Pradesh" is a
        // word of regions, "Datu" of cities. It tells an unseen multi-word name what it probably is even when the
        // whole phrase is not listed. Acronyms and codes are left out (they match only as whole capitals).
        const GazetteerKind NameKinds = GazetteerKind.Country | GazetteerKind.Capital | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.OrganizationName;
        foreach (var (phrase, kind) in phrases)
        {
            if ((kind & NameKinds) == 0)
            {
                continue;
            }

            foreach (var word in phrase.Split(' '))
            {
                if (word.Length > 1 && char.IsLetter(word[0]))
                {
                    var hash = StableHash.OfLower(word);
                    var entry = byHash.GetValueOrDefault(hash);
                    byHash[hash] = entry with { WordKinds = entry.WordKinds | (kind & NameKinds) };
                }
            }
        }
    }

    /// <summary>Number of phrases.</summary>
    public int Count => phrases.Count;

    /// <summary>Reads countries.tsv, international_orgs.tsv and world-cities.csv from <paramref name="directory"/>.</summary>
    public static Gazetteer FromSharedData(string directory)
    {
        var entries = new List<KeyValuePair<string, GazetteerKind>>();
        void Add(string name, GazetteerKind kind)
        {
            var phrase = Normalize(name);
            var tokenCount = phrase.Count(c => c == ' ') + 1;
            if (phrase.Length > 1 && tokenCount <= MaxPhraseTokens)
            {
                entries.Add(new(phrase, kind));
            }
        }

        var countries = File.ReadAllLines(Path.Combine(directory, "countries.tsv"));
        var header = countries[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        foreach (var line in countries.Skip(1))
        {
            var cells = line.Split('\t');
            Add(cells[Column("common_name")], GazetteerKind.Country);

            // ISO codes (US, GBR) as news writes them; kept upper-case only like the acronyms.
            Add(cells[Column("cca2")], GazetteerKind.Country | GazetteerKind.OrganizationAcronym);
            Add(cells[Column("cca3")], GazetteerKind.Country | GazetteerKind.OrganizationAcronym);
            Add(cells[Column("official_name")], GazetteerKind.Country);
            foreach (var alternative in cells[Column("alt_spellings")].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                // Two-letter codes (US, UK) are kept: news writes them; the acronym rule below keeps them upper-case only.
                Add(alternative, alternative.Length <= 3 && alternative.All(char.IsUpper) ? GazetteerKind.Country | GazetteerKind.OrganizationAcronym : GazetteerKind.Country);
            }

            foreach (var capital in cells[Column("capitals")].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(capital, GazetteerKind.Capital);
            }

            foreach (var column in new[] { "demonym_m", "demonym_f" })
            {
                foreach (var demonym in cells[Column(column)].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    Add(demonym, GazetteerKind.Demonym);
                }
            }
        }

        foreach (var line in File.ReadAllLines(Path.Combine(directory, "international_orgs.tsv")).Skip(1))
        {
            var cells = line.Split('\t');
            Add(cells[0], GazetteerKind.OrganizationAcronym);
            Add(cells[1], GazetteerKind.OrganizationName);
        }

        foreach (var line in File.ReadAllLines(Path.Combine(directory, "world-cities.csv")).Skip(1))
        {
            var (city, rest) = FirstCsvCell(line);
            Add(city, GazetteerKind.City);
            var (_, afterCountry) = FirstCsvCell(rest);
            var (region, _) = FirstCsvCell(afterCountry);
            Add(region, GazetteerKind.Region);
        }

        return new Gazetteer(entries);
    }

    /// <summary>The first cell of a CSV line (quoted cells hold no escaped quotes in this file) and the rest after its comma.</summary>
    private static (string Cell, string Remainder) FirstCsvCell(string line)
    {
        if (line.StartsWith('"'))
        {
            var end = line.IndexOf('"', 1);
            var after = end + 1 < line.Length ? line[(end + 2)..] : "";
            return (line[1..end], after);
        }

        var comma = line.IndexOf(',');
        return comma < 0 ? (line, "") : (line[..comma], line[(comma + 1)..]);
    }

    /// <summary>Lower-cases a phrase and splits punctuation off words the way the BIO corpora do.</summary>
    internal static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        foreach (var c in name.Trim())
        {
            if (c is ',' or '(' or ')')
            {
                builder.Append(' ').Append(c).Append(' ');
            }
            else
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Marks the leftmost-longest matches over a sentence's tokens: <paramref name="kinds"/> gets what each
    /// token's match names and <paramref name="parts"/> its place in the match (0 begin, 1 inside, 2 last,
    /// 3 single token; 255 none). No allocation.
    /// </summary>
    public void Match(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, Span<GazetteerKind> kinds, Span<byte> parts)
        => Match(text, starts, lengths, kinds, parts, []);

    /// <summary>
    /// <see cref="Match(string, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{GazetteerKind}, Span{byte})"/> and
    /// <see cref="MatchWords"/> in one pass, so that each token's own entry is looked up once, not twice
    /// (<paramref name="wordKinds"/> left empty: no word kinds wanted).
    /// </summary>
    public void Match(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, Span<GazetteerKind> kinds, Span<byte> parts, Span<GazetteerKind> wordKinds)
    {
        var words = !wordKinds.IsEmpty;
        kinds[..starts.Length].Clear();
        parts[..starts.Length].Fill(255);
        if (words)
        {
            wordKinds[..starts.Length].Clear();
        }

        var i = 0;
        while (i < starts.Length)
        {
            var hash = StableHash.Seed;
            var bestLength = 0;
            var bestKind = GazetteerKind.None;
            for (var k = 0; k < MaxPhraseTokens && i + k < starts.Length; k++)
            {
                if (k > 0)
                {
                    hash = StableHash.Append(hash, ' ');
                }

                foreach (var c in text.AsSpan(starts[i + k], lengths[i + k]))
                {
                    hash = StableHash.Append(hash, char.ToLowerInvariant(c));
                }

                if (!byHash.TryGetValue(hash, out var entry))
                {
                    break;
                }

                if (k == 0 && words)
                {
                    wordKinds[i] = entry.WordKinds;
                }

                var kind = entry.Kind;
                if (k == 0 && (kind & GazetteerKind.OrganizationAcronym) != 0 && !IsUpper(text.AsSpan(starts[i], lengths[i])))
                {
                    // A code stored as Country|Acronym (US, UK) is no country in lower case ("us").
                    kind &= (kind & GazetteerKind.Country) != 0
                        ? ~(GazetteerKind.OrganizationAcronym | GazetteerKind.Country)
                        : ~GazetteerKind.OrganizationAcronym;
                }

                if (kind != GazetteerKind.None)
                {
                    bestLength = k + 1;
                    bestKind = kind;
                }

                if (!entry.Continues)
                {
                    break;
                }
            }

            if (bestLength == 0)
            {
                i++;
                continue;
            }

            for (var k = 0; k < bestLength; k++)
            {
                kinds[i + k] = bestKind;
                parts[i + k] = (byte)(bestLength == 1 ? 3 : k == 0 ? 0 : k == bestLength - 1 ? 2 : 1);
                if (k > 0 && words)
                {
                    // Only the first token of a match was looked up alone.
                    wordKinds[i + k] = WordKindsOf(text.AsSpan(starts[i + k], lengths[i + k]));
                }
            }

            i += bestLength;
        }
    }

    /// <summary>
    /// What the names that contain each token as one of their words name (<see cref="GazetteerKind.None"/> for
    /// words of no listed name), into <paramref name="kinds"/>. No allocation.
    /// </summary>
    public void MatchWords(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, Span<GazetteerKind> kinds)
    {
        for (var i = 0; i < starts.Length; i++)
        {
            kinds[i] = WordKindsOf(text.AsSpan(starts[i], lengths[i]));
        }
    }

    private GazetteerKind WordKindsOf(ReadOnlySpan<char> word) => byHash.GetValueOrDefault(StableHash.OfLower(word)).WordKinds;

    private static bool IsUpper(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What the whole phrase <paramref name="phrase"/> names (None when unknown).</summary>
    public GazetteerKind Lookup(string phrase) => byHash.GetValueOrDefault(StableHash.OfLower(Normalize(phrase))).Kind;

    /// <summary>Writes the phrases (ordinal order, so the same lists give the same bytes).</summary>
    public void Save(BinaryWriter writer)
    {
        writer.Write(phrases.Count);
        foreach (var (phrase, kind) in phrases)
        {
            writer.Write(phrase);
            writer.Write((byte)kind);
        }
    }

    /// <summary>Reads phrases written by <see cref="Save"/>.</summary>
    public static Gazetteer Load(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var entries = new List<KeyValuePair<string, GazetteerKind>>(count);
        for (var i = 0; i < count; i++)
        {
            entries.Add(new(reader.ReadString(), (GazetteerKind)reader.ReadByte()));
        }

        return new Gazetteer(entries);
    }

    /// <param name="Kind">What the phrase names; None for a run of leading words that is no phrase itself.</param>
    /// <param name="Continues">Some listed phrase is longer and starts with these words.</param>
    /// <param name="WordKinds">For a single word, what the names that hold it as one of their words name (see
    /// <see cref="MatchWords"/>); None for a phrase of several words.</param>
    private readonly record struct PhraseEntry(GazetteerKind Kind, bool Continues, GazetteerKind WordKinds = GazetteerKind.None);
}
