using System.Net;
using System.Text;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Sentiment;

/// <summary>
/// VADER's evidence for one sentence: the compound score (-1..+1) and the summed positive and negative
/// valences that the confidence scores split on.
/// </summary>
/// <param name="Compound">Normalised sum of the word valences and punctuation emphasis, -1..+1.</param>
/// <param name="PositiveSum">Sum over positive words of (valence + 1), as VADER sifts them; 0 or more.</param>
/// <param name="NegativeSum">Sum over negative words of |valence - 1|; 0 or more.</param>
internal readonly record struct SentenceScore(float Compound, float PositiveSum, float NegativeSum)
{
    /// <summary>The sum before normalisation (word valences plus punctuation emphasis).</summary>
    public float Sum { get; init; }
}

/// <summary>
/// Scores one sentence with the VADER rules (negation, boosters and dampeners, "but", capitals, '!' and '?',
/// idioms, normalisation) plus the news rules: multi-word expressions, scare quotes, negative plurals.
/// It reads the sentence text itself, split at white space as VADER does, so it gives the same result
/// whichever tokenizer produced the sentence boundaries ("don't" whole or "do n't" split both negate).
/// </summary>
internal sealed class SentenceScorer(SentimentLexicon lexicon)
{
    /// <summary>
    /// A quotation of at most this many words inside a sentence is a scare quote ('a "peace" plan'): the writer
    /// distances themselves from the word, so its valence is not taken at face value. Longer quotations are
    /// reported speech and count like any other words.
    /// </summary>
    internal const int ScareQuoteMaxWords = 3;

    /// <summary>
    /// The news lexicon makes "like" nearly neutral, since news mostly uses it as a preposition ("cities like
    /// Kyiv"); after these words it is the verb and keeps VADER's valence ("I like", "would like", "don't like").
    /// </summary>
    private static readonly HashSet<string> LikeAsVerbAfter = new(StringComparer.Ordinal)
    {
        "i", "we", "you", "they", "would", "i'd", "we'd", "you'd", "they'd", "really", "also", "still", "to",
        "don't", "dont", "didn't", "didnt", "do", "did", "not", "n't", "just", "definitely", "totally",
    };

    /// <summary>VADER's valence of "like".</summary>
    private const float LikeVerbValence = 1.5f;

    public SentenceScore Score(ReadOnlySpan<char> sentence)
    {
        // Text taken from web pages or feeds can keep HTML character references ("&lt;3", "&amp;", "&#128512;");
        // read them as the characters they stand for first, so that emoticons and emoji are found.
        var text = sentence.Contains('&') ? ExpandEmoji(WebUtility.HtmlDecode(sentence.ToString())) : ExpandEmoji(sentence);

        var words = new List<Word>();
        SplitWords(text, words);
        if (words.Count == 0)
        {
            return default;
        }

        var capsDifferential = HasCapsDifferential(words);
        var phraseValence = new float?[words.Count];
        var phraseStart = new int[words.Count];
        var consumed = new bool[words.Count];
        MatchPhrases(words, phraseValence, phraseStart, consumed);

        var sentiments = new float[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words[i].Lower;
            if (consumed[i] || VaderRules.Boosters.ContainsKey(lower))
            {
                continue;
            }

            if (lower == "kind" && i + 1 < words.Count && words[i + 1].Lower == "of")
            {
                continue;
            }

            sentiments[i] = Valence(words, i, phraseValence[i], phraseValence[i] is null ? i : phraseStart[i], capsDifferential);
        }

        DampenConditions(words, sentiments);
        SilenceScareQuotes(words, sentiments);
        ShiftReducedWords(words, sentiments);
        ApplyBut(words, sentiments);

        var sum = 0f;
        var positive = 0f;
        var negative = 0f;
        foreach (var s in sentiments)
        {
            sum += s;

            // VADER adds 1 per sentiment word so that a polar word outweighs a neutral one in the proportions.
            if (s > 0)
            {
                positive += s + 1;
            }
            else if (s < 0)
            {
                negative += 1 - s;
            }
        }

        var emphasis = PunctuationEmphasis(text);
        if (sum > 0)
        {
            sum += emphasis;
        }
        else if (sum < 0)
        {
            sum -= emphasis;
        }

        if (positive > negative)
        {
            positive += emphasis;
        }
        else if (negative > positive)
        {
            negative += emphasis;
        }

        return new SentenceScore(VaderRules.Normalise(sum), positive, negative) { Sum = sum };
    }

