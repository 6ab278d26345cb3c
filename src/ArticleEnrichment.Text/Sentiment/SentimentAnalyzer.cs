using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Sentiment;

/// <summary>
/// Sentence and document sentiment on the VADER lexicon and rules with news additions, shaped like Azure AI
/// Language results. See docs/sentiment.md for how the scores are derived.
/// </summary>
/// <remarks>
/// Per sentence: VADER's compound score c (-1..+1) becomes a polar share
/// <c>p = |c| &lt; t ? 0.5·|c|/t : 0.5 + 0.5·((|c| − t)/(1 − t))^k</c> for the side c points to, where t is the
/// threshold of that side (<see cref="PositiveThreshold"/> for c &gt; 0, <see cref="NegativeThreshold"/> for c &lt; 0)
/// and k its curve exponent (1 positive, 1.5 negative), so a sentence is positive or negative exactly when c reaches
/// its side's threshold. The rest, 1 − p, is split between neutral and the opposite side by half the share of
/// opposite evidence ρ = min(P, N)/(P + N) of VADER's positive and negative sums: opposite = (1 − p)·ρ/2, neutral
/// = the rest; below the threshold the opposite side is capped so neutral stays the largest. Scores are then
/// rounded to hundredths that sum to 1.
/// The document adds up the sentences' evidence (valence sums divided by √(sentence count), positive and negative
/// sums) and maps it to scores like one sentence, and is mixed when it holds a clearly positive and a clearly
/// negative sentence (<see cref="ClearShare"/>); otherwise its label follows its scores exactly as a sentence's does.
/// </remarks>
public sealed class SentimentAnalyzer
{
    /// <summary>
    /// Compound at or above which a sentence is positive rather than neutral. VADER's published threshold is 0.05
    /// on both sides; ours are the pair of the grid 0.05, 0.10, ..., 0.50 (each side) with the best 3-class
    /// macro-F1 on the ICWSM-2014 NYT editorial snippets, fit half only (even-numbered lines; see
    /// docs/sentiment.md). Positive evidence has to be stronger than negative: in news and editorials mild positive
    /// words ("support", "help", "well", "clear") mostly sit in sentences that readers rate neutral, while one
    /// negative word already makes a sentence read negative. A lone "good" (valence 1.9, compound 0.44) passes 0.40,
    /// a lone "like" (1.5, 0.36) does not.
    /// </summary>
    internal const float DefaultPositiveThreshold = 0.40f;

    /// <summary>-compound at or above which a sentence is negative; fitted with <see cref="DefaultPositiveThreshold"/>.</summary>
    internal const float DefaultNegativeThreshold = 0.10f;

    /// <summary>
    /// A sentence counts as clearly positive (negative) for the document's mixed label when its compound score
    /// passes its side's threshold by this share of the remaining range (t + 0.3·(1 − t): 0.58 positive, 0.37
    /// negative), so that one mildly polar sentence does not make a report "mixed". Set by hand, not fitted.
    /// </summary>
    internal const float ClearShare = 0.3f;

    /// <summary>
    /// Above the threshold the polar share grows as 0.5 + 0.5·x^k, x = (|c| − t)/(1 − t). The exponent k of the
    /// positive side was chosen from 1, 1.5, 2, 2.5 and 3 by the Pearson r of positive − negative on the NYT fit half
    /// at the fitted thresholds (labels do not depend on it): 1, a straight line, won narrowly over 1.5 (0.5414
    /// against 0.5409; the mean r over the four sets agrees).
    /// </summary>
    internal const double DefaultPolarCurve = 1.0;

    /// <summary>
    /// The exponent k of the negative side. The negative threshold is low (0.10), so a compound of −0.1 already
    /// gives a negative share of 0.5 while the ratings of such sentences are far from the most negative ones; a
    /// convex curve above the threshold keeps mildly negative sentences nearer 0.5 and spreads the strongly negative
    /// ones. Chosen with <see cref="DefaultOppositeWeight"/> from 1, 1.25, 1.5 and 2 by the mean Pearson r over the
    /// four ICWSM fit-half sets (docs/sentiment.md): the pair 1.5 / 0.5 was best and raised each of the four sets
    /// over the previous 1 / 1.
    /// </summary>
    internal const double DefaultNegativePolarCurve = 1.5;

