using ArticleEnrichment.Text.Sentiment;

namespace ArticleEnrichment.Text.Tests.Sentiment;

/// <summary>The VADER rules, checked on compound scores of single sentences.</summary>
public sealed class SentenceScorerTests
{
    private static readonly SentimentAnalyzer Analyzer = CompiledLexicon.Analyzer();
    private static readonly SentimentLexicon Lexicon = SentimentLexicon.FromBytes(CompiledLexicon.Section);

    private static float Compound(string text) => Analyzer.ScoreAsOneSentence(text).Compound;

    private static float Normalise(float sum) => sum / MathF.Sqrt((sum * sum) + 15f);

    [Fact]
    public void Score_OneLexiconWord_IsItsValenceNormalisedWithAlpha15()
    {
        Assert.Equal(Normalise(Lexicon.Words["good"]), Compound("good"), 5);
    }

    [Theory]
    [InlineData("The food is not good.")]
    [InlineData("The food isn't good.")]
    [InlineData("The food isn\u2019t good.")]
    [InlineData("The food is n't good.")]
    [InlineData("The food was never good.")]
    public void Score_NegatedPositiveWord_IsNegative(string text)
    {
        Assert.True(Compound("The food is good.") > 0);
        Assert.True(Compound(text) < 0, $"{text}: {Compound(text)}");
    }

    [Fact]
    public void Score_NegationDirectlyBefore_ScalesValenceByMinus074()
    {
        Assert.Equal(Normalise(Lexicon.Words["good"] * -0.74f), Compound("not good"), 5);
    }

    [Fact]
    public void Score_NegationBeforeASentenceEnd_DoesNotReachTheNextSentence()
    {
        // Within one clause "never" three words back negates "bad"; after "!" it is another sentence.
        Assert.True(Compound("They never do anything bad.") > 0);
        Assert.True(Compound("Nothing happened! You suck.") < 0);
        Assert.Equal(Compound("You suck."), Compound("Nothing happened. You suck."), 5);
    }

    [Theory]
    [InlineData("Nothing happened, you suck.")]
    [InlineData("Nothing happened; you suck.")]
    [InlineData("Nothing happened: you suck.")]
    [InlineData("Nothing happened \u2014 you suck.")]
    [InlineData("Nothing happened - you suck.")]
    public void Score_NegationBeforeClausePunctuation_DoesNotReachTheNextClause(string text)
    {
        Assert.Equal(Compound("you suck."), Compound(text), 5);
    }

    [Fact]
    public void Score_NoBeforeASentenceEnd_DoesNotNegateTheNextSentence()
    {
        // "no" two words back negates inside a clause ("no real problem"), not across a full stop.
        Assert.True(Compound("There is no real problem.") > 0);
        Assert.True(Compound("No glitz. Beautiful day.") > 0);
    }

    [Theory]
    [InlineData("not only good")]
    [InlineData("not just good")]
    [InlineData("not merely good")]
    public void Score_NotOnly_AddsRatherThanNegates(string text)
    {
        Assert.Equal(Compound("good"), Compound(text), 5);
    }

    [Theory]
    [InlineData("hardly")]
    [InlineData("barely")]
    [InlineData("scarcely")]
    public void Score_DenyingAdverb_NegatesLikeNot(string adverb)
    {
        Assert.Equal(Compound("not good"), Compound($"{adverb} good"), 5);
    }

    [Theory]
    [InlineData("if it is bad")]
    [InlineData("unless it is bad")]
    [InlineData("whether it is bad")]
    public void Score_WordsInACondition_CountHalf(string text)
    {
        Assert.Equal(Normalise(Lexicon.Words["bad"] * 0.5f), Compound(text), 5);
        Assert.Equal(Compound("it is bad"), Compound("if it is, it is bad"), 5);
    }

    [Fact]
    public void Score_NestedConditions_CountHalfOnce()
    {
        Assert.Equal(Compound("if it is bad"), Compound("if unless it is bad"), 5);
    }

