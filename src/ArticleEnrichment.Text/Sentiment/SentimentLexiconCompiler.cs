using System.Globalization;

namespace ArticleEnrichment.Text.Sentiment;

/// <summary>
/// Compiles the sentiment section of the embedded model: the VADER lexicon and its emoji descriptions
/// (<c>sentiment/vader_lexicon.txt</c>, <c>sentiment/vader_emoji_utf8_lexicon.txt</c> under the shared data
/// folder, MIT) merged with our news additions (<see cref="NewsLexicon"/>).
/// </summary>
public static class SentimentLexiconCompiler
{
    /// <summary>Name of the model section that holds the compiled lexicon.</summary>
    public const string SectionName = "sentiment";

    /// <summary>
    /// Reads the lexicon files under <paramref name="sharedDataDirectory"/> (the folder that holds
    /// <c>sentiment/</c>) and returns the section bytes. The same inputs always give the same bytes.
    /// </summary>
    /// <exception cref="FileNotFoundException">The VADER lexicon is missing.</exception>
    /// <exception cref="InvalidDataException">A lexicon line is malformed.</exception>
    public static byte[] Compile(string sharedDataDirectory) => Build(sharedDataDirectory).ToBytes();

    internal static SentimentLexicon Build(string sharedDataDirectory)
    {
        var folder = Path.Combine(sharedDataDirectory, "sentiment");
        var words = new Dictionary<string, float>(StringComparer.Ordinal);
        var lexiconPath = Path.Combine(folder, "vader_lexicon.txt");
        if (!File.Exists(lexiconPath))
        {
            throw new FileNotFoundException($"The VADER lexicon is missing: {lexiconPath}.", lexiconPath);
        }

        var listed = new Dictionary<string, (float Sum, int Count)>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(lexiconPath))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            // token TAB mean valence TAB std dev TAB raw ratings; only the first two are used.
            var columns = line.Split('\t');
            if (columns.Length < 2 || !float.TryParse(columns[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                throw new InvalidDataException($"{lexiconPath}:{lineNumber}: expected 'token<TAB>valence<TAB>...'.");
            }

            // A few tokens are listed more than once, under one spelling or in two cases ("lol" 2.9 and 1.8, "d:"
            // -2.9 as the frowning emoticon and 1.2, ":P" and ":p"), each time with its own ten ratings; their mean
            // stands for all of them rather than whichever line comes last.
            var key = columns[0].ToLowerInvariant();
            listed.TryGetValue(key, out var seen);
            listed[key] = (seen.Sum + valence, seen.Count + 1);
        }

        foreach (var (key, (sum, count)) in listed)
        {
            words[key] = sum / count;
        }

        foreach (var (word, valence) in NewsLexicon.Words)
        {
            words[word] = valence;
        }

        var phrases = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (phrase, valence) in NewsLexicon.Phrases)
        {
            phrases[phrase] = valence;
        }

        // The emoji descriptions are optional: without them emoji simply carry no sentiment.
        var emoji = new Dictionary<string, string>(StringComparer.Ordinal);
        var emojiPath = Path.Combine(folder, "vader_emoji_utf8_lexicon.txt");
        if (File.Exists(emojiPath))
        {
            foreach (var line in File.ReadLines(emojiPath))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0)
                {
                    emoji[line[..tab]] = line[(tab + 1)..].Trim();
                }
            }
        }

        return new SentimentLexicon(words, phrases, emoji);
    }
}