    /// <summary>
    /// The opposite side gets this share of what the opposite evidence would give it, (1 − p)·ρ·w; the rest stays
    /// neutral. A sentence with a little opposite evidence ("good but pricey") is mostly rated by its dominant side;
    /// taking the full share (w = 1) pulled positive − negative of such sentences too far towards zero. Chosen from
    /// 0, 0.25, 0.5, 0.75 and 1 together with <see cref="DefaultNegativePolarCurve"/> (see there).
    /// </summary>
    internal const double DefaultOppositeWeight = 0.5;

    private readonly SentenceScorer scorer;

    internal SentimentAnalyzer(
        SentimentLexicon lexicon,
        float positiveThreshold = DefaultPositiveThreshold,
        float negativeThreshold = DefaultNegativeThreshold,
        double polarCurve = DefaultPolarCurve,
        double negativePolarCurve = DefaultNegativePolarCurve,
        double oppositeWeight = DefaultOppositeWeight)
    {
        scorer = new SentenceScorer(lexicon);
        PositiveThreshold = positiveThreshold;
        NegativeThreshold = negativeThreshold;
        PolarCurve = polarCurve;
        NegativePolarCurve = negativePolarCurve;
        OppositeWeight = oppositeWeight;
    }

    /// <summary>Compound at or above which a sentence is positive; see <see cref="DefaultPositiveThreshold"/>.</summary>
    internal float PositiveThreshold { get; }

    /// <summary>-compound at or above which a sentence is negative; see <see cref="DefaultNegativeThreshold"/>.</summary>
    internal float NegativeThreshold { get; }

    /// <summary>Exponent of the positive share above the threshold; see <see cref="DefaultPolarCurve"/>.</summary>
    internal double PolarCurve { get; }

    /// <summary>Exponent of the negative share above the threshold; see <see cref="DefaultNegativePolarCurve"/>.</summary>
    internal double NegativePolarCurve { get; }

    /// <summary>Share of the opposite evidence that goes to the opposite side; see <see cref="DefaultOppositeWeight"/>.</summary>
    internal double OppositeWeight { get; }

    /// <summary>The analyzer for the model's sentiment section, or null when the model has none.</summary>
    /// <exception cref="InvalidDataException">The section was compiled for another format version.</exception>
    public static SentimentAnalyzer? FromModel(ModelBundle model) =>
        model.TryGetSection(SentimentLexiconCompiler.SectionName, out var section)
            ? new SentimentAnalyzer(SentimentLexicon.FromBytes(section))
            : null;

    /// <summary>
    /// Sentiment of every sentence of <paramref name="text"/> (offsets and lengths in UTF-16 code units, as the
    /// sentence splitter gave them) and of the whole document. A text without sentences is neutral.
    /// </summary>
    public DocumentSentiment Analyze(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new SentenceSentiment[text.Sentences.Length];
        float sum = 0, positiveEvidence = 0, negativeEvidence = 0;
        bool clearlyPositive = false, clearlyNegative = false;
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = text.Sentences[i];
            var score = scorer.Score(text.Text.AsSpan(sentence.Start, sentence.Length));
            var (p, u, n) = ConfidenceScores(score);
            sum += score.Sum;
            positiveEvidence += score.PositiveSum;
            negativeEvidence += score.NegativeSum;
            var sentenceLabel = SentenceLabel(score.Compound);
            sentences[i] = new SentenceSentiment(sentence.Start, sentence.Length, sentenceLabel, Rounded(p, u, n));
            clearlyPositive |= score.Compound >= PositiveThreshold + (ClearShare * (1 - PositiveThreshold));
            clearlyNegative |= score.Compound <= -(NegativeThreshold + (ClearShare * (1 - NegativeThreshold)));
        }

