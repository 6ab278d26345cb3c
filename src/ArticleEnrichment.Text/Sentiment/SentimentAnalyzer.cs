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
/// <c>p = |c| &lt; t ? 0.5·|c|/t : 0.5 + 0.5·((|c| − t)/(1 − t))^1.5</c> for the side c points to, so a sentence is
/// positive or negative exactly when |c| ≥ t (<see cref="NeutralThreshold"/>). The rest, 1 − p, is split
/// between neutral and the opposite side by the share of opposite evidence ρ = min(P, N)/(P + N) of VADER's
/// positive and negative sums: opposite = (1 − p)·ρ, neutral = (1 − p)·(1 − ρ); below the threshold the
/// opposite side is capped so neutral stays the largest. Scores are then rounded to hundredths that sum to 1.
/// The document adds up the sentences' evidence (valence sums divided by √(sentence count), positive and negative
/// sums) and maps it to scores like one sentence, and is
/// mixed when it holds a clearly positive and a clearly negative sentence (<see cref="ClearCompound"/>);
/// otherwise its label follows its scores exactly as a sentence's does.
/// </remarks>
public sealed class SentimentAnalyzer
{
    /// <summary>
    /// |compound| at or above which a sentence is positive or negative rather than neutral. VADER's published
    /// value is 0.05; ours is the value of the grid 0.05, 0.10, ..., 0.50 with the best mean 3-class macro-F1
    /// over the four ICWSM-2014 sets, scored on their fit half only (even-numbered lines; see docs/sentiment.md).
    /// It is 0.10: a lone mild word (|valence| below about 0.4) leaves a sentence neutral.
    /// </summary>
    internal const float DefaultNeutralThreshold = 0.10f;

    /// <summary>
    /// A sentence counts as clearly positive (negative) for the document's mixed label when its compound score
    /// reaches this magnitude (t + 0.3·(1 − t) with t = 0.10), so that one mildly polar sentence does not make a
    /// report "mixed". Set by hand, not fitted.
    /// </summary>
    internal const float ClearCompound = 0.37f;

    /// <summary>
    /// Above the threshold the polar share grows as 0.5 + 0.5·x^1.5, x = (|c| − t)/(1 − t): VADER's compound
    /// already saturates, and a convex curve keeps strongly and mildly polar sentences apart, so
    /// positive − negative follows the human ratings more closely. Chosen from 1, 1.5 and 2 by the mean Pearson r
    /// over the four ICWSM-2014 sets on the fit half only (1.5 and 2 tied; labels do not depend on it).
    /// </summary>
    internal static readonly double PolarCurve = double.Parse(Environment.GetEnvironmentVariable("SENT_CURVE") ?? "1.5", System.Globalization.CultureInfo.InvariantCulture);

    private readonly SentenceScorer scorer;

    internal SentimentAnalyzer(SentimentLexicon lexicon, float neutralThreshold = DefaultNeutralThreshold, float? negativeThreshold = null, double? curve = null)
    {
        Curve = curve ?? PolarCurve;
        scorer = new SentenceScorer(lexicon);
        var envP = Environment.GetEnvironmentVariable("SENT_TP");
        var envN = Environment.GetEnvironmentVariable("SENT_TN");
        PositiveThreshold = envP is null ? neutralThreshold : float.Parse(envP, System.Globalization.CultureInfo.InvariantCulture);
        NegativeThreshold = envN is null ? negativeThreshold ?? neutralThreshold : float.Parse(envN, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Compound at or above which a sentence is positive.</summary>
    internal float PositiveThreshold { get; }

    /// <summary>-compound at or above which a sentence is negative.</summary>
    internal float NegativeThreshold { get; }

    internal float NeutralThreshold => PositiveThreshold;

    internal double Curve { get; }

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
            clearlyPositive |= score.Compound >= PositiveThreshold + (0.3f * (1 - PositiveThreshold));
            clearlyNegative |= score.Compound <= -(NegativeThreshold + (0.3f * (1 - NegativeThreshold)));
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
        var polar = magnitude < t ? (SentenceScorer.Exp.Contains('W') ? 0.5 * Math.Pow(magnitude / t, Curve) : 0.5 * magnitude / t) : 0.5 + (0.5 * Math.Pow((magnitude - t) / (1 - t), Curve));
        var evidence = score.PositiveSum + score.NegativeSum;
        var opposite = evidence > 0 ? Math.Min(score.PositiveSum, score.NegativeSum) / evidence : 0.0;
        var oppositeShare = (1 - polar) * opposite;
        if (magnitude < t)
        {
            // Keep neutral the largest score of a neutral sentence.
            oppositeShare = Math.Min(oppositeShare, Math.Max(0, 1 - (2 * polar)));
        }

        if (SentenceScorer.Exp.Contains('M'))
        {
            var o = (1 - polar) * opposite;
            if (magnitude < t)
            {
                o = Math.Min(o, Math.Max(0, (1 - (2 * polar)) / 3));
            }

            var side = polar + o;
            var u = 1 - side - o;
            return score.Compound > 0 ? (side, u, o) : score.Compound < 0 ? (o, u, side) : (side / 2 + o / 2, u, side / 2 + o / 2);
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
