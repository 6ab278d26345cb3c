using System.Text.Json;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Sentiment;
using ArticleEnrichment.Text.Tokenization;
using CsCheck;

namespace ArticleEnrichment.Text.Tests.Sentiment;

/// <summary>Azure-shaped results: scores, labels, sentence spans, document combination.</summary>
public sealed class SentimentAnalyzerTests
{
    private static readonly SentimentAnalyzer Analyzer = CompiledLexicon.Analyzer();

    private static readonly string[] Vocabulary =
    [
        "good", "bad", "not", "very", "but", "GREAT", "terrible", "killed", "war", "the", "council", "said", "peace",
        "\"", "!", "?", ".", "Supreme", "Court", "no", "never", "kind", "of", "least", "at", ":)", "“", "”", "n't",
        "happy", "crisis", "layoffs", "like", "I", "2024", "\U0001F600", "-", "...", "quite", "however",
    ];

    private static int Hundredths(SentimentScores s) =>
        (int)Math.Round(s.Positive * 100) + (int)Math.Round(s.Neutral * 100) + (int)Math.Round(s.Negative * 100);

    private static void AssertWellFormed(SentimentScores s)
    {
        Assert.InRange(s.Positive, 0, 1);
        Assert.InRange(s.Neutral, 0, 1);
        Assert.InRange(s.Negative, 0, 1);
        Assert.Equal(100, Hundredths(s));
        foreach (var value in new[] { s.Positive, s.Neutral, s.Negative })
        {
            Assert.Equal(value, Math.Round(value, 2));
        }
    }

    [Fact]
    public void Analyze_AnyText_ScoresInRangeAndSumToOneInHundredths()
    {
        Gen.OneOfConst(Vocabulary).Array[0, 30].Select(words => string.Join(' ', words)).Sample(text =>
        {
            var result = Analyzer.Analyze(TokenizedText.From(text));
            AssertWellFormed(result.ConfidenceScores);
            foreach (var sentence in result.Sentences)
            {
                AssertWellFormed(sentence.ConfidenceScores);
            }
        }, iter: 500);
    }

    [Fact]
    public void Analyze_SentenceLabel_IsItsLargestScore()
    {
        Gen.OneOfConst(Vocabulary).Array[1, 20].Select(words => string.Join(' ', words)).Sample(text =>
        {
            var (_, label, p, u, n) = Analyzer.ScoreAsOneSentence(text);
            var largest = label switch
            {
                SentimentLabel.Positive => p,
                SentimentLabel.Negative => n,
                _ => u,
            };
            Assert.True(largest >= Math.Max(p, Math.Max(u, n)) - 1e-9, $"{text}: {label} {p:0.000}/{u:0.000}/{n:0.000}");
        }, iter: 500);
    }

    [Fact]
    public void Analyze_Sentences_KeepTheSplitterSpansInUtf16Units()
    {
        const string text = "Smiles \U0001F600 all round today. The attack killed 12 people.";
        var tokenized = TokenizedText.From(text);
        var result = Analyzer.Analyze(tokenized);
        Assert.Equal(tokenized.Sentences.Length, result.Sentences.Count);
        for (var i = 0; i < tokenized.Sentences.Length; i++)
        {
            Assert.Equal(tokenized.Sentences[i].Start, result.Sentences[i].Offset);
            Assert.Equal(tokenized.Sentences[i].Length, result.Sentences[i].Length);
        }
    }

    [Fact]
    public void Analyze_ClearlyPositiveAndClearlyNegativeSentences_IsMixed()
    {
        var result = Analyzer.Analyze(TokenizedText.From(
            "The rescue was a wonderful success and families cheered with joy. The flood killed dozens of people and destroyed homes."));
        Assert.Equal(SentimentLabel.Positive, result.Sentences[0].Label);
        Assert.Equal(SentimentLabel.Negative, result.Sentences[1].Label);
        Assert.Equal(SentimentLabel.Mixed, result.Label);
    }

    [Fact]
    public void Analyze_OnePolarSentenceAmongNeutralOnes_TakesItsLabel()
    {
        var result = Analyzer.Analyze(TokenizedText.From(
            "The council met on Tuesday. The vote was held in the town hall. Residents were delighted with the wonderful new park."));
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.True(result.ConfidenceScores.Positive < result.Sentences[2].ConfidenceScores.Positive,
            "neutral sentences dilute the document scores");
    }

    [Fact]
    public void Analyze_RepeatedPolarSentences_StrengthenTheDocument()
    {
        var once = Analyzer.Analyze(TokenizedText.From("The park is nice."));
        var twice = Analyzer.Analyze(TokenizedText.From("The park is nice. The park is nice."));
        Assert.Equal(once.Sentences[0].ConfidenceScores, twice.Sentences[1].ConfidenceScores);
        Assert.True(twice.ConfidenceScores.Positive > once.ConfidenceScores.Positive);
    }

    [Fact]
    public void Analyze_DocumentScores_AreTheSentenceEvidenceSummedOverSqrtOfSentenceCount()
    {
        // Two sentences whose valence sums are s1 and s2 score like one sentence with sum (s1 + s2) / sqrt(2).
        var text = "The storm destroyed the town. The mayor spoke to reporters at the regional office on Monday afternoon.";
        var result = Analyzer.Analyze(TokenizedText.From(text));
        var scorer = new SentenceScorer(SentimentLexicon.FromBytes(CompiledLexicon.Section));
        var first = scorer.Score("The storm destroyed the town.");
        Assert.Equal(default, scorer.Score("The mayor spoke to reporters at the regional office on Monday afternoon."));
        var combined = first with { Compound = first.Sum / MathF.Sqrt((first.Sum * first.Sum / 2) + 15f) / MathF.Sqrt(2) };
        Assert.Equal(Analyzer.ConfidenceScores(combined).Negative, result.ConfidenceScores.Negative, 0.006);
        Assert.True(result.Sentences[0].ConfidenceScores.Negative > result.ConfidenceScores.Negative);
    }

