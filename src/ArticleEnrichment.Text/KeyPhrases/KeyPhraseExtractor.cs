using System.Text;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.KeyPhrases;

/// <summary>
/// Unsupervised key phrases: graph ranking of words (SingleRank, Wan and Xiao 2008, with PositionRank's bias
/// towards early words, Florescu and Caragea 2017) combined with counts over candidate phrases that stand in
/// for noun phrases: runs of content words between stop words and punctuation, and their single words.
/// </summary>
/// <remarks>
/// The default reads the text first (<see cref="KeyPhraseTuning.Default"/>). News (many names, or reported
/// speech) gets <see cref="KeyPhraseTuning.News"/>: readers and the 500N-KPCrowd annotators want names and
/// single topic words, so a word may stand alone unless one longer phrase holds most of its occurrences
/// ("network" inside "neural network"). Term-rich text (abstracts, papers, anything over 3,000 words) gets
/// <see cref="KeyPhraseTuning.TermRich"/>: noun-phrase-like runs (<see cref="EnglishWordClasses"/>), since its
/// topics are multi-word terms. Why not YAKE: it needs nothing beyond the document either, but over n-grams it
/// prefers fragments that cross phrase boundaries ("TV star Luisana") and is below the default on every set
/// (docs/keyphrases.md). Duplicates are removed by stem containment: once "Putin" is chosen, "Vladimir Putin"
/// is not, and the other way round, except that a full name may replace the one part of it chosen earlier
/// (<see cref="KeyPhraseTuning.PreferFullNames"/>).
/// </remarks>
public sealed class KeyPhraseExtractor(KeyPhraseTuning tuning)
{
    /// <summary>The extractor with the settings chosen on the tuning half (<see cref="KeyPhraseTuning.Default"/>,
    /// docs/keyphrases.md).</summary>
    public KeyPhraseExtractor()
        : this(KeyPhraseTuning.Default)
    {
    }

    /// <summary>Default number of phrases, as Azure AI Language typically returns for an article.</summary>
    public const int DefaultMaxPhrases = 10;

    /// <summary>
    /// Spellings a thread keeps (see <see cref="WordInfo"/>): the 1 MB of bench_text.txt has 22,423 distinct ones,
    /// which take 4.8 MB (a cache of their stems alone took 2.5 MB). A host runs the analysis on several pool
    /// threads, each with its own cache, so a full one is emptied rather than growing with the vocabulary.
    /// </summary>
    private const int MaxCachedWords = 30_000;

    [ThreadStatic]
    private static Dictionary<string, WordInfo>? wordCache;

    /// <summary>
    /// At most <paramref name="maxPhrases"/> key phrases of <paramref name="text"/>, most important first, each
    /// as it is written in the text (its most frequent spelling, preferring one not at a sentence start, where
    /// capitals say nothing; a line break or several spaces inside a phrase become one space). No two returned
    /// phrases share a stem sequence or contain one another.
    /// Deterministic: the same text always gives the same list.
    /// </summary>
    public IReadOnlyList<string> Extract(TokenizedText text, int maxPhrases = DefaultMaxPhrases)
    {
        if (maxPhrases <= 0)
        {
            return [];
        }

        // The words are scanned once: the same scan tells news from term-rich text and feeds the chosen setting
        // (both settings read wrapped lines alike; otherwise the chosen one scans again).
        var scanned = ScanWords(text, tuning.JoinWrappedLines).ToList();
        if (tuning.TermRichText is { } termRich && IsTermRich(text, scanned))
        {
            // Few names and little narrative, or far longer than an article: technical writing, papers,
            // reports, whose topics are multi-word terms.
            return new KeyPhraseExtractor(termRich).Extract(text, maxPhrases,
                termRich.JoinWrappedLines == tuning.JoinWrappedLines ? scanned : ScanWords(text, termRich.JoinWrappedLines).ToList());
        }

        return Extract(text, maxPhrases, scanned);
    }

    private IReadOnlyList<string> Extract(TokenizedText text, int maxPhrases, List<ScannedWord> scanned)
    {
        var words = ReadWords(text, scanned);
        if (words.Count == 0)
        {
            return [];
        }

        if (tuning.SplitAtCaseChange)
        {
            SplitAtCaseChange(words);
        }

        if (tuning.NounPhrases || tuning.ListedVerbsBreakRuns)
        {
            BreakAtStrandedModifiers(words);
        }

        var terms = ScoreTerms(words, text.Sentences.Length, withYakeFeatures: tuning.Method == KeyPhraseMethod.Yake);
        if (tuning.Method == KeyPhraseMethod.SingleRank)
        {
            RankWords(words, tuning);
        }

        var candidates = CollectCandidates(text.Text, words, tuning);
        if (tuning.AcronymsCountForLongForms)
        {
            TieAcronymsToLongForms(text.Text, words, candidates);
        }

        var containedIn = tuning.MaxShareInOnePhrase < 1 ? LargestContainingCounts(candidates) : null;
        var ranked = candidates.Values
            .Where(c => c.IsRun || (c.Stems.Length == 1 && c.Count >= tuning.MinSingleWordCount && tuning.AddSingleWords))
            // Authors and affiliations are written above the abstract, and again in the references, never in
            // the body: a phrase written nowhere else is no topic of the paper (a title's terms recur in its body).
            .Where(c => c.InBody)
            .Where(c => !tuning.SingleWordsOnlyIfCapitalised || c.Stems.Length > 1 || c.Surfaces.Any(s => s.Value.NonInitial > 0 && char.IsUpper(s.Key[0])))
            .Where(c => containedIn is null || c.Stems.Length > 1
                        || containedIn.GetValueOrDefault(c.Stems[0]) < tuning.MaxShareInOnePhrase * c.Count)
            .OrderBy(c => tuning.Method == KeyPhraseMethod.SingleRank ? c.GraphScore(tuning) / EarlyFactor(c, text.Text.Length) : c.Score(terms))
            .ThenBy(c => c.FirstPosition)
            .ToList();

        var chosen = new List<Candidate>();
        var keepNested = words.Count > tuning.MinWordsToKeepNestedTerms;
        foreach (var candidate in ranked)
        {
            if (tuning.PreferFullNames && candidate.Stems.Length > 1 && IsName(candidate.BestSurface()))
            {
                // A full name replaces a part of it chosen earlier ("Vladimir Putin" for "Putin"), when
                // it clashes with nothing else already chosen.
                var parts = chosen.Where(c => ContainsSequence(candidate.Stems, c.Stems)).ToList();
                if (parts.Count == 1 && !chosen.Any(c => c != parts[0] && ContainsSequence(c.Stems, candidate.Stems)))
                {
                    chosen[chosen.IndexOf(parts[0])] = candidate;
                    continue;
                }
            }

            // Candidates are keyed by their stems, so two of them never hold the same sequence; a long text lets
            // two multi-word terms through even when one holds the other.
            if (chosen.Any(c => !(keepNested && c.Stems.Length > 1 && candidate.Stems.Length > 1)
                    && (ContainsSequence(c.Stems, candidate.Stems) || ContainsSequence(candidate.Stems, c.Stems))))
            {
                continue;
            }

            chosen.Add(candidate);
            if (chosen.Count == maxPhrases)
            {
                break;
            }
        }

        return [.. chosen.Select(c => c.BestSurface())];
    }