    private float Valence(List<Word> words, int i, float? phrase, int anchor, bool capsDifferential)
    {
        var word = words[i];
        float baseValence;
        if (phrase is { } p)
        {
            baseValence = p;
        }
        else if (word.InLexicon)
        {
            baseValence = word.LexiconValence;
        }
        else
        {
            return 0f;
        }

        if (word.Lower == "like" && i > 0 && LikeAsVerbAfter.Contains(words[i - 1].Lower))
        {
            baseValence = LikeVerbValence;
        }

        var valence = baseValence;

        // "no" before a sentiment word negates it rather than counting as negative itself.
        if (word.Lower == "no" && i + 1 < words.Count && words[i + 1].InLexicon)
        {
            valence = 0f;
        }

        if (NegatedByNo(words, anchor, 1)
            || NegatedByNo(words, anchor, 2)
            || (NegatedByNo(words, anchor, 3) && words[anchor - 1].Lower is "or" or "nor"))
        {
            valence = baseValence * VaderRules.NegationScalar;
        }

        // A word in capitals among lower-case words is stressed (VADER), and so is a word with stretched letters
        // ("sooo good", "yessss"); a word that is both counts once.
        if ((capsDifferential && word.IsUpper) || word.Elongated)
        {
            valence += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
        }

        // Laughter and emoticons are never negated (IsMarker): decided once for the word, not at each step back.
        var negatable = !IsMarker(word.Lower);
        for (var back = 0; back < 3; back++)
        {
            var j = anchor - (back + 1);

            // Negation and boosters do not reach across the end of a sentence, nor across a comma, semicolon,
            // colon or dash: the clause they belong to ends there.
            if (j >= 0 && words[j].EndsScope)
            {
                break;
            }

            if (j < 0 || words[j].InLexicon)
            {
                continue;
            }

            var scalar = BoosterScalar(words[j], valence, capsDifferential);

            // Boosters further away count less (VADER: 0.95 at two words, 0.9 at three).
            scalar *= back switch { 1 => 0.95f, 2 => 0.9f, _ => 1f };
            valence += scalar;
            if (negatable)
            {
                valence = NegationCheck(valence, words, back, anchor);
            }

            if (back == 2 && phrase is null)
            {
                valence = SpecialCases(valence, words, i);
            }
        }

        return LeastCheck(valence, words, anchor);
    }

    private static float BoosterScalar(Word word, float valence, bool capsDifferential)
    {
        if (IsNegatingAdverb(word.Lower) || !VaderRules.Boosters.TryGetValue(word.Lower, out var scalar))
        {
            return 0f;
        }

        if (valence < 0)
        {
            scalar = -scalar;
        }

        if (word.IsUpper && capsDifferential)
        {
            scalar += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
        }

        return scalar;
    }

    /// <summary>
    /// "no" two or three words back negates like "not" (VADER), but only inside the same clause ("no glitz.
    /// Beautiful day" leaves "Beautiful" alone), and it does not turn a negation word or another "no" around
    /// ("No no no!" is emphatic refusal, not a double negative).
    /// </summary>
    private static bool NegatedByNo(List<Word> words, int anchor, int back)
    {
        if (anchor - back < 0 || words[anchor - back].Lower != "no")
        {
            return false;
        }

        for (var m = anchor - back; m < anchor; m++)
        {
            if (words[m].EndsScope)
            {
                return false;
            }
        }

        var lower = words[anchor].Lower;
        return lower != "no" && !IsNegation(lower) && !IsMarker(lower);
    }

    /// <summary>
    /// Laughter and emoticons mark the writer's mood rather than state something that can be negated: "I have no
    /// idea lol" is not unamused, "NOT THE LATTER LOL" still laughs.
    /// </summary>
    private static readonly HashSet<string> Laughter = new(StringComparer.Ordinal)
    {
        "lol", "lolz", "lmao", "lmfao", "rofl", "roflmao", "ha", "haha", "hahaha", "hehe", "xd", "xoxo", "xo", "omg",
    };

    /// <summary>A laughter word or a token without letters (an emoticon such as ":)" or "&lt;3").</summary>
    private static bool IsMarker(string lower) => Laughter.Contains(lower) || !lower.Any(char.IsLetter);

