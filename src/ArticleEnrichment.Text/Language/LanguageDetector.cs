using System.Collections.Frozen;
using ArticleEnrichment.Analysis;
using LinguaDetector = Lingua.LanguageDetector;
using LinguaLanguage = Lingua.Language;

namespace ArticleEnrichment.Text.Language;

/// <summary>How much of Lingua's models a detector loads.</summary>
public enum LanguageDetectionMode
{
    /// <summary>
    /// The default: <see cref="LowAccuracy"/> for text of at least
    /// <see cref="LanguageDetector.LongTextCharacters"/> characters (an article), where Lingua documents no
    /// loss of accuracy, and <see cref="HighAccuracy"/> for shorter text. Each set of models loads on its first
    /// use, so a process that only sees articles never pays for the large models.
    /// </summary>
    Adaptive,

    /// <summary>
    /// Every n-gram model (uni- to five-grams) of each supported language: the accuracy Lingua publishes for
    /// short text (a sentence).
    /// </summary>
    HighAccuracy,

    /// <summary>
    /// Trigram models only: less memory and a faster start; Lingua documents that text shorter than about
    /// 120 characters then loses accuracy, longer text keeps it.
    /// </summary>
    LowAccuracy,
}

/// <summary>
/// Language identification with Lingua over a bounded set of languages (<see cref="SupportedLanguages"/>).
/// </summary>
/// <remarks>
/// Lingua built from all its 75 languages loads every model on the first call (tens of seconds and gigabytes
/// of memory). The detector here knows only the languages the product documents, and it loads their models
/// once per process, on first use, into one shared instance per mode; every <see cref="LanguageDetector"/>
/// reuses it, so only the first detection in a process pays for the load (measured in docs/language.md).
/// </remarks>
public sealed class LanguageDetector(LanguageDetectionMode mode = LanguageDetectionMode.Adaptive)
{
    /// <summary>
    /// The languages told apart: English, the languages next to it that short text confuses it with (French,
    /// German, Dutch and the Romance cluster: Spanish, Portuguese, Italian, Catalan), and the largest news
    /// languages in other scripts (Russian, Arabic, Chinese, Japanese, Korean). Each Latin-script language
    /// costs about 40 MB and 0.4 s to load in high-accuracy mode (measured: 29 languages took 1.5 GB and 12 s),
    /// and every language added is one more neighbour to confuse; so the set is kept to what the product
    /// documents. A language outside it is reported as its closest member (Galician, which Lingua does not
    /// know, mostly as Spanish or Portuguese): see docs/language.md.
    /// </summary>
    public static IReadOnlyList<LinguaLanguage> SupportedLanguages { get; } =
    [
        LinguaLanguage.English, LinguaLanguage.French, LinguaLanguage.German, LinguaLanguage.Dutch,
        LinguaLanguage.Spanish, LinguaLanguage.Portuguese, LinguaLanguage.Italian, LinguaLanguage.Catalan,
        LinguaLanguage.Russian, LinguaLanguage.Arabic,
        LinguaLanguage.Chinese, LinguaLanguage.Japanese, LinguaLanguage.Korean,
    ];

    /// <summary>
    /// Text at least this long goes to the trigram-only models in <see cref="LanguageDetectionMode.Adaptive"/>:
    /// 120 characters is where Lingua's documentation says low-accuracy mode stops losing accuracy.
    /// </summary>
    public const int LongTextCharacters = 120;

    /// <summary>
    /// Longest stretch of a text that is looked at: its first 2,000 characters, cut at a space. Lingua's cost grows
    /// with the length, its answer does not improve past a few hundred characters of one language, and an
    /// article's opening is its own language; detecting on whole 5 KB articles took more time than the entity
    /// tagger (bench/analysis).
    /// </summary>
    public const int SampleCharacters = 2000;

    // Below two letters Lingua has nothing to go on and any answer is a guess; the caller gets null instead.
    private const int MinimumLetters = 2;

    private static readonly Lazy<LinguaDetector> HighAccuracyDetector = new(() => Build(LanguageDetectionMode.HighAccuracy));
    private static readonly Lazy<LinguaDetector> LowAccuracyDetector = new(() => Build(LanguageDetectionMode.LowAccuracy));

    /// <summary>The mode this detector uses.</summary>
    public LanguageDetectionMode Mode => mode;

