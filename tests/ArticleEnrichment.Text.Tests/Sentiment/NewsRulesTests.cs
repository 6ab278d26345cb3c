using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Sentiment;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Tests.Sentiment;

/// <summary>What news text needs beyond VADER: event words, set phrases, scare quotes, fact-only sentences.</summary>
public sealed class NewsRulesTests
{
    private static readonly SentimentAnalyzer Analyzer = CompiledLexicon.Analyzer();

    private static SentimentLabel Label(string sentence) => Analyzer.ScoreAsOneSentence(sentence).Label;

    [Theory]
    [InlineData("The Supreme Court heard arguments on Tuesday in Washington.")]
    [InlineData("The United States and the United Nations signed the document on Monday.")]
    [InlineData("The party will hold its national convention in Chicago in August.")]
    [InlineData("Interest rates were left at 4.5 percent, the Federal Reserve said.")]
    [InlineData("The prime minister met the vice president of the commission in Brussels.")]
    [InlineData("Cities like Kyiv and Lviv have about 3 million residents.")]
    public void Analyze_FactOnlySentence_IsNeutral(string sentence)
    {
        Assert.Equal(SentimentLabel.Neutral, Label(sentence));
    }

    [Theory]
    [InlineData("Three people were killed in the attack.")]
    [InlineData("The company announced layoffs at two plants.")]
    [InlineData("Airstrikes hit the city overnight.")]
    [InlineData("The death toll rose to 40 on Friday.")]
    [InlineData("Bombs fell on the city.")]
    [InlineData("The war entered its third year.")]
    [InlineData("Officials warned of a deepening crisis.")]
    [InlineData("Gunmen opened fire on a bus.")]
    public void Analyze_NegativeEventSentence_IsNegative(string sentence)
    {
        Assert.Equal(SentimentLabel.Negative, Label(sentence));
    }

    [Fact]
    public void Analyze_ScareQuotedWord_LosesItsFaceValue()
    {
        Assert.Equal(SentimentLabel.Positive, Label("The government called it a peace plan."));
        Assert.Equal(SentimentLabel.Neutral, Label("The government called it a \"peace\" plan."));
        Assert.Equal(SentimentLabel.Neutral, Label("The government called it a \u201Cpeace\u201D plan."));
    }

    [Fact]
    public void Analyze_QuotedSpeech_CountsLikeOtherWords()
    {
        Assert.Equal(SentimentLabel.Positive, Label("\"This is a wonderful day for our city,\" the mayor said."));
        Assert.Equal(SentimentLabel.Negative, Label("\u201CThis is a terrible day for our city,\u201D the mayor said."));
    }

    [Theory]
    [InlineData("The senator supported the bill.")]
    [InlineData("The two countries signed a trade agreement.")]
    [InlineData("The minister made clear that talks would resume.")]
    public void Analyze_ReportSensesOfSentimentWords_StayNeutral(string sentence)
    {
        Assert.Equal(SentimentLabel.Neutral, Label(sentence));
    }

    [Fact]
    public void Analyze_LikeAsVerb_KeepsItsValence()
    {
        // VADER's 1.5 for "like" (compound 0.36), not the weak news sense.
        Assert.Equal(1.5f / MathF.Sqrt((1.5f * 1.5f) + 15f), Analyzer.ScoreAsOneSentence("I like the new plan.").Compound, 4);
        Assert.Equal(SentimentLabel.Negative, Label("We don't like the new plan."));
    }

    [Fact]
    public void Analyze_SplitContraction_NegatesLikeTheWholeWord()
    {
        // A tokenizer may keep "don't" whole or split it; the sentence text is what is scored either way.
        var whole = Analyzer.ScoreAsOneSentence("They don't trust him.").Compound;
        var split = Analyzer.ScoreAsOneSentence("They do n't trust him.").Compound;
        Assert.True(whole < 0);
        Assert.Equal(whole, split, 5);
    }

    [Fact]
    public void Analyze_SentencesFromAnyTokenizer_AreScoredOnTheirText()
    {
        const string text = "They don't trust him.";

        // One hand-made sentence over the whole text, with a single token: the result still negates.
        var tokenized = new TokenizedText(text, [new Token(0, text.Length, TokenKind.Word)], [new Sentence(0, text.Length, 0, 1)]);
        Assert.Equal(SentimentLabel.Negative, Analyzer.Analyze(tokenized).Sentences[0].Label);
    }

    private static float Compound(string sentence) => Analyzer.ScoreAsOneSentence(sentence).Compound;

    [Theory]
    [InlineData("The vaccine will prevent disease.")]
    [InlineData("Doctors fight cancer in the region.")]
    [InlineData("The program reduced deaths.")]
    public void Score_NegativeWordAfterAReducer_IsNotNegative(string sentence)
    {
        Assert.True(Compound(sentence) >= 0, $"{sentence}: {Compound(sentence)}");
    }

    [Fact]
    public void Score_ReducerInAnEarlierSentence_DoesNotShiftTheNegativeWord()
    {
        Assert.True(Compound("They tried to prevent it. Disease spread.") < 0);
    }

    [Fact]
    public void Score_PositiveWordAfterAReducer_KeepsItsSign()
    {
        Assert.Equal(Compound("They started the good program."), Compound("They ended the good program."), 5);
    }

    [Theory]
    [InlineData("The plan is absurd.")]
    [InlineData("The response was botched and inexcusable.")]
    public void Score_EditorialJudgementWords_AreNegative(string sentence)
    {
        Assert.Equal(SentimentLabel.Negative, Label(sentence));
    }

    [Fact]
    public void Score_EditorialPraiseWord_IsPositive()
    {
        Assert.Equal(SentimentLabel.Positive, Label("The decision was commendable."));
    }
}
