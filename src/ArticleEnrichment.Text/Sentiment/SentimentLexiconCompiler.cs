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

            var key = columns[0].ToLowerInvariant();
            if (SentenceScorer.Exp.Contains('F') && words.ContainsKey(key))
            {
                continue;
            }

            if (SentenceScorer.Exp.Contains('G') && words.TryGetValue(key, out var earlier))
            {
                valence = (earlier + valence) / 2;
            }

            words[key] = valence;
        }

        foreach (var (word, valence) in SentenceScorer.Exp.Contains('N') ? [] : NewsLexicon.Words)
        {
            words[word] = valence;
        }

        if (SentenceScorer.Exp.Contains('T'))
        {
            words["heart"] = 0f;
            words["hearts"] = 0f;
        }

        var phrases = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (phrase, valence) in SentenceScorer.Exp.Contains('P') ? [] : NewsLexicon.Phrases)
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