    /// <summary>
    /// The most likely language of <paramref name="text"/> with Lingua's confidence (between 0 and 1, the
    /// share of the probability mass that language gets among <see cref="SupportedLanguages"/>), or null when
    /// the text has fewer than two letters or Lingua cannot decide. Never throws for any string.
    /// </summary>
    public DetectedLanguage? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || CountLetters(text) < MinimumLetters)
        {
            return null;
        }

        text = Sample(text);
        if (IsClearlyEnglish(text))
        {
            return English;
        }

        var useLowAccuracy = mode == LanguageDetectionMode.LowAccuracy
            || (mode == LanguageDetectionMode.Adaptive && text.Length >= LongTextCharacters);
        var detector = (useLowAccuracy ? LowAccuracyDetector : HighAccuracyDetector).Value;
        var best = LinguaLanguage.Unknown;
        var bestConfidence = 0.0;
        foreach (var (language, confidence) in detector.ComputeLanguageConfidenceValues(text))
        {
            // Entries come sorted by confidence, highest first.
            best = language;
            bestConfidence = confidence;
            break;
        }

        if (best == LinguaLanguage.Unknown || bestConfidence <= 0)
        {
            return null;
        }

        return new DetectedLanguage(IsoCode(best), EnglishName(best), Math.Round(bestConfidence, 4));
    }

    /// <summary>Loads the shared models of <paramref name="mode"/> now, so a later first call is fast.</summary>
    public static void Preload(LanguageDetectionMode mode = LanguageDetectionMode.Adaptive)
        => _ = (mode == LanguageDetectionMode.LowAccuracy ? LowAccuracyDetector : HighAccuracyDetector).Value;

    /// <summary>
    /// Starts loading the trigram models that articles use (<see cref="LanguageDetectionMode.LowAccuracy"/>) on the
    /// thread pool, once per process, and returns at once; a detection that needs them before they are ready waits
    /// for the same load.
    /// </summary>
    public static Task WarmUpArticleModelsInBackground() => ArticleModelsWarmUp.Value;

    // One detection loads the models and also compiles Lingua's code (about 50 ms more), which the first real
    // detection would otherwise wait for.
    private static readonly Lazy<Task> ArticleModelsWarmUp = new(() => Task.Run(() =>
        LowAccuracyDetector.Value.ComputeLanguageConfidenceValues("Das ist ein kurzer Satz, den niemand liest, nur damit alles bereit ist.")));

    /// <summary>ISO 639-1 code of a Lingua language, lower case ("en").</summary>
    internal static string IsoCode(LinguaLanguage language)
        => Lingua.LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();

    /// <summary>English name of a Lingua language as Azure AI Language spells it.</summary>
    internal static string EnglishName(LinguaLanguage language) => language switch
    {
        LinguaLanguage.Bokmal => "Norwegian",
        LinguaLanguage.Nynorsk => "Norwegian Nynorsk",
        LinguaLanguage.Chinese => "Chinese",
        _ => language.ToString(),
    };

    private static LinguaDetector Build(LanguageDetectionMode mode)
    {
        var builder = Lingua.LanguageDetectorBuilder.FromLanguages([.. SupportedLanguages]).WithPreloadedLanguageModels();
        if (mode == LanguageDetectionMode.LowAccuracy)
        {
            builder = builder.WithLowAccuracyMode();
        }

        return builder.Build();
    }

    /// <summary>
    /// English function words that are not common words of the other supported languages (no "to", "of", "is",
    /// "was", "in", "die", "had": Polish, Dutch or German use those).
    /// </summary>
    private static readonly FrozenSet<string> EnglishFunctionWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "the", "and", "that", "with", "for", "his", "her", "from", "which", "were", "this", "they", "their",
        "been", "would", "who", "said", "not", "but", "are", "have", "has", "it", "its", "he", "she");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishFunctionWordLookup =
        EnglishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The English fast path answers with full confidence: it only fires where Lingua's own answer is English
    /// with a confidence of about 1 (see <see cref="IsClearlyEnglish"/>).
    /// </summary>
    private static readonly DetectedLanguage English = new("en", "English", 1.0);

    /// <summary>
    /// Share of <see cref="EnglishFunctionWords"/> among the words from which a text of at least
    /// <see cref="MinimumWordsForEnglishRule"/> words is English without asking Lingua. English prose has
    /// 17-22% (the samples; 11% in the leanest 300-word window of bench_text.txt), text in the other languages of
    /// ../shared/data/langid at most 5% in any 60-word window, so 10% separates them with room on both sides.
    /// Lingua took more time than the entity tagger on English articles (bench/analysis); most articles are English.
    /// </summary>
    internal const double EnglishFunctionWordShare = 0.10;

    /// <summary>Below 40 words a few function words swing the share; such texts go to Lingua.</summary>
    internal const int MinimumWordsForEnglishRule = 40;

    /// <summary>True when <paramref name="text"/> is unmistakably English by its function words.</summary>
    internal static bool IsClearlyEnglish(ReadOnlySpan<char> text)
    {
        int words = 0, functionWords = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            words++;
            functionWords += EnglishFunctionWordLookup.Contains(text[start..i]) ? 1 : 0;
        }

        return words >= MinimumWordsForEnglishRule && functionWords >= EnglishFunctionWordShare * words;
    }

    /// <summary>The first <see cref="SampleCharacters"/> of <paramref name="text"/>, ending at a space where there is one.</summary>
    internal static string Sample(string text)
    {
        if (text.Length <= SampleCharacters)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', SampleCharacters);
        return text[..(end > SampleCharacters / 2 ? end : SampleCharacters)];
    }

    private static int CountLetters(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c) && ++letters >= MinimumLetters)
            {
                break;
            }
        }

        return letters;
    }
}