    // A phrase's first occurrence, as a penalty that grows with its distance from the start: titles and
    // abstracts name a paper's terms first.
    private double EarlyFactor(Candidate candidate, int textLength)
        => tuning.FirstPositionExponent == 0 ? 1 : Math.Pow(1 + (100.0 * candidate.FirstPosition / textLength), tuning.FirstPositionExponent);

    /// <summary>
    /// A phrase reduced to what the evaluation compares: lower case, split at anything but letters and
    /// digits, each part Porter-stemmed, joined by one space ("Neural-Networks" and "neural network" agree).
    /// </summary>
    public static string NormalizedKey(string phrase)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var c in phrase)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                parts.Add(PorterStemmer.Stem(current.ToString()));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            parts.Add(PorterStemmer.Stem(current.ToString()));
        }

        return string.Join(' ', parts);
    }

    /// <summary>A word of the text: tokens joined across inner hyphens and apostrophes.</summary>
    private sealed record Word(int Start, int End, string Surface, string Lower, string Stem, int Sentence, int InitialBlock,
        bool SentenceInitial, bool CannotEnd, bool IsStopWord)
    {
        /// <summary>In a paper's front matter (title, authors, affiliations) or its references.</summary>
        public bool OutsideBody { get; init; }

        /// <summary>Words of one block may form a phrase together; set apart when a run splits at a name.</summary>
        public int Block { get; set; } = InitialBlock;

        /// <summary>The statistics of the word's stem (set by ScoreTerms), so later steps need not look the stem up again.</summary>
        public TermStats? Term { get; set; }
    }

    private sealed class TermStats
    {
        public int Count;
        public int Capitalized;
        public int AllCaps;
        public readonly List<int> Sentences = [];
        private Dictionary<string, int>? left;
        private Dictionary<string, int>? right;

        // Only YAKE's features read the neighbours; created on first use, since SingleRank has a term per word.
        public Dictionary<string, int> Left => left ??= [];

        public Dictionary<string, int> Right => right ??= [];
        public bool IsStopWord;
        public double Weight;
        public double Rank;

        /// <summary>The term's node in the word graph of RankWords (−1: none yet).</summary>
        public int Node = -1;
    }

    private sealed class Candidate(string[] stems, TermStats[] terms, int firstPosition)
    {
        public string[] Stems { get; } = stems;

        /// <summary>The statistics of each stem of <see cref="Stems"/>.</summary>
        public TermStats[] Terms { get; } = terms;
        public int FirstPosition { get; } = firstPosition;
        public int Count { get; set; }

        /// <summary>Written somewhere in the body of a paper (any text that is not read as a paper is all body).</summary>
        public bool InBody { get; set; }

        public bool IsRun { get; set; }
        public Dictionary<string, (int Count, int NonInitial, int First)> Surfaces { get; } = new(StringComparer.Ordinal);

        public double Score(Dictionary<string, TermStats> terms)
        {
            // YAKE's phrase score (lower is better): the product of the word weights over one plus their sum,
            // divided by how often the phrase occurs. A stop word inside ("Bank of America") weighs by how
            // strongly it binds its neighbours, as in YAKE's "bi" stop-word weighting.
            var product = 1.0;
            var sum = 0.0;
            for (var i = 0; i < Stems.Length; i++)
            {
                var term = terms[Stems[i]];
                if (!term.IsStopWord)
                {
                    product *= term.Weight;
                    sum += term.Weight;
                    continue;
                }

                var left = terms[Stems[i - 1]];
                var right = terms[Stems[i + 1]];
                var leftBond = left.Right.GetValueOrDefault(Stems[i]) / (double)left.Count;
                var rightBond = term.Right.GetValueOrDefault(Stems[i + 1]) / (double)right.Count;
                var bond = leftBond * rightBond;
                product *= 1 + (1 - bond);
                sum -= 1 - bond;
            }

            return product / ((sum + 1) * Count);
        }

        /// <summary>SingleRank: the sum of the words' graph scores, negated so that lower is better.</summary>
        public double GraphScore(KeyPhraseTuning tuning)
        {
            var sum = 0.0;
            foreach (var term in Terms)
            {
                sum += term.Rank;
            }

            return -Math.Pow(sum, tuning.RankExponent) * Math.Pow(Count, tuning.FrequencyExponent) / Math.Pow(Stems.Length, tuning.LengthPenalty);
        }

        /// <summary>
        /// The spelling written somewhere other than at a sentence start, then the most frequent, then the earliest;
        /// among equals the one seen first.
        /// </summary>
        public string BestSurface()
        {
            string? best = null;
            (int Count, int NonInitial, int First) top = default;
            foreach (var (surface, seen) in Surfaces)
            {
                var better = best is null
                    || ((seen.NonInitial > 0) != (top.NonInitial > 0) ? seen.NonInitial > 0
                        : seen.Count != top.Count ? seen.Count > top.Count
                        : seen.First < top.First);
                if (better)
                {
                    (best, top) = (surface, seen);
                }
            }

            return best ?? throw new InvalidOperationException("A candidate has at least one surface.");
        }
    }

    private List<Word> ReadWords(TokenizedText text, List<ScannedWord> scannedWords)
    {
        var words = new List<Word>(scannedWords.Count);
        var cache = wordCache ??= new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        var bySpan = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        var sections = tuning.PaperBodyOnly ? PaperSections.Find(text.Text) : null;
        foreach (var scanned in scannedWords)
        {
            var info = WordInfo.Of(bySpan, text.Text.AsSpan(scanned.Start, scanned.End - scanned.Start));
            var surface = info.Surface;
            var lower = info.Lower;
            var isStop = info.IsListedStop;
            var cannotEnd = false;
            if ((tuning.NounPhrases || tuning.ListedVerbsBreakRuns) && !isStop && (scanned.First || !char.IsUpper(surface[0])))
            {
                // A capital inside a sentence marks a name, whatever its suffix ("Early", "Wells").
                var role = info.Role(listsOnly: !tuning.NounPhrases);
                isStop = role == EnglishWordClasses.Role.Break;
                cannotEnd = role == EnglishWordClasses.Role.Modifier;
            }
            else if ((tuning.SuffixRules || tuning.AdverbsBreakRuns) && !isStop && !char.IsUpper(surface[0]))
            {
                // Without a tagger, suffixes stand in for parts of speech: "-ly" words are adverbs
                // (rarely "family", "supply"), and an "-ed" word ends no noun phrase though it may open
                // one ("distributed systems").
                isStop = lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && !EnglishWordClasses.IsLyNoun(lower);
                cannotEnd = tuning.SuffixRules && lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal);
            }

            // Stems apart for stop words and content words: the same spelling may be either ("Provides" as a
            // name inside a sentence, "provides" as a verb), and a stop word keeps its statistics apart ("#" + word).
            var stem = isStop ? info.StopStem : info.Stem;
            words.Add(new Word(scanned.Start, scanned.End, surface, lower, stem, scanned.SentenceId, scanned.Block, scanned.First,
                CannotEnd: cannotEnd, IsStopWord: isStop)
            {
                OutsideBody = sections is not null && !sections.InBody(scanned.Start),
            });
        }

        return words;
    }

    /// <summary>
    /// What the extractor reads from a word's spelling alone (its lower case, whether a list makes it a stop word,
    /// its word class, its Porter stem), worked out once per thread and spelling: news repeats its vocabulary from
    /// article to article, and lower-casing, the list look-ups and the stem-cache look-up of every word were a sixth
    /// of the extraction's time; one look-up by the word's span now finds them all. The cache is emptied when it holds
    /// <see cref="MaxCachedWords"/> spellings, so a long-running host does not grow it without bound.
    /// </summary>
    private sealed class WordInfo
    {
        private EnglishWordClasses.Role? listedRole;
        private EnglishWordClasses.Role? role;
        private string? stem;
        private string? stopStem;

        private WordInfo(string surface)
        {
            Surface = surface;
            Lower = surface.ToLowerInvariant();

            // A clitic the tokenizer split off ("'s" of "Larsson's", "n't") is no word of its own.
            IsListedStop = Lower.Length < 2 || EnglishStopWords.Contains(Lower)
                           || (Lower.Contains('’') && EnglishStopWords.Contains(Lower.Replace('’', '\'')))
                           || Lower[0] is '\'' or '’' || Lower == "n't" || Lower == "n’t";
        }

        /// <summary>The word as written.</summary>
        public string Surface { get; }

        /// <summary>Its lower case (invariant).</summary>
        public string Lower { get; }

        /// <summary>A stop word by the lists (or too short, or a split-off clitic), whatever the tuning.</summary>
        public bool IsListedStop { get; }

        /// <summary>The Porter stem of <see cref="Lower"/>.</summary>
        public string Stem => stem ??= PorterStemmer.Stem(Lower);

        /// <summary>The stem a stop word's statistics are kept under: "#" and the word.</summary>
        public string StopStem => stopStem ??= "#" + Lower;

        /// <summary>The word's class (<see cref="EnglishWordClasses.Of"/>).</summary>
        public EnglishWordClasses.Role Role(bool listsOnly)
            => listsOnly ? listedRole ??= EnglishWordClasses.Of(Lower, listsOnly: true) : role ??= EnglishWordClasses.Of(Lower);

        /// <summary>The cached information of <paramref name="word"/>, worked out on its first reading.</summary>
        public static WordInfo Of(Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> cache, ReadOnlySpan<char> word)
        {
            if (cache.TryGetValue(word, out var info))
            {
                return info;
            }

            if (cache.Dictionary.Count >= MaxCachedWords)
            {
                cache.Dictionary.Clear();
            }

            info = new WordInfo(word.ToString());
            cache.Dictionary.Add(info.Surface, info);
            return info;
        }
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word as the scan finds it: its span, sentence, phrase block and whether it opens a sentence.</summary>
    private readonly record struct ScannedWord(int Start, int End, int SentenceId, int Block, bool First);

    // The words of the text (tokens joined across inner hyphens and apostrophes, bare numbers left out), with
    // the blocks that bound phrases: punctuation, numbers and sentence ends start a new one.
    private static IEnumerable<ScannedWord> ScanWords(TokenizedText text, bool joinWrappedLines)
    {
        var tokens = text.Tokens;
        var block = 0;
        var sentenceId = -1;
        for (var s = 0; s < text.Sentences.Length; s++)
        {
            var sentence = text.Sentences[s];
            var end = sentence.FirstToken + sentence.TokenCount;
            var first = true;
            if (joinWrappedLines && s > 0 && IsWrappedLine(text, text.Sentences[s - 1], sentence))
            {
                // The line goes on where the previous one broke off: same sentence, same phrase block.
                first = false;
            }
            else
            {
                block++;
                sentenceId++;
            }

            for (var i = sentence.FirstToken; i < end; i++)
            {
                var token = tokens[i];
                if (token.Kind is not (TokenKind.Word or TokenKind.Number))
                {
                    // Punctuation, symbols, URLs and e-mail addresses end a phrase.
                    block++;
                    continue;
                }

                // Join "Asia" "-" "Pacific" or "don" "'" "t" when a tokenizer splits them: the connector
                // touches a word on both sides.
                var startToken = i;
                while (i + 2 < end && IsJoiner(text, tokens[i + 1]) && tokens[i + 1].Start == tokens[i].End
                       && tokens[i + 2].Start == tokens[i + 1].End && tokens[i + 2].Kind is TokenKind.Word or TokenKind.Number)
                {
                    i += 2;
                }

                var start = tokens[startToken].Start;
                if (!HasLetter(text.Text.AsSpan(start, tokens[i].End - start)))
                {
                    // A bare number ends a phrase: "3 percent" is not a topic, and YAKE drops such candidates.
                    block++;
                    first = false;
                    continue;
                }

                yield return new ScannedWord(start, tokens[i].End, sentenceId, block, first);
                first = false;
            }
        }
    }

    private bool IsTermRich(TokenizedText text, List<ScannedWord> scanned)
    {
        var profile = new TextProfile();
        foreach (var word in scanned)
        {
            profile.Add(text.Text.AsSpan(word.Start, word.End - word.Start), word.First);
        }

        return (profile.NameShare < tuning.MinNameShare && profile.NarrativeShare < tuning.MinNarrativeShare)
               || profile.Words > tuning.MaxNameRichWords;
    }

    /// <summary>What tells news from term-rich text: counts of words, names and narrative words.</summary>
    internal sealed class TextProfile
    {
        // Words that tell of people: third-person and first-person pronouns and reporting verbs. News reports
        // what people did and said; abstracts and papers speak of methods and results ("we", "this paper").
        private static readonly HashSet<string> NarrativeWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "he", "she", "his", "her", "him", "hers", "himself", "herself", "i", "me", "my", "you", "your",
            "said", "says", "told",
        };

        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NarrativeLookup =
            NarrativeWords.GetAlternateLookup<ReadOnlySpan<char>>();

        // A longer word is none of them, and needs no hashing (case-insensitive equality implies equal length).
        private static readonly int LongestNarrativeWord = NarrativeWords.Max(w => w.Length);

        private int inside;
        private int capitalised;
        private int narrative;

        /// <summary>Words seen.</summary>
        public int Words { get; private set; }

        /// <summary>
        /// The share of words inside sentences (not the first of one) written with a capital and not all in
        /// capitals: names, in news about one word in eight; in abstracts and papers one in fifty to one in
        /// twenty-five (acronyms such as "TCP" do not count).
        /// </summary>
        public double NameShare => inside == 0 ? 0 : capitalised / (double)inside;

        /// <summary>The share of words that are personal pronouns or reporting verbs ("she", "I", "said").</summary>
        public double NarrativeShare => Words == 0 ? 0 : narrative / (double)Words;

        /// <summary>Counts one word; <paramref name="sentenceInitial"/>: it opens a sentence.</summary>
        public void Add(ReadOnlySpan<char> word, bool sentenceInitial)
        {
            Words++;
            if (word.Length <= LongestNarrativeWord && NarrativeLookup.Contains(word))
            {
                narrative++;
            }

            if (sentenceInitial)
            {
                return;
            }

            inside++;
            if (char.IsUpper(word[0]) && HasLower(word))
            {
                capitalised++;
            }
        }

        private static bool HasLower(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Papers and other hard-wrapped text break lines inside sentences ("... emergence of sensor\nnetworks
    // capable of ..."), and the splitter ends a sentence at every line break. A line continues the previous
    // one when that one ends in a word (no stop, colon or other punctuation) and either ends in a function
    // word ("in a\nVirtual ...") or is followed by a lower-case word. A headline over its article ends in a
    // content word and is followed by a capital, so it stays apart.
    private static bool IsWrappedLine(TokenizedText text, Sentence previous, Sentence current)
    {
        if (previous.TokenCount == 0 || current.TokenCount == 0)
        {
            return false;
        }

        var last = text.Tokens[previous.FirstToken + previous.TokenCount - 1];
        var next = text.Tokens[current.FirstToken];
        if (last.Kind is not (TokenKind.Word or TokenKind.Number) || next.Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        var lastWord = text.Text[last.Start..last.End].ToLowerInvariant();
        return char.IsLower(text.Text[next.Start]) || EnglishStopWords.Contains(lastWord);
    }

    // A participle or adjective with no noun after it in its run ("the data obtained", "prices kept rising")
    // is no noun-phrase modifier there: it breaks the run like a verb. Right to left, so a chain of them goes.
    private static void BreakAtStrandedModifiers(List<Word> words)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            if (word.CannotEnd && !word.IsStopWord
                && (i + 1 == words.Count || words[i + 1].Block != word.Block || words[i + 1].IsStopWord))
            {
                words[i] = word with { IsStopWord = true, CannotEnd = false, Stem = "#" + word.Lower };
            }
        }
    }

    // News writes names capitalised mid-sentence: a run of capitalised words next to lower-case ones
    // ("Argentine TV actress Luisana Lopilato") is split where the case changes, so the name stands alone.
    // A sentence's first word takes the case of the word after it, since its capital says nothing.
    private static void SplitAtCaseChange(List<Word> words)
    {
        var shift = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && words[i - 1].InitialBlock == words[i].InitialBlock && !words[i].IsStopWord && !words[i - 1].IsStopWord
                && IsCapitalised(words, i - 1) != IsCapitalised(words, i))
            {
                shift++;
            }

            words[i].Block = words[i].InitialBlock + shift;
        }
    }

    private static bool IsCapitalised(List<Word> words, int i)
    {
        if (words[i].SentenceInitial)
        {
            return i + 1 < words.Count && words[i + 1].InitialBlock == words[i].InitialBlock && !words[i + 1].IsStopWord
                   && !words[i + 1].SentenceInitial && char.IsUpper(words[i + 1].Surface[0]);
        }

        return char.IsUpper(words[i].Surface[0]);
    }

    private static bool IsJoiner(TokenizedText text, Token token)
        => token.Length == 1 && text.Text[token.Start] is '-' or '\'' or '’' or '&';

    private static Dictionary<string, TermStats> ScoreTerms(List<Word> words, int sentenceCount, bool withYakeFeatures)
    {
        var terms = new Dictionary<string, TermStats>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!terms.TryGetValue(word.Stem, out var term))
            {
                term = terms[word.Stem] = new TermStats { IsStopWord = word.IsStopWord };
            }

            word.Term = term;

            term.Count++;
            if (word.Surface.Length > 1 && IsAllCaps(word.Surface))
            {
                term.AllCaps++;
            }
            else if (char.IsUpper(word.Surface[0]) && !word.SentenceInitial)
            {
                term.Capitalized++;
            }

            if (term.Sentences.Count == 0 || term.Sentences[^1] != word.Sentence)
            {
                term.Sentences.Add(word.Sentence);
            }

            // Neighbours one word away inside the same block (YAKE's default window).
            if (withYakeFeatures && i > 0 && words[i - 1].Block == word.Block)
            {
                var left = words[i - 1].Stem;
                term.Left[left] = term.Left.GetValueOrDefault(left) + 1;
                var leftTerm = terms[left];
                leftTerm.Right[word.Stem] = leftTerm.Right.GetValueOrDefault(word.Stem) + 1;
            }
        }

        if (!withYakeFeatures)
        {
            return terms;
        }

        var contentCounts = terms.Values.Where(t => !t.IsStopWord).Select(t => (double)t.Count).ToList();
        if (contentCounts.Count == 0)
        {
            return terms;
        }

        var maxCount = terms.Values.Max(t => t.Count);
        var mean = contentCounts.Average();
        var std = Math.Sqrt(contentCounts.Sum(c => (c - mean) * (c - mean)) / contentCounts.Count);
        var sentences = Math.Max(1, sentenceCount);
        foreach (var term in terms.Values)
        {
            // The five YAKE features; a lower weight means a more important word.
            var casing = Math.Max(term.Capitalized, term.AllCaps) / (1 + Math.Log(term.Count));
            var position = Math.Log(Math.Log(3 + Median(term.Sentences)));
            var frequency = term.Count / (mean + std);
            var leftVariety = term.Left.Count == 0 ? 0 : term.Left.Count / (double)term.Left.Values.Sum();
            var rightVariety = term.Right.Count == 0 ? 0 : term.Right.Count / (double)term.Right.Values.Sum();
            var relatedness = 1 + (leftVariety + rightVariety) * term.Count / maxCount;
            var spread = term.Sentences.Count / (double)sentences;
            term.Weight = position * relatedness / (casing + frequency / relatedness + spread / relatedness);
        }

        return terms;
    }

    /// <summary>No letter in lower case (or other non-capital letter): "NATO", "U.S.", "G7".</summary>
    private static bool IsAllCaps(string surface)
    {
        foreach (var c in surface)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static double Median(List<int> sortedValues)
    {
        var n = sortedValues.Count;
        return n % 2 == 1 ? sortedValues[n / 2] : (sortedValues[(n / 2) - 1] + sortedValues[n / 2]) / 2.0;
    }

    // SingleRank (Wan and Xiao, 2008): PageRank over content words linked when they occur within a window of
    // each other in a sentence, optionally biased towards words that appear early (PositionRank).
    private static void RankWords(List<Word> words, KeyPhraseTuning tuning)
    {
        // One node per content stem, numbered in order of first occurrence; the words carry their stem's statistics
        // (ScoreTerms), so no stem is looked up again.
        var content = words.Where(w => !w.IsStopWord).ToList();
        var nodes = new List<TermStats>();
        var ids = new int[content.Count];
        for (var i = 0; i < content.Count; i++)
        {
            var term = content[i].Term!;
            if (term.Node < 0)
            {
                term.Node = nodes.Count;
                nodes.Add(term);
            }

            ids[i] = term.Node;
        }

        var n = nodes.Count;
        if (n == 0)
        {
            return;
        }

        // Every co-occurrence in both directions, bucketed by word (a counting sort), then bucketed again by the
        // other word: the relation is symmetric, so re-bucketing each word's neighbours in ascending word order
        // leaves every bucket sorted without a sort. Each run of equal neighbours is one edge weighted by its
        // length. The edges come out as flat arrays, each node's neighbours in ascending order.
        var bias = new double[n];
        var degree = new int[n + 1];
        for (var i = 0; i < content.Count; i++)
        {
            bias[ids[i]] += 1.0 / (1 + (tuning.PositionBias ? i : 0));
        }

        var pairs = new List<(int A, int B)>();
        for (var i = 0; i < content.Count; i++)
        {
            for (var j = i + 1; j < content.Count && j - i < tuning.Window && content[j].Sentence == content[i].Sentence; j++)
            {
                if (ids[i] != ids[j])
                {
                    pairs.Add((ids[i], ids[j]));
                    degree[ids[i] + 1]++;
                    degree[ids[j] + 1]++;
                }
            }
        }

        for (var a = 0; a < n; a++)
        {
            degree[a + 1] += degree[a];
        }

        var raw = new int[degree[n]];
        var fill = degree[..n];
        foreach (var (a, b) in pairs)
        {
            raw[fill[a]++] = b;
            raw[fill[b]++] = a;
        }

        var sorted = new int[raw.Length];
        degree.AsSpan(0, n).CopyTo(fill);
        for (var a = 0; a < n; a++)
        {
            foreach (var b in raw.AsSpan(degree[a], degree[a + 1] - degree[a]))
            {
                sorted[fill[b]++] = a;
            }
        }

        var biasSum = bias.Sum();
        for (var i = 0; i < n; i++)
        {
            bias[i] /= biasSum;
        }

        var offsets = new int[n + 1];
        var neighbours = new int[raw.Length];
        var weights = new double[raw.Length];
        var totals = new double[n];
        var edges = 0;
        for (var a = 0; a < n; a++)
        {
            var mine = sorted.AsSpan(degree[a], degree[a + 1] - degree[a]);
            for (var k = 0; k < mine.Length;)
            {
                var run = k + 1;
                while (run < mine.Length && mine[run] == mine[k])
                {
                    run++;
                }

                totals[a] += run - k;
                neighbours[edges] = mine[k];
                weights[edges++] = run - k;
                k = run;
            }

            offsets[a + 1] = edges;
        }

        // The graph is symmetric, so a node's neighbours are also the nodes that pass it rank; each passes the
        // edge's share of its own total. Gathering per node (rather than scattering from each node) adds the
        // same products in the same ascending order, and keeps the running sum in a register.
        var incomingShares = new double[edges];
        for (var k = 0; k < edges; k++)
        {
            incomingShares[k] = weights[k] / totals[neighbours[k]];
        }

        var rank = new double[n];
        rank.AsSpan().Fill(1.0 / n);
        var next = new double[n];
        // 0.85 is PageRank's damping; iteration stops once no score moves by more than 1e-6 of the total
        // (scores sum to 1), or after 50 rounds, well past convergence on these graphs.
        const double Damping = 0.85;
        const double Tolerance = 1e-6;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            GatherRanks(rank, offsets, neighbours, incomingShares, next);
            var change = 0.0;
            for (var a = 0; a < n; a++)
            {
                var value = ((1 - Damping) * bias[a]) + (Damping * next[a]);
                change = Math.Max(change, Math.Abs(value - rank[a]));
                rank[a] = value;
            }

            if (change < Tolerance)
            {
                break;
            }
        }

        for (var i = 0; i < n; i++)
        {
            nodes[i].Rank = rank[i];
        }
    }

    /// <summary>
    /// For every node a, the sum over its edges k (in order) of rank[neighbours[k]] × shares[k], into
    /// <paramref name="sums"/>. Each sum is a chain of dependent additions, and a node has only a dozen edges or
    /// so; summing two nodes side by side lets the processor work on both chains at once. Each node's additions
    /// stay the same, in the same order, so the sums are bit-identical to summing one node after the other.
    /// </summary>
    private static void GatherRanks(double[] rank, int[] offsets, int[] neighbours, double[] shares, double[] sums)
    {
        var n = sums.Length;
        var a = 0;
        for (; a + 1 < n; a += 2)
        {
            var (k, end) = (offsets[a], offsets[a + 1]);
            var (m, otherEnd) = (offsets[a + 1], offsets[a + 2]);
            double sum = 0, other = 0;
            for (; k < end && m < otherEnd; k++, m++)
            {
                sum += rank[neighbours[k]] * shares[k];
                other += rank[neighbours[m]] * shares[m];
            }

            for (; k < end; k++)
            {
                sum += rank[neighbours[k]] * shares[k];
            }

            for (; m < otherEnd; m++)
            {
                other += rank[neighbours[m]] * shares[m];
            }

            sums[a] = sum;
            sums[a + 1] = other;
        }

        for (; a < n; a++)
        {
            var sum = 0.0;
            for (var k = offsets[a]; k < offsets[a + 1]; k++)
            {
                sum += rank[neighbours[k]] * shares[k];
            }

            sums[a] = sum;
        }
    }

    private static Dictionary<string, Candidate> CollectCandidates(string text, List<Word> words, KeyPhraseTuning tuning)
    {
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var phrase = new SpaceJoinedWords(); // for keys and surfaces, see AddOccurrence
        var knownRunEnd = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsStopWord)
            {
                continue;
            }

            // A maximal run: content words between stop words or phrase boundaries. Every word of a run has the
            // same end, found once per run (a text without punctuation would otherwise be read again per word).
            var runEnd = i <= knownRunEnd ? knownRunEnd : i;
            while (runEnd + 1 < words.Count && words[runEnd + 1].Block == words[i].Block && !words[runEnd + 1].IsStopWord)
            {
                runEnd++;
            }

            knownRunEnd = runEnd;

            var opensRun = i == 0 || words[i - 1].Block != words[i].Block || words[i - 1].IsStopWord;
            var runLength = runEnd - i + 1;
            var maximalOnly = tuning.MaximalRuns && runLength <= tuning.MaxWords;
            if (maximalOnly && !opensRun)
            {
                continue;
            }

            if (maximalOnly && tuning.AddSingleWords)
            {
                // Each word of a run also stands alone, to be scored against the run: in a long text a word
                // that recurs outweighs the rarer run around it, in a short one the run wins.
                for (var k = i; k <= runEnd; k++)
                {
                    if ((k > i || runLength > 1) && (!tuning.OnlyCapitalisedSingleWords || char.IsUpper(words[k].Surface[0])))
                    {
                        AddOccurrence(candidates, text, words, k, 1, isRun: false, phrase);
                    }
                }
            }

            if (maximalOnly && tuning.CountNestedOccurrences)
            {
                // Each shorter phrase inside the run ("sensor network" in "wireless sensor network") counts
                // one more occurrence; it is a candidate only if written as a whole run somewhere else. Single
                // words are left out: an acronym inside many runs would outweigh every phrase.
                for (var start = i; start <= runEnd; start++)
                {
                    for (var n = 2; start + n - 1 <= runEnd && n < runLength; n++)
                    {
                        AddOccurrence(candidates, text, words, start, n, isRun: false, phrase);
                    }
                }
            }

            for (var n = maximalOnly ? runLength : 1; n <= tuning.MaxWords && i + n <= words.Count; n++)
            {
                var last = words[i + n - 1];
                if (last.Block != words[i].Block || (tuning.MaximalRuns && last.IsStopWord))
                {
                    break;
                }

                if (last.IsStopWord || last.CannotEnd)
                {
                    continue;
                }

                AddOccurrence(candidates, text, words, i, n, isRun: true, phrase);
            }
        }

        return candidates;
    }

    private static void AddOccurrence(Dictionary<string, Candidate> candidates, string text, List<Word> words, int i, int n, bool isRun, SpaceJoinedWords phrase)
    {
        if (words[i + n - 1].CannotEnd)
        {
            return;
        }

        // The key (stems joined by one space) and a multi-word surface are built in one buffer and looked up as
        // spans: most occurrences repeat a known candidate and spelling, and need no new string.
        Candidate? candidate;
        if (n == 1)
        {
            var stem = words[i].Stem;
            if (!candidates.TryGetValue(stem, out candidate))
            {
                candidate = candidates[stem] = new Candidate([stem], [words[i].Term!], words[i].Start);
            }
        }
        else
        {
            phrase.Clear();
            for (var k = 0; k < n; k++)
            {
                phrase.Append(words[i + k].Stem);
            }

            var key = phrase.Text;
            if (!candidates.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out candidate))
            {
                var stems = new string[n];
                var terms = new TermStats[n];
                for (var k = 0; k < n; k++)
                {
                    stems[k] = words[i + k].Stem;
                    terms[k] = words[i + k].Term!;
                }

                candidate = candidates[key.ToString()] = new Candidate(stems, terms, words[i].Start);
            }
        }

        candidate.Count++;
        candidate.InBody |= !words[i].OutsideBody;
        candidate.IsRun |= isRun;
        var surfaces = candidate.Surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
        var surface = n == 1 ? words[i].Surface.AsSpan() : SurfaceOf(text, words, i, n, phrase);
        var seen = surfaces.TryGetValue(surface, out var known) ? known : (Count: 0, NonInitial: 0, First: words[i].Start);
        surfaces[surface] = (seen.Count + 1, seen.NonInitial + (words[i].SentenceInitial ? 0 : 1), seen.First);
    }

    // Technical writing defines an abbreviation once ("support vector machine (SVM)") and then writes the
    // abbreviation: each later "SVM" is an occurrence of the term, which would otherwise count once. The
    // abbreviation's occurrences count for its long form too; it stays a candidate of its own (readers list
    // both; dropping it changed nothing on papers and cost abstracts 0.001). A long form is the run of content
    // words just before the parenthesis whose initials (of each part of a hyphenated word too) spell the
    // abbreviation, a plural "s" aside ("SVMs"). (Entities use a broader rule that lets "of" and "the" into a long
    // form, Ner/AbbreviationDefinitions: a candidate phrase never holds them.)
    private static void TieAcronymsToLongForms(string text, List<Word> words, Dictionary<string, Candidate> candidates)
    {
        var tied = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var j = 1; j < words.Count; j++)
        {
            var acronym = words[j];
            if (acronym.IsStopWord || !IsAcronym(acronym.Surface) || tied.ContainsKey(acronym.Stem)
                || !text.AsSpan(words[j - 1].End, acronym.Start - words[j - 1].End).Trim().SequenceEqual("(")
                || !text.AsSpan(acronym.End).TrimStart().StartsWith(")"))
            {
                continue;
            }

            var letters = AcronymLetters(acronym.Surface);
            var initials = new StringBuilder();
            for (var n = 1; n <= letters.Length && j - n >= 0; n++)
            {
                var word = words[j - n];
                if (word.IsStopWord || word.Block != words[j - 1].Block)
                {
                    break;
                }

                initials.Insert(0, Initials(word.Lower));
                if (initials.ToString() == letters)
                {
                    var key = string.Join(' ', words.Skip(j - n).Take(n).Select(w => w.Stem));
                    if (candidates.ContainsKey(key))
                    {
                        tied[acronym.Stem] = key;
                    }

                    break;
                }
            }
        }

        foreach (var (acronymStem, longForm) in tied)
        {
            if (candidates.TryGetValue(acronymStem, out var acronymCandidate))
            {
                var target = candidates[longForm];
                target.Count += acronymCandidate.Count;
                target.InBody |= acronymCandidate.InBody;
            }
        }
    }

    // Two to ten letters or digits, at least two of them capitals ("SVM", "P2P", "SVMs", "VoIP").
    private static bool IsAcronym(string surface)
        => surface.Length is >= 2 and <= 10 && surface.All(char.IsLetterOrDigit) && surface.Count(char.IsUpper) >= 2;

    private static string AcronymLetters(string surface)
    {
        var core = surface.Length > 2 && surface[^1] == 's' && char.IsUpper(surface[^2]) ? surface[..^1] : surface;
        return new string([.. core.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
    }

    // The first letter of each part of a word ("peer-to-peer" gives "ptp").
    private static string Initials(string lowerWord)
        => new([.. lowerWord.Split('-', '\'', '’').Where(p => p.Length > 0 && char.IsLetter(p[0])).Select(p => p[0])]);

    // The phrase as the text writes it, with a line break or a run of spaces inside it read as one space, in
    // phrase.
    private static ReadOnlySpan<char> SurfaceOf(string text, List<Word> words, int first, int count, SpaceJoinedWords phrase)
    {
        var written = text.AsSpan(words[first].Start, words[first + count - 1].End - words[first].Start);
        phrase.Clear();
        var start = 0;
        for (var k = 0; k <= written.Length; k++)
        {
            if (k == written.Length || char.IsWhiteSpace(written[k]))
            {
                if (k > start)
                {
                    phrase.Append(written[start..k]);
                }

                start = k + 1;
            }
        }

        return phrase.Text;
    }

    // For each word, the count of the most frequent longer phrase that holds it: a word mostly written inside
    // one phrase ("network" in "neural network") is represented by that phrase and does not stand alone.
    private static Dictionary<string, int> LargestContainingCounts(Dictionary<string, Candidate> candidates)
    {
        var largest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates.Values)
        {
            if (candidate.Stems.Length < 2 || !candidate.IsRun)
            {
                continue;
            }

            foreach (var stem in candidate.Stems)
            {
                if (largest.GetValueOrDefault(stem) < candidate.Count)
                {
                    largest[stem] = candidate.Count;
                }
            }
        }

        return largest;
    }

    private static bool IsName(string phrase) => phrase.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]));

    private static bool ContainsSequence(string[] outer, string[] inner)
    {
        for (var start = 0; start + inner.Length <= outer.Length; start++)
        {
            var match = true;
            for (var k = 0; k < inner.Length && match; k++)
            {
                match = outer[start + k] == inner[k];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>How candidates are scored.</summary>
public enum KeyPhraseMethod
{
    /// <summary>YAKE's statistical word features (Campos et al., 2020).</summary>
    Yake,

    /// <summary>Graph ranking of words (SingleRank, Wan and Xiao 2008), summed over the phrase.</summary>
    SingleRank,
}

/// <summary>The settings of <see cref="KeyPhraseExtractor"/>; <see cref="Default"/> is what was chosen.</summary>
/// <param name="Method">How candidates are scored.</param>
/// <param name="MaxWords">Longest candidate, in words.</param>
/// <param name="MaximalRuns">Candidates are whole runs of content words (closest to noun phrases) rather
/// than every n-gram in them; runs longer than <paramref name="MaxWords"/> give their n-grams.</param>
/// <param name="SuffixRules">Adverbs ("-ly") break candidates and "-ed" words do not end them.</param>
/// <param name="Window">SingleRank: words at most this far apart in a sentence are linked.</param>
/// <param name="PositionBias">SingleRank: the random jump favours early words (PositionRank).</param>
/// <param name="FrequencyExponent">SingleRank: the phrase score is multiplied by its count to this power.</param>
/// <param name="LengthPenalty">SingleRank: the phrase score is divided by its length to this power.</param>
/// <param name="AddSingleWords">With <paramref name="MaximalRuns"/>, each word of a run is a candidate too.</param>
/// <param name="OnlyCapitalisedSingleWords">With <paramref name="AddSingleWords"/>, only capitalised words
/// (names, acronyms) stand alone.</param>
/// <param name="PreferFullNames">A capitalised multi-word phrase replaces a part of it chosen earlier.</param>
/// <param name="SplitAtCaseChange">Runs split where capitalised words (names) meet lower-case ones.</param>
/// <param name="RankExponent">SingleRank: the sum of the words' ranks is raised to this power (0: the
/// phrase's count alone decides).</param>
/// <param name="MaxShareInOnePhrase">A single word stands alone only while no longer phrase holding it
/// accounts for this share of its occurrences or more (1: no such limit).</param>
/// <param name="AdverbsBreakRuns">"-ly" words (adverbs) break runs, as with <paramref name="SuffixRules"/>,
/// while "-ed" words may end a phrase and stand alone.</param>
/// <param name="NounPhrases">Candidates approximate noun phrases: common verbs and adverbs break runs, and
/// participles and adjectives may open or continue a phrase but not end it (<see cref="EnglishWordClasses"/>).</param>
/// <param name="TermRichText">Settings used instead for a text with few names (share of capitalised words
/// inside sentences below <paramref name="MinNameShare"/>), such as abstracts and papers; null: never.</param>
/// <param name="MinNameShare">With <paramref name="TermRichText"/>: the share of capitalised words inside
/// sentences from which a text is read as name-rich (news) and these settings apply.</param>
/// <param name="MinNarrativeShare">With <paramref name="TermRichText"/>: a text whose share of personal
/// pronouns and reporting verbs reaches this is read as news, whatever its share of names.</param>
/// <param name="MaxNameRichWords">With <paramref name="TermRichText"/>: a text of more words than this uses
/// <paramref name="TermRichText"/> whatever its share of names.</param>
/// <param name="SingleWordsOnlyIfCapitalised">A single word is a candidate only when it is written with a capital
/// inside a sentence somewhere (a name or an acronym): a lone common noun ("cost", "number") is too general a topic.</param>
/// <param name="ListedVerbsBreakRuns">A lighter <paramref name="NounPhrases"/>: only the listed common verbs and
/// adverbs of <see cref="EnglishWordClasses"/> break runs and their participles end none ("strengthen",
/// "increasing"); no suffix rules, so "-ed" words and "-ly" words stay candidates.</param>
/// <param name="FirstPositionExponent">SingleRank: the phrase score is divided by (1 + its first occurrence in
/// hundredths of the text) to this power (0: where a phrase first occurs does not count).</param>
/// <param name="CountNestedOccurrences">With <paramref name="MaximalRuns"/>: a phrase inside a longer run counts
/// an occurrence of it too ("sensor network" in "wireless sensor network"), when it is a candidate itself.</param>
/// <param name="JoinWrappedLines">A line break inside a sentence (hard-wrapped text) does not end a phrase.</param>
/// <param name="MinSingleWordCount">A word taken out of a longer run needs at least this many occurrences.</param>
/// <param name="PaperBodyOnly">In a paper (a text with an "Abstract" heading near its start,
/// <see cref="PaperSections"/>): a phrase written only above the abstract or in the references (authors,
/// affiliations) is no candidate.</param>
/// <param name="AcronymsCountForLongForms">An abbreviation defined in parentheses ("support vector machine (SVM)")
/// counts its occurrences for its long form too (both stay candidates: readers list both, "VoIP" and
/// "voice over IP").</param>
/// <param name="MinWordsToKeepNestedTerms">In a text of more words than this, two multi-word phrases may both be
/// returned when one holds the other ("data grid", "data grid application"); a single word still may not
/// appear beside a phrase holding it.</param>
public sealed record KeyPhraseTuning(
    KeyPhraseMethod Method,
    int MaxWords,
    bool MaximalRuns,
    bool SuffixRules,
    int Window = 10,
    bool PositionBias = false,
    double FrequencyExponent = 0,
    double LengthPenalty = 0,
    bool AddSingleWords = false,
    int MinSingleWordCount = 0,
    bool SplitAtCaseChange = false,
    bool OnlyCapitalisedSingleWords = false,
    bool PreferFullNames = false,
    double RankExponent = 1,
    double MaxShareInOnePhrase = 1,
    bool AdverbsBreakRuns = false,
    bool NounPhrases = false,
    bool JoinWrappedLines = false,
    bool SingleWordsOnlyIfCapitalised = false,
    bool ListedVerbsBreakRuns = false,
    double FirstPositionExponent = 0,
    bool CountNestedOccurrences = false,
    KeyPhraseTuning? TermRichText = null,
    double MinNameShare = 0,
    double MinNarrativeShare = 0,
    int MaxNameRichWords = int.MaxValue,
    bool PaperBodyOnly = false,
    bool AcronymsCountForLongForms = false,
    int MinWordsToKeepNestedTerms = int.MaxValue)
{
    /// <summary>Settings for news: names and single topic words, counted.</summary>
    /// <remarks>
    /// Runs of up to four words; a word standing alone as a run is a candidate, and a word taken out of a
    /// longer run too once it occurs 8 times or more; either only while no one phrase holds 60% or more of
    /// its occurrences. Score = (sum of word ranks)^0.25 × count / length^0.5, so the count weighs most and
    /// the graph breaks ties. No suffix rules and no split at names: news annotators pick "-ed" words and
    /// parts of names alone; a full name chosen later replaces a part of it chosen earlier ("Daniel Craig"
    /// for "Craig"). Among the settings within 0.005 of the best F1@10 on news, the best sum over the three sets.
    /// </remarks>
    public static KeyPhraseTuning News { get; } = new(
        KeyPhraseMethod.SingleRank,
        MaxWords: 4,
        MaximalRuns: true,
        SuffixRules: false,
        Window: 10,
        PositionBias: true,
        FrequencyExponent: 1,
        LengthPenalty: 0.5,
        AddSingleWords: true,
        MinSingleWordCount: 8,
        SplitAtCaseChange: false,
        PreferFullNames: true,
        RankExponent: 0.25,
        MaxShareInOnePhrase: 0.6,
        ListedVerbsBreakRuns: true,
        JoinWrappedLines: true);

    /// <summary>Settings for term-rich text (abstracts, papers): whole noun-phrase-like runs, ranked by the graph.</summary>
    /// <remarks>
    /// Candidates approximate noun phrases (<see cref="NounPhrases"/>), up to five words, whole runs only; a
    /// single word only when written with a capital inside a sentence (a name or an acronym); a phrase inside a
    /// longer run counts an occurrence too. Score = sum of word ranks × count^0.5 × length^0.25 / (1 + first
    /// occurrence in hundredths of the text)^0.5: longer terms gain (technical terms are long), and so do
    /// terms a title or abstract names first. An abbreviation defined in parentheses counts for its long form
    /// too; in a paper, phrases written only in the front matter or the references (authors, affiliations) are
    /// left out; in a text over 3,000 words (a paper: papers run from 4,000, abstracts to a few hundred), a term
    /// and a longer one holding it may both be returned ("data grid", "data grid application"): a paper has many
    /// terms built on one another, and returning only one of each family wasted its list. Every choice was
    /// made on the tuning half: the exponents and lengths as the best sum of F1@10 on Inspec and SemEval-2010
    /// in their grids, the last three rules for raising SemEval-2010 with news and Inspec no lower
    /// (docs/keyphrases.md).
    /// </remarks>
    public static KeyPhraseTuning TermRich { get; } = new(
        KeyPhraseMethod.SingleRank,
        MaxWords: 5,
        MaximalRuns: true,
        SuffixRules: false,
        Window: 10,
        PositionBias: true,
        FrequencyExponent: 0.5,
        LengthPenalty: -0.25,
        AddSingleWords: false,
        SplitAtCaseChange: false,
        NounPhrases: true,
        SingleWordsOnlyIfCapitalised: true,
        FirstPositionExponent: 0.5,
        CountNestedOccurrences: true,
        JoinWrappedLines: true,
        PaperBodyOnly: true,
        AcronymsCountForLongForms: true,
        MinWordsToKeepNestedTerms: 3000);

    // Declared after News and TermRich: static properties are initialised in the order written.
    /// <summary>The chosen settings: <see cref="News"/> for news-like text, <see cref="TermRich"/> for the rest.</summary>
    /// <remarks>
    /// Chosen on the tuning half (even-numbered documents of each set; docs/keyphrases.md). A text is read as
    /// term-rich (abstracts, papers, reports) when it has few names (under 8% of the words inside sentences
    /// are capitalised) and little narrative (under 0.3% of its words are personal pronouns or "said", "says",
    /// "told"), or when it is longer than 3,000 words (95% of news articles are under about 1,000 words;
    /// papers run from 4,000). The thresholds were chosen on the tuning half: among the settings that kept
    /// news within 0.005 of the news setting alone, the best on abstracts.
    /// </remarks>
    public static KeyPhraseTuning Default { get; } = News with
    {
        TermRichText = TermRich,
        MinNameShare = 0.08,
        MinNarrativeShare = 0.003,
        MaxNameRichWords = 3000,
    };

    /// <summary>
    /// An older default, which keeps runs whole (with "-ly"/"-ed" suffix rules instead of <see cref="NounPhrases"/>)
    /// and lets no word out of a longer run; <see cref="TermRich"/> grew from it.
    /// </summary>
    public static KeyPhraseTuning WholeRuns { get; } = new(
        KeyPhraseMethod.SingleRank,
        MaxWords: 4,
        MaximalRuns: true,
        SuffixRules: true,
        Window: 10,
        PositionBias: true,
        FrequencyExponent: 0.75,
        LengthPenalty: 0.25,
        AddSingleWords: false,
        SplitAtCaseChange: true);

    /// <summary>
    /// The published YAKE setting (n-grams up to three words, its own features), kept for comparison in the
    /// benchmark.
    /// </summary>
    public static KeyPhraseTuning Yake { get; } = new(KeyPhraseMethod.Yake, 3, MaximalRuns: false, SuffixRules: false);
}