        if (sentences.Length == 0)
        {
            return new DocumentSentiment(SentimentLabel.Neutral, new SentimentScores(0, 1, 0), sentences);
        }

        // The document's evidence is the sentences' evidence added up, as if the text were one VADER unit, but the
        // summed valence is divided by sqrt(sentence count): a sum of k independent sentence sums spreads like
        // sqrt(k) times one, so this keeps a long report from reaching +-1 by length alone.
        var document = new SentenceScore(VaderRules.Normalise(sum / MathF.Sqrt(sentences.Length)), positiveEvidence, negativeEvidence);
        var (positive, neutral, negative) = ConfidenceScores(document);
        var label = clearlyPositive && clearlyNegative ? SentimentLabel.Mixed : SentenceLabel(document.Compound);
        return new DocumentSentiment(label, Rounded(positive, neutral, negative), sentences);
    }

    /// <summary>
    /// Scores a whole text as one sentence, whatever the splitter would make of it: for evaluation on sets
    /// whose items were rated as one unit (a tweet, a snippet).
    /// </summary>
    internal (float Compound, SentimentLabel Label, double Positive, double Neutral, double Negative) ScoreAsOneSentence(string text)
    {
        var score = scorer.Score(text);
        var (p, u, n) = ConfidenceScores(score);
        return (score.Compound, SentenceLabel(score.Compound), p, u, n);
    }

    internal SentimentLabel SentenceLabel(float compound) =>
        compound >= PositiveThreshold ? SentimentLabel.Positive
        : compound <= -NegativeThreshold ? SentimentLabel.Negative
        : SentimentLabel.Neutral;

    internal (double Positive, double Neutral, double Negative) ConfidenceScores(SentenceScore score)
    {
        double t = score.Compound >= 0 ? PositiveThreshold : NegativeThreshold;
        double magnitude = Math.Abs(score.Compound);
        var curve = score.Compound >= 0 ? PolarCurve : NegativePolarCurve;
        var polar = magnitude < t ? 0.5 * magnitude / t : 0.5 + (0.5 * Math.Pow((magnitude - t) / (1 - t), curve));
        var evidence = score.PositiveSum + score.NegativeSum;
        var opposite = evidence > 0 ? OppositeWeight * Math.Min(score.PositiveSum, score.NegativeSum) / evidence : 0.0;
        var oppositeShare = (1 - polar) * opposite;
        if (magnitude < t)
        {
            // Keep neutral the largest score of a neutral sentence.
            oppositeShare = Math.Min(oppositeShare, Math.Max(0, 1 - (2 * polar)));
        }

        var neutral = 1 - polar - oppositeShare;
        if (score.Compound > 0)
        {
            return (polar, neutral, oppositeShare);
        }

        if (score.Compound < 0)
        {
            return (oppositeShare, neutral, polar);
        }

        // No direction: balanced evidence or none; what polar share there is, is split evenly.
        return (polar / 2 + oppositeShare / 2, neutral, polar / 2 + oppositeShare / 2);
    }

    /// <summary>
    /// Rounds to hundredths (Azure AI Language's precision) by largest remainder, so the three printed scores
    /// sum to exactly 1.00.
    /// </summary>
    internal static SentimentScores Rounded(double positive, double neutral, double negative)
    {
        Span<double> raw = [positive * 100, neutral * 100, negative * 100];
        Span<int> hundredths = [(int)Math.Floor(raw[0]), (int)Math.Floor(raw[1]), (int)Math.Floor(raw[2])];
        var missing = 100 - (hundredths[0] + hundredths[1] + hundredths[2]);
        while (missing > 0)
        {
            // Largest remainder first; ties in the order positive, neutral, negative so the result is stable.
            var best = 0;
            for (var k = 1; k < 3; k++)
            {
                if (raw[k] - hundredths[k] > raw[best] - hundredths[best])
                {
                    best = k;
                }
            }

            hundredths[best]++;
            raw[best] = hundredths[best];
            missing--;
        }

        return new SentimentScores(hundredths[0] / 100.0, hundredths[1] / 100.0, hundredths[2] / 100.0);
    }
}