    /// <summary>
    /// "hardly", "barely" and "scarcely" deny what follows ("hardly a success" is no success), so they negate like
    /// "not" instead of damping as in VADER's booster list.
    /// </summary>
    private static bool IsNegatingAdverb(string lower) => lower is "hardly" or "barely" or "scarcely";

    /// <summary>
    /// Whether the word at <paramref name="k"/> negates what follows: a VADER negation or a negating adverb, except
    /// "not only", "not just" and "not merely", which add to what follows ("not only cheap but good").
    /// </summary>
    private static bool Negates(List<Word> words, int k) =>
        (IsNegation(words[k].Lower) || IsNegatingAdverb(words[k].Lower))
        && !(k + 1 < words.Count && words[k].Lower is "not" or "n't" && words[k + 1].Lower is "only" or "just" or "merely");

    private static bool IsNegation(string lower) =>
        VaderRules.Negations.Contains(lower) || lower.Contains("n't", StringComparison.Ordinal);

    private static float NegationCheck(float valence, List<Word> words, int back, int i)
    {
        string W(int k) => words[i - k].Lower;
        switch (back)
        {
            case 0:
                return Negates(words, i - 1) ? valence * VaderRules.NegationScalar : valence;
            case 1:
                // VADER: "never so good" / "never this good" intensify (x1.25) instead of negating.
                if (W(2) == "never" && W(1) is "so" or "this")
                {
                    return valence * 1.25f;
                }

                if (W(2) == "without" && W(1) == "doubt")
                {
                    return valence;
                }

                return Negates(words, i - 2) ? valence * VaderRules.NegationScalar : valence;
            default:
                if ((W(3) == "never" && W(2) is "so" or "this") || W(1) is "so" or "this")
                {
                    return valence * 1.25f;
                }

                if (W(3) == "without" && (W(2) == "doubt" || W(1) == "doubt"))
                {
                    return valence;
                }

                return Negates(words, i - 3) ? valence * VaderRules.NegationScalar : valence;
        }
    }

    private static float SpecialCases(float valence, List<Word> words, int i)
    {
        string W(int k) => words[i + k].Lower;
        string[] before =
        [
            $"{W(-1)} {W(0)}", $"{W(-2)} {W(-1)} {W(0)}", $"{W(-2)} {W(-1)}", $"{W(-3)} {W(-2)} {W(-1)}", $"{W(-3)} {W(-2)}",
        ];
        foreach (var sequence in before)
        {
            if (VaderRules.SpecialCases.TryGetValue(sequence, out var special))
            {
                valence = special;
                break;
            }
        }

        if (i + 1 < words.Count && VaderRules.SpecialCases.TryGetValue($"{W(0)} {W(1)}", out var next))
        {
            valence = next;
        }

        if (i + 2 < words.Count && VaderRules.SpecialCases.TryGetValue($"{W(0)} {W(1)} {W(2)}", out var next2))
        {
            valence = next2;
        }

        // Two-word dampeners before the word ("sort of", "kind of").
        foreach (var sequence in (ReadOnlySpan<string>)[before[3], before[4], before[2]])
        {
            if (VaderRules.Boosters.TryGetValue(sequence, out var booster))
            {
                valence += booster;
            }
        }

        return valence;
    }

    private static float LeastCheck(float valence, List<Word> words, int i)
    {
        // "least good" is negated, "at least" and "very least" are not.
        if (i > 0 && words[i - 1].Lower == "least" && (i < 2 || words[i - 2].Lower is not ("at" or "very")))
        {
            return valence * VaderRules.NegationScalar;
        }

        return valence;
    }