    [Fact]
    public void Score_RepeatedNo_IsNotADoubleNegative()
    {
        Assert.True(Compound("No no no!") < 0);
    }

    [Theory]
    [InlineData("I have no idea lol")]
    [InlineData("Not the latter lol")]
    [InlineData("Not yet :)")]
    public void Score_LaughterOrEmoticonAfterNegation_KeepsItsSign(string text)
    {
        Assert.True(Compound(text) > 0, $"{text}: {Compound(text)}");
    }

    [Fact]
    public void Score_StretchedWord_IsReadAsTheWordWithEmphasis()
    {
        Assert.True(Compound("This is gooood.") > Compound("This is good."));
        Assert.True(Compound("This is good.") > 0);
        Assert.Equal(Compound("so good"), Compound("sooo good"), 5);
    }

    [Fact]
    public void Score_HtmlCharacterReference_IsReadAsTheCharacter()
    {
        Assert.True(Compound("I miss you <3") > 0);
        Assert.Equal(Compound("I miss you <3"), Compound("I miss you &lt;3"), 5);
        Assert.Equal(Compound("great \U0001F600"), Compound("great &#128512;"), 5);
    }

    [Fact]
    public void Score_BoosterBeforeASentenceEnd_DoesNotReachTheNextSentence()
    {
        Assert.Equal(Compound("Good."), Compound("Really. Good."), 5);
        Assert.True(Compound("Really good.") > Compound("Good."));
    }

    [Fact]
    public void Score_DottedAbbreviation_DoesNotEndTheNegationScope()
    {
        Assert.True(Compound("Not U.S. good.") < 0);
        Assert.True(Compound("It was not Mr. Good.") < 0);
    }

    [Fact]
    public void Score_Booster_StrengthensAndDampenerWeakens()
    {
        var plain = Compound("The food is good.");
        Assert.Equal(Normalise(Lexicon.Words["good"] + 0.293f), Compound("The food is very good."), 5);
        Assert.True(Compound("The food is slightly good.") < plain);
        Assert.True(Compound("The food is kind of good.") < plain);
        Assert.True(Compound("The food is extremely bad.") < Compound("The food is bad."));
    }

    [Fact]
    public void Score_But_WeighsTheClauseAfterItMore()
    {
        Assert.True(Compound("The food is good, but the service is horrible.") < 0);
        Assert.True(Compound("The food is horrible, but the service is good.") > 0);
    }

    [Fact]
    public void Score_CapitalisedWordAmongLowerCase_IsEmphasised()
    {
        Assert.Equal(Normalise(Lexicon.Words["good"] + 0.733f), Compound("The food is GOOD"), 5);
        Assert.Equal(Compound("THE FOOD IS GOOD"), Compound("the food is good"), 5);
    }

    [Fact]
    public void Score_ExclamationMarks_AmplifyUpToFour()
    {
        Assert.Equal(Normalise(Lexicon.Words["good"] + 0.292f), Compound("good!"), 5);
        Assert.Equal(Compound("good!!!!"), Compound("good!!!!!!!"), 5);
        Assert.True(Compound("bad!!") < Compound("bad"));
    }

    [Fact]
    public void Score_QuestionMarks_AmplifyFromTwo()
    {
        Assert.Equal(Compound("good"), Compound("good?"), 5);
        Assert.Equal(Normalise(Lexicon.Words["good"] + (2 * 0.18f)), Compound("good??"), 5);
        Assert.Equal(Normalise(Lexicon.Words["good"] + 0.96f), Compound("good?????"), 5);
    }

    [Fact]
    public void Score_NoSentimentWords_IsZero()
    {
        Assert.Equal(0f, Compound("The meeting took place in Berlin on 3 March."));
    }

    [Fact]
    public void Score_Emoticon_KeepsItsLexiconValence()
    {
        Assert.True(Compound("see you tomorrow :)") > 0);
        Assert.True(Compound("see you tomorrow :(") < 0);
    }

    [Fact]
    public void Score_Emoji_IsReadThroughItsDescription()
    {
        Assert.True(Compound("see you tomorrow \U0001F600") > 0);
    }
}