    [Fact]
    public void Analyze_SentencesEachBelowTheThreshold_CanAddUpToAPolarDocument()
    {
        // Each sentence holds one mild word (neutral alone); together they are a positive document, and the
        // document label always follows its scores.
        var result = Analyzer.Analyze(TokenizedText.From("I like it. I like it. I like it."));
        Assert.All(result.Sentences, sentence => Assert.Equal(SentimentLabel.Neutral, sentence.Label));
        Assert.Equal(SentimentLabel.Positive, result.Label);
        var s = result.ConfidenceScores;
        var largest = s.Positive >= s.Neutral && s.Positive >= s.Negative ? SentimentLabel.Positive
            : s.Negative >= s.Neutral ? SentimentLabel.Negative : SentimentLabel.Neutral;
        Assert.Equal(largest, result.Label);
    }

    [Theory]
    [InlineData(0.40, 0.5)]
    [InlineData(0.70, 0.75)]
    [InlineData(1.00, 1.0)]
    public void ConfidenceScores_PositiveSentenceWithoutOppositeEvidence_RiseLinearlyFromTheThreshold(float compound, double expected)
    {
        // x = (c - 0.4) / 0.6; polar share 0.5 + 0.5 * x (0.70 gives x = 0.5).
        var (positive, neutral, negative) = Analyzer.ConfidenceScores(new SentenceScore(compound, 3f, 0f));
        Assert.Equal(expected, positive, 4);
        Assert.Equal(1 - expected, neutral, 4);
        Assert.Equal(0, negative);
    }

    [Theory]
    [InlineData(-0.10, 0.5)]
    [InlineData(-0.55, 0.67678)]
    [InlineData(-1.00, 1.0)]
    public void ConfidenceScores_NegativeSentenceWithoutOppositeEvidence_RiseConvexlyFromItsOwnThreshold(float compound, double expected)
    {
        // x = (|c| - 0.1) / 0.9; polar share 0.5 + 0.5 * x^1.5 (-0.55 gives x = 0.5, 0.5 + 0.5 * 0.35355).
        var (positive, neutral, negative) = Analyzer.ConfidenceScores(new SentenceScore(compound, 0f, 3f));
        Assert.Equal(expected, negative, 4);
        Assert.Equal(1 - expected, neutral, 4);
        Assert.Equal(0, positive);
    }

    [Fact]
    public void ConfidenceScores_PositiveSentenceWithOppositeEvidence_GivesTheOppositeSideHalfItsEvidenceShare()
    {
        // c = 0.70: polar share 0.75; opposite evidence rho = 1 / (3 + 1) = 0.25; opposite = 0.25 * 0.25 / 2.
        var (positive, neutral, negative) = Analyzer.ConfidenceScores(new SentenceScore(0.70f, 3f, 1f));
        Assert.Equal(0.75, positive, 1e-6);
        Assert.Equal(0.03125, negative, 1e-6);
        Assert.Equal(1 - 0.75 - 0.03125, neutral, 1e-6);
    }

    [Theory]
    [InlineData("I like the plan.", SentimentLabel.Neutral)]
    [InlineData("The plan is good.", SentimentLabel.Positive)]
    [InlineData("The plan is a little weird.", SentimentLabel.Negative)]
    public void Analyze_MildWords_NeedMorePositiveThanNegativeEvidence(string text, SentimentLabel expected)
    {
        // "like" (1.5, compound 0.36) stays below the positive threshold 0.40, "good" (1.9, 0.44) passes it;
        // a mildly negative word ("weird" -0.7, dampened by "a little") already passes the negative threshold 0.10.
        var result = Analyzer.Analyze(TokenizedText.From(text));
        Assert.Equal(expected, result.Sentences[0].Label);
    }

    [Fact]
    public void Analyze_EmptyText_IsNeutralWithoutSentences()
    {
        var result = Analyzer.Analyze(TokenizedText.From(""));
        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.Equal(new SentimentScores(0, 1, 0), result.ConfidenceScores);
        Assert.Empty(result.Sentences);
    }

    [Fact]
    public void Analyze_SameInput_GivesTheSameBytes()
    {
        const string text = "Officials praised the deal. \"It's a disaster,\" critics said! Will it last??";
        var first = JsonSerializer.Serialize(CompiledLexicon.Analyzer().Analyze(TokenizedText.From(text)));
        var second = JsonSerializer.Serialize(CompiledLexicon.Analyzer().Analyze(TokenizedText.From(text)));
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(0.333333, 0.333333, 0.333334)]
    [InlineData(0.005, 0.99, 0.005)]
    [InlineData(0.126, 0.5, 0.374)]
    [InlineData(1, 0, 0)]
    public void Rounded_AnyScores_SumToExactlyOneHundredth(double positive, double neutral, double negative)
    {
        var rounded = SentimentAnalyzer.Rounded(positive, neutral, negative);
        AssertWellFormed(rounded);
        Assert.Equal(positive, rounded.Positive, 0.01);
        Assert.Equal(neutral, rounded.Neutral, 0.01);
        Assert.Equal(negative, rounded.Negative, 0.01);
    }

    [Fact]
    public void FromModel_WithoutSentimentSection_IsNull()
    {
        Assert.Null(SentimentAnalyzer.FromModel(new ModelBundle("empty")));
    }
}