    /// <summary>
    /// The news addition to the lexicon look-up, for a word not in the lexicon itself: an inflected form whose base
    /// is a negative word ("bombs", "looted", "rioting") takes the base's valence, since VADER lists few
    /// inflections. Only negative bases: positive-looking inflections in news are often neutral nouns or names
    /// ("interests", "benefits", "Hoping").
    /// </summary>
    private bool TryInflection(string lower, out float valence)
    {
        if (lower.Length > 4)
        {
            // The base form is built in a buffer and looked up as a span: most words are in no form in the lexicon.
            Span<char> buffer = lower.Length <= 64 ? stackalloc char[lower.Length] : new char[lower.Length];
            foreach (var (suffix, replacement) in InflectionSuffixes)
            {
                if (!lower.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var stem = lower.AsSpan(0, lower.Length - suffix.Length);
                stem.CopyTo(buffer);
                replacement.CopyTo(buffer[stem.Length..]);
                if (lexicon.WordLookup.TryGetValue(buffer[..(stem.Length + replacement.Length)], out var baseValence)
                    && baseValence < 0
                    && !(suffix == "s" && lower[^2] is 's' or 'u' or 'i'))
                {
                    valence = baseValence;
                    return true;
                }
            }
        }

        valence = 0f;
        return false;
    }

    /// <summary>Inflections tried, in order, when a word is not in the lexicon: plurals, past tenses, -ing forms.</summary>
    private static readonly (string Suffix, string Replacement)[] InflectionSuffixes =
        [("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")];

    private void MatchPhrases(List<Word> words, float?[] phraseValence, int[] phraseStart, bool[] consumed)
    {
        // Candidate phrases are written into one buffer and looked up as spans, not as a string per try; most
        // sentences hold no word that starts a phrase, and need no buffer.
        SpaceJoinedWords? phrase = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!lexicon.PhraseFirstWords.Contains(words[i].Lower))
            {
                continue;
            }

            // Longest match first: "as well as" before "as well".
            for (var length = Math.Min(SentimentLexicon.MaxPhraseWords, words.Count - i); length >= 2; length--)
            {
                phrase = (phrase ?? new SpaceJoinedWords()).Clear();
                for (var k = 0; k < length; k++)
                {
                    phrase.Append(words[i + k].Lower);
                }

                if (lexicon.PhraseLookup.TryGetValue(phrase.Text, out var valence))
                {
                    var last = i + length - 1;
                    phraseValence[last] = valence;
                    phraseStart[last] = i;
                    for (var k = i; k < last; k++)
                    {
                        consumed[k] = true;
                    }

                    i = last;
                    break;
                }
            }
        }
    }

    private static void SilenceScareQuotes(List<Word> words, float[] sentiments)
    {
        var open = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].OpensQuote && open < 0)
            {
                open = i;
            }

            if (words[i].ClosesQuote && open >= 0)
            {
                if (i - open + 1 <= ScareQuoteMaxWords)
                {
                    Array.Clear(sentiments, open, i - open + 1);
                }

                open = -1;
            }
        }
    }

    /// <summary>
    /// Verbs and nouns that reduce or end what follows them: "reduce the risk of cancer", "prevent tragedies",
    /// "fight disease", "ban smoking", "protection against fraud" report something good about something bad.
    /// </summary>
    private static readonly HashSet<string> Reducers = new(StringComparer.Ordinal)
    {
        "reduce", "reduces", "reduced", "reducing", "reduction", "prevent", "prevents", "prevented", "preventing",
        "prevention", "fight", "fights", "fighting", "combat", "combats", "combating", "combatting", "curb", "curbs",
        "curbed", "curbing", "eliminate", "eliminates", "eliminated", "eliminating", "eradicate", "eradicated",
        "eradicating", "end", "ends", "ended", "ending", "cure", "cures", "cured", "curing", "treat", "treats",
        "treating", "treatment", "avoid", "avoids", "avoided", "avoiding", "ban", "bans", "banned", "banning",
        "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting", "tackle", "tackles",
        "tackling", "lower", "lowers", "lowered", "lowering", "cut", "cuts", "cutting", "ease", "eases", "eased",
        "easing", "relieve", "relieves", "relieved", "relieving", "alleviate", "alleviates", "alleviating",
        "protect", "protects", "protecting", "protection", "against", "detect", "detection", "overcome", "overcame",
        "survive", "survived", "surviving", "escape", "escaped", "resolve", "resolved", "resolving", "solve", "solving",
    };

    /// <summary>
    /// A negative word up to three words after a reducer, in the same sentence, is shifted like a negated word
    /// (x -0.74), and a negative reducer ("fight", "ban") loses its own valence: the phrase reports relief, not
    /// harm. Positive words after a reducer keep their sign ("cut benefits" stays as VADER scores it), which the
    /// ICWSM fit half preferred.
    /// </summary>
    private static void ShiftReducedWords(List<Word> words, float[] sentiments)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (sentiments[i] >= 0)
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
            {
                if (words[j].EndsClause)
                {
                    break;
                }

                if (Reducers.Contains(words[j].Lower))
                {
                    sentiments[i] *= VaderRules.NegationScalar;
                    sentiments[j] = Math.Max(sentiments[j], 0f);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Words in a condition ("if", "unless", "whether" up to the end of the clause) count half, the weight VADER
    /// gives the words before "but": "if the plan fails" reports no failure.
    /// </summary>
    private static void DampenConditions(List<Word> words, float[] sentiments)
    {
        // One pass: a word inside a condition is halved once, however many "if"s open it ("if ... unless ...").
        var inCondition = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (inCondition)
            {
                sentiments[i] *= VaderRules.BeforeButScale;
            }

            if (words[i].EndsScope)
            {
                inCondition = false;
            }
            else if (words[i].Lower is "if" or "unless" or "whether")
            {
                inCondition = true;
            }
        }
    }

    private static void ApplyBut(List<Word> words, float[] sentiments)
    {
        var but = words.FindIndex(w => w.Lower == "but");
        if (but < 0)
        {
            return;
        }

        for (var i = 0; i < sentiments.Length; i++)
        {
            if (i < but)
            {
                sentiments[i] *= VaderRules.BeforeButScale;
            }
            else if (i > but)
            {
                sentiments[i] *= VaderRules.AfterButScale;
            }
        }
    }

    private static float PunctuationEmphasis(string text)
    {
        var exclamations = 0;
        var questions = 0;
        foreach (var c in text)
        {
            if (c == '!')
            {
                exclamations++;
            }
            else if (c == '?')
            {
                questions++;
            }
        }

        var emphasis = Math.Min(exclamations, 4) * VaderRules.ExclamationIncrement;
        if (questions > 3)
        {
            emphasis += VaderRules.QuestionMaximum;
        }
        else if (questions > 1)
        {
            emphasis += questions * VaderRules.QuestionIncrement;
        }

        return emphasis;
    }

    private static bool HasCapsDifferential(List<Word> words)
    {
        var upper = words.Count(w => w.IsUpper);
        var others = words.Count - upper;
        return others > 0 && others < words.Count;
    }

    private const char EmojiFloor = '\u2000';

    /// <summary>Replaces each emoji with its description, as VADER does before scoring.</summary>
    private string ExpandEmoji(ReadOnlySpan<char> sentence)
    {
        var hasSymbols = false;
        foreach (var c in sentence)
        {
            // The emoji VADER describes lie at U+2000 or above (punctuation marks such as U+203C, symbols,
            // dingbats) or in the supplementary planes (surrogates); © and ® are left as they are.
            if (c >= EmojiFloor)
            {
                hasSymbols = true;
                break;
            }
        }

        if (!hasSymbols || lexicon.Emoji.Count == 0)
        {
            return sentence.ToString();
        }

        var builder = new StringBuilder(sentence.Length + 32);
        var previousSpace = true;
        foreach (var rune in sentence.EnumerateRunes())
        {
            if (rune.Value >= EmojiFloor && lexicon.Emoji.TryGetValue(rune.ToString(), out var description))
            {
                if (!previousSpace)
                {
                    builder.Append(' ');
                }

                builder.Append(description);
                previousSpace = false;
            }
            else
            {
                builder.Append(rune.ToString());
                previousSpace = rune.Value == ' ';
            }
        }

        return builder.ToString().Trim();
    }

    private void SplitWords(string text, List<Word> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(MakeWord(text.AsSpan(start, i - start)));
            }
        }
    }

    private Word MakeWord(ReadOnlySpan<char> raw)
    {
        var original = raw.ToString().Replace('\u2019', '\'').Replace('\u2018', '\'');
        var lower = original.ToLowerInvariant();

        // As VADER: strip the punctuation around a token unless that leaves two characters or fewer, which keeps
        // emoticons such as ":)" and ":-(" whole (and, as in VADER, "no," stays unmatched). The lexicon answer
        // for the word as it ends up is kept for the word (known/valence), so it is looked up once. A word that
        // starts and ends with a letter or digit has nothing to strip.
        var known = lexicon.Words.TryGetValue(lower, out var valence);
        if (!known && !(char.IsLetterOrDigit(lower[0]) && char.IsLetterOrDigit(lower[^1])))
        {
            var stripped = lower.AsSpan().Trim(StrippedPunctuation);
            if (stripped.Length > 2 && stripped.Length < lower.Length)
            {
                var offset = lower.IndexOf(stripped[0]);
                lower = stripped.ToString();
                original = original.Substring(offset, lower.Length);
                known = lexicon.Words.TryGetValue(lower, out valence);
            }
        }

        var elongated = false;

        // Stretched spellings ("sooo", "yessss", "loooove") are read as the word they stretch: runs of three or more
        // of a letter become two, then one, until a lexicon word, booster or negation matches.
        if (HasStretchedLetters(lower) && !known && !VaderRules.Boosters.ContainsKey(lower))
        {
            foreach (var keep in (ReadOnlySpan<int>)[2, 1])
            {
                var collapsed = CollapseRuns(lower, keep);
                if (lexicon.Words.ContainsKey(collapsed) || VaderRules.Boosters.ContainsKey(collapsed) || VaderRules.Negations.Contains(collapsed))
                {
                    lower = collapsed;
                    elongated = true;
                    known = lexicon.Words.TryGetValue(lower, out valence);
                    break;
                }
            }
        }

        var opens = raw.Length > 1 && raw[0] is '"' or '\u201C' or '\u00AB';
        var closing = raw.TrimEnd(".,;:!?)]");
        var closes = closing.Length > 0 && closing[^1] is '"' or '\u201D' or '\u00BB' && !(closing.Length == 1 && opens);
        // A word ending in '.', '!' or '?' (before closing quotes or brackets) ends a sentence of its own inside a
        // text scored as one unit ("Nothing happened! You suck"); short dotted abbreviations ("U.S.", "p.m.") and the
        // abbreviations the tokenizer knows ("Mr.", "Gen.") do not.
        var trimmed = raw.TrimEnd("\"')]\u201D\u2019\u00BB");
        var endsClause = trimmed.Length > 1 && trimmed[^1] is '.' or '!' or '?'
            && !(trimmed[^1] == '.' && ((trimmed.Length <= 4 && trimmed[..^1].Contains('.')) || Abbreviations.IsKnown(trimmed[..^1])));
        // Negation and boosters stop at the end of a sentence and at a comma, semicolon, colon or dash (attached or alone).
        var endsScope = endsClause || (trimmed.Length > 1 && trimmed[^1] is ',' or ';' or ':' or '\u2014')
            || trimmed is "-" or "--" or "\u2013" or "\u2014";
        var inLexicon = known || TryInflection(lower, out valence);
        return new Word(original, lower, IsUpperWord(original), opens, closes, endsClause)
        {
            EndsScope = endsScope, Elongated = elongated, InLexicon = inLexicon, LexiconValence = valence,
        };
    }

    private static bool HasStretchedLetters(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2] && char.IsLetter(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shortens every run of one letter to at most <paramref name="keep"/> letters.</summary>
    private static string CollapseRuns(string word, int keep)
    {
        var builder = new StringBuilder(word.Length);
        var run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            run = i > 0 && word[i] == word[i - 1] ? run + 1 : 1;
            if (run <= keep || !char.IsLetter(word[i]))
            {
                builder.Append(word[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Python's string.punctuation (what VADER strips) plus typographic quotes, dashes and ellipsis.</summary>
    private const string StrippedPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u201C\u201D\u00AB\u00BB\u2013\u2014\u2026";

    /// <summary>Python's str.isupper: at least one cased letter and no lower-case one.</summary>
    private static bool IsUpperWord(string word)
    {
        var cased = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            cased |= char.IsUpper(c);
        }

        return cased;
    }

    /// <summary>One white-space token; EndsClause: it ends with sentence-final punctuation, where the reducer rule stops.</summary>
    private readonly record struct Word(string Original, string Lower, bool IsUpper, bool OpensQuote, bool ClosesQuote, bool EndsClause)
    {
        /// <summary>The word ends a sentence or carries a comma, semicolon, colon or dash: negation stops after it.</summary>
        public bool EndsScope { get; init; }

        /// <summary>The word was found only after its stretched letters were shortened ("sooo" as "so").</summary>
        public bool Elongated { get; init; }

        /// <summary>The word (its lower case) or the negative word it inflects (<see cref="TryInflection"/>) is in the lexicon; looked up once per word.</summary>
        public bool InLexicon { get; init; }

        /// <summary>Its valence when <see cref="InLexicon"/>.</summary>
        public float LexiconValence { get; init; }
    }
}
