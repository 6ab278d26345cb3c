using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Tests.Tokenization;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokenized = TokenizedText.From(text);
        return [.. tokenized.Sentences.Select(s => text.Substring(s.Start, s.Length))];
    }

    [Fact]
    public void Split_NoTokens_NoSentences()
    {
        Assert.Empty(Sentences("  "));
    }

    [Fact]
    public void Split_PlainStops_SplitsAfterEach()
    {
        Assert.Equal(["It rained.", "Was it cold?", "Yes!"], Sentences("It rained. Was it cold? Yes!"));
    }

    [Fact]
    public void Split_LastSentenceWithoutStop_IsASentence()
    {
        Assert.Equal(["One.", "Source link"], Sentences("One. Source link"));
    }

    [Fact]
    public void Split_LineBreak_EndsSentenceWithoutStop()
    {
        Assert.Equal(["Russia leading supplier of oil to China", "Putin also said so."], Sentences("Russia leading supplier of oil to China\n\nPutin also said so."));
    }

    [Fact]
    public void Split_QuoteEndingSentence_QuoteBelongsToSentence()
    {
        Assert.Equal(["He said “it will show the world.”", "Then he left."], Sentences("He said “it will show the world.” Then he left."));
    }

    [Fact]
    public void Split_GuillemetBeforeStop_StaysInSentence()
    {
        Assert.Equal(["“We are waiting for you next spring for an official visit to Moscow».", "He declared."], Sentences("“We are waiting for you next spring for an official visit to Moscow». He declared."));
    }

    [Fact]
    public void Split_StraightQuoteAfterStop_ClosesOrOpensByPosition()
    {
        Assert.Equal(["\"It is over.\"", "\"Is it?\""], Sentences("\"It is over.\" \"Is it?\""));
    }

    [Fact]
    public void Split_QuestionInQuoteFollowedByLowercase_OneSentence()
    {
        Assert.Equal(["“Why?” he asked."], Sentences("“Why?” he asked."));
    }

    [Fact]
    public void Split_TitleAbbreviation_NeverEnds()
    {
        Assert.Equal(["Dear Mr. President, dear Dr. The Second."], Sentences("Dear Mr. President, dear Dr. The Second."));
    }

    [Fact]
    public void Split_AcronymBeforeName_DoesNotEnd()
    {
        Assert.Equal(["The U.S. Senate voted on Feb. 24 in No. 10."], Sentences("The U.S. Senate voted on Feb. 24 in No. 10."));
    }

    [Fact]
    public void Split_AcronymBeforeSentenceOpener_Ends()
    {
        Assert.Equal(["He flew to the U.S.", "The talks began."], Sentences("He flew to the U.S. The talks began."));
    }

    [Fact]
    public void Split_Ellipsis_EndsOnlyBeforeCapital()
    {
        Assert.Equal(["the coordination (…) serves to create…", "It did."], Sentences("the coordination (…) serves to create… It did."));
    }

    [Fact]
    public void Split_RepeatedStops_StayWithFirstSentence()
    {
        Assert.Equal(["the face of Western “pressures”. .", "“In the context"], Sentences("the face of Western “pressures”. .\n“In the context"));
        Assert.Equal(["Really?!", "Yes."], Sentences("Really?! Yes."));
    }

    [Fact]
    public void Split_DecimalsAndUrls_DoNotEnd()
    {
        Assert.Equal(["It rose 13.8 percent, see example.com/a.", "Next."], Sentences("It rose 13.8 percent, see example.com/a. Next."));
    }

    [Fact]
    public void Split_Sentences_RecordTokenRanges()
    {
        var tokenized = TokenizedText.From("A b. C d e.");
        Assert.Equal([new Sentence(0, 4, 0, 3), new Sentence(5, 6, 3, 4)], tokenized.Sentences);
    }

    [Fact]
    public void Split_EverydayWordThatIsAlsoAnAbbreviation_EndsBeforeAName()
    {
        Assert.Equal(["He sat.", "Putin spoke."], Sentences("He sat. Putin spoke."));
    }
}
