using System.Text;

namespace ArticleEnrichment.Text.Sentiment;

/// <summary>
/// The compiled sentiment lexicon as the analyzer reads it: word valences (VADER scale, -4..+4, keys in lower
/// case), multi-word expressions (lower-case words joined by one space) and emoji descriptions.
/// </summary>
internal sealed class SentimentLexicon
{
    /// <summary>Leading tag of the section, so a section written by another component is not misread.</summary>
    private const string Tag = "AE-SENTIMENT";

    /// <summary>
    /// Version of the section layout and of the rules that read it. Bump it when either changes; a model
    /// compiled for another version is refused, not silently misread.
    /// </summary>
    public const int FormatVersion = 1;

    /// <summary>Longest multi-word expression, in words; bounds the phrase look-up per word.</summary>
    public const int MaxPhraseWords = 4;

    public SentimentLexicon(
        Dictionary<string, float> words,
        Dictionary<string, float> phrases,
        IReadOnlyDictionary<string, string> emoji)
    {
        Words = words;
        WordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        PhraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = phrases;
        Emoji = emoji;
        foreach (var phrase in phrases.Keys)
        {
            PhraseFirstWords.Add(phrase[..phrase.IndexOf(' ', StringComparison.Ordinal)]);
        }
    }

    /// <summary>Word valences (ordinal keys).</summary>
    public Dictionary<string, float> Words { get; }

    /// <summary><see cref="Words"/> by a span of characters, for forms built in a buffer (no string per try).</summary>
    public Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> WordLookup { get; }

    public Dictionary<string, float> Phrases { get; }

    /// <summary><see cref="Phrases"/> by a span of characters.</summary>
    public Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup { get; }

    public IReadOnlyDictionary<string, string> Emoji { get; }

    /// <summary>First words of the phrases: most words start none, so the phrase look-up is skipped for them.</summary>
    public HashSet<string> PhraseFirstWords { get; } = new(StringComparer.Ordinal);

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Tag);
            writer.Write(FormatVersion);
            WriteTable(writer, Words, (w, v) => w.Write(v));
            WriteTable(writer, Phrases, (w, v) => w.Write(v));
            WriteTable(writer, Emoji, (w, v) => w.Write(v));
        }

        return stream.ToArray();
    }

    public static SentimentLexicon FromBytes(byte[] section)
    {
        using var reader = new BinaryReader(new MemoryStream(section, writable: false), Encoding.UTF8);
        string tag;
        try
        {
            tag = reader.ReadString();
        }
        catch (EndOfStreamException)
        {
            tag = "";
        }

        if (tag != Tag)
        {
            throw new InvalidDataException("The model's sentiment section is not a compiled sentiment lexicon; rebuild the model.");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException(
                $"The model's sentiment lexicon has format version {version}, this build reads version {FormatVersion}; rebuild the model.");
        }

        var words = ReadTable(reader, r => r.ReadSingle());
        var phrases = ReadTable(reader, r => r.ReadSingle());
        var emoji = ReadTable(reader, r => r.ReadString());
        return new SentimentLexicon(words, phrases, emoji);
    }

    private static void WriteTable<T>(BinaryWriter writer, IReadOnlyDictionary<string, T> table, Action<BinaryWriter, T> writeValue)
    {
        writer.Write(table.Count);

        // Ordinal key order: the same lexicon always gives the same bytes.
        foreach (var key in table.Keys.Order(StringComparer.Ordinal))
        {
            writer.Write(key);
            writeValue(writer, table[key]);
        }
    }

    private static Dictionary<string, T> ReadTable<T>(BinaryReader reader, Func<BinaryReader, T> readValue)
    {
        var count = reader.ReadInt32();
        var table = new Dictionary<string, T>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            table[key] = readValue(reader);
        }

        return table;
    }
}
