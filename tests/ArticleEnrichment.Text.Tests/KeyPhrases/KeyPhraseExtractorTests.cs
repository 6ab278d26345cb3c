using CsCheck;
using ArticleEnrichment.Text.KeyPhrases;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Tests.KeyPhrases;

public sealed class KeyPhraseExtractorTests
{
    private const string Article =
        "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Tuesday. " +
        "Putin and Xi discussed military cooperation and energy exports during the state visit. " +
        "The state visit ended with new agreements on energy exports and military cooperation, officials said. " +
        "Analysts said Putin wants closer military cooperation with China as Western sanctions bite. " +
        "Xi Jinping praised the Asia-Pacific partnership and said energy exports would grow.";

    private static IReadOnlyList<string> Extract(string text, int max = 10)
        => new KeyPhraseExtractor().Extract(TokenizedText.From(text), max);

    [Fact]
    public void Extract_NewsArticle_FindsItsTopics()
    {
        var phrases = Extract(Article).Select(p => p.ToLowerInvariant()).ToList();

        Assert.Contains("military cooperation", phrases);
        Assert.Contains("energy exports", phrases);
    }

    [Fact]
    public void Extract_Always_ReturnsPhrasesAsWrittenInTheText()
    {
        var phrases = Extract(Article);

        Assert.NotEmpty(phrases);
        Assert.All(phrases, p => Assert.Contains(p, Article, StringComparison.Ordinal));
        Assert.Contains(phrases, p => p.Contains("Putin", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NameAndItsPart_ReturnsOnlyOne()
    {
        var keys = Extract(Article, 20).Select(p => KeyPhraseExtractor.NormalizedKey(p).Split(' ')).ToList();

        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = 0; j < keys.Count; j++)
            {
                if (i != j)
                {
                    var outer = $" {string.Join(' ', keys[i])} ";
                    var inner = $" {string.Join(' ', keys[j])} ";
                    Assert.False(outer.Contains(inner, StringComparison.Ordinal), $"'{inner.Trim()}' repeats '{outer.Trim()}'");
                }
            }
        }
    }

    [Fact]
    public void Extract_InflectedRepeats_NoDuplicateStems()
    {
        var phrases = Extract("Neural networks learn. A neural network learns. The Neural Networks of today and neural networks of old.");

        Assert.Equal(phrases.Count, phrases.Select(KeyPhraseExtractor.NormalizedKey).Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void Extract_MaxPhrases_IsRespected(int max) => Assert.InRange(Extract(Article, max).Count, 1, max);

    [Fact]
    public void Extract_ZeroMax_ReturnsNothing() => Assert.Empty(Extract(Article, 0));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of it was")]
    [InlineData("1, 2, 3 ... 42!")]
    public void Extract_NoContentWords_ReturnsEmpty(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Extract_SameText_SameListEveryTime()
    {
        var first = Extract(Article);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(first, Extract(Article));
        }

        Assert.Equal(first, new KeyPhraseExtractor().Extract(TokenizedText.From(Article), 10));
    }

    [Fact]
    public void Extract_HyphenatedName_KeptWhole()
    {
        var phrases = Extract("The Asia-Pacific summit opened. Leaders at the Asia-Pacific summit talked trade. Asia-Pacific trade grew.");

        Assert.Contains(phrases, p => p.Contains("Asia-Pacific", StringComparison.Ordinal));
        Assert.DoesNotContain(phrases, p => p is "Asia" or "Pacific");
    }

    [Fact]
    public void Extract_SentenceInitialCapital_PrefersMidSentenceSpelling()
    {
        var phrases = Extract("Wavelength services are popular. Many banks use wavelength services. Demand for wavelength services is strong.");

        Assert.Contains("wavelength services", phrases);
    }

    [Fact]
    public void Extract_PhraseAcrossLineBreak_ReadsAsOneSpace()
    {
        var phrases = Extract("Carbon capture is costly.\nThe cost of carbon\ncapture is high. Carbon  capture is new.");

        Assert.Contains(phrases, p => p.Equals("carbon capture", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_AnyText_NeverThrowsAndStaysInText()
    {
        Gen.String.Sample(text =>
        {
            var phrases = Extract(text);
            var spaced = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
            Assert.True(phrases.Count <= 10);
            Assert.All(phrases, p => Assert.Contains(p, spaced, StringComparison.Ordinal));
        }, iter: 500);
    }

    [Fact]
    public void Extract_WordMostlyInsideOnePhrase_ReturnsThePhraseNotTheWord()
    {
        var phrases = Extract("The neural network is small. A neural network is slow. Every neural network is trained with care. The network is new.")
            .Select(KeyPhraseExtractor.NormalizedKey).ToList();

        Assert.Contains("neural network", phrases);
        Assert.DoesNotContain("network", phrases);
    }

    [Fact]
    public void Extract_NameMostlyWrittenAlone_RankedFirstOnceAsItsFullName()
    {
        // "Putin" stands alone (one of four mentions is in the full name), ranks first, and the full name
        // then takes its place.
        var phrases = Extract("Vladimir Putin met officials in Moscow. Putin spoke about trade. Critics say Putin ignores sanctions. "
                              + "Putin left on Friday.");

        Assert.Equal("Vladimir Putin", phrases[0]);
        Assert.DoesNotContain("Putin", phrases);
    }

    [Fact]
    public void Extract_ZeroRankExponent_MostFrequentWordFirst()
    {
        var extractor = new KeyPhraseExtractor(KeyPhraseTuning.News with { RankExponent = 0 });

        var phrases = extractor.Extract(TokenizedText.From(
            "Floods hit the valley. Rescuers reached the valley by boat. The valley road stays closed. Farmers in the valley wait."));

        Assert.Equal("valley", phrases[0]);
    }

    [Fact]
    public void Extract_WholeRunsSetting_KeepsFullName()
    {
        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.WholeRuns).Extract(TokenizedText.From(Article));

        Assert.Contains("Russian President Vladimir Putin", phrases);
    }

    [Fact]
    public void Extract_NoShareLimit_WordDisplacesThePhraseThatHoldsIt()
    {
        var extractor = new KeyPhraseExtractor(KeyPhraseTuning.News with { MaxShareInOnePhrase = 1 });

        var phrases = extractor.Extract(TokenizedText.From(
                "The neural network is small. A neural network is slow. Every neural network is trained with care. The network is new."))
            .Select(KeyPhraseExtractor.NormalizedKey).ToList();

        Assert.Contains("network", phrases);
        Assert.DoesNotContain("neural network", phrases);
    }

    [Fact]
    public void Extract_Possessives_NeverReturnsTheClitic()
    {
        var phrases = Extract("Larsson's novels sold well. Larsson's publisher's plans and Larsson's estate's lawyers' claims grew. "
                              + "The publisher's deal didn't end Larsson's fame.");

        Assert.DoesNotContain(phrases, p => p.StartsWith('\'') || p.StartsWith('’') || p == "n't");
        Assert.Contains("Larsson", phrases);
    }

    private const string Abstract =
        "A sensor deployment strategy for target detection is studied. Sensor networks achieve a level of\n" +
        "detection performance at a cost of deployment. We strengthen the analysis of path exposure and show that\n" +
        "path exposure measures the quality of a deployment. Sequential deployment in steps reduces the cost of\n" +
        "deployment while increasing the detection performance of the sensor networks.";

    [Fact]
    public void Extract_TextWithFewNamesAndNoNarrative_ReturnsTheTermRichSettingsPhrases()
    {
        var adaptive = Extract(Abstract);

        Assert.Equal(new KeyPhraseExtractor(KeyPhraseTuning.TermRich).Extract(TokenizedText.From(Abstract)), adaptive);
        Assert.NotEqual(new KeyPhraseExtractor(KeyPhraseTuning.News).Extract(TokenizedText.From(Abstract)), adaptive);
    }

    [Fact]
    public void Extract_NewsArticle_ReturnsTheNewsSettingsPhrases()
        => Assert.Equal(new KeyPhraseExtractor(KeyPhraseTuning.News).Extract(TokenizedText.From(Article)), Extract(Article));

    [Fact]
    public void Extract_TextLongerThanAnArticle_ReturnsTheTermRichSettingsPhrases()
    {
        // The news article repeated: names and "said" throughout, but far longer than an article.
        var longText = string.Join("\n", Enumerable.Repeat(Article, 3001 / 60 + 1));

        Assert.Equal(new KeyPhraseExtractor(KeyPhraseTuning.TermRich).Extract(TokenizedText.From(longText)), Extract(longText));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Extract_PhraseWrappedAcrossLines_FoundOnlyWhenWrappedLinesAreJoined(bool join)
    {
        const string Wrapped = "We measure the path\nexposure of a deployment. The path\nexposure is low, and path\nexposure grows with each step.";

        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.TermRich with { JoinWrappedLines = join })
            .Extract(TokenizedText.From(Wrapped)).Select(KeyPhraseExtractor.NormalizedKey).ToList();

        Assert.Equal(join, phrases.Contains("path exposur"));
    }

    [Fact]
    public void Extract_TermRichText_NoPhraseHoldsAVerbOrEndsInAParticiple()
    {
        var phrases = Extract(Abstract);

        Assert.DoesNotContain(phrases, p => p.Contains("strengthen", StringComparison.OrdinalIgnoreCase)
                                            || p.Contains("reduces", StringComparison.OrdinalIgnoreCase)
                                            || p.EndsWith("increasing", StringComparison.OrdinalIgnoreCase)
                                            || p.EndsWith("studied", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_HeadlineOverArticle_HeadlineNotJoinedToFirstSentence()
    {
        var text = "Floods close valley road\nRescuers reached the valley by boat. Farmers in the valley wait. Floods hit the valley.";

        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.TermRich).Extract(TokenizedText.From(text), 20);

        Assert.DoesNotContain(phrases, p => p.Contains("road Rescuers", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LineEndingInFunctionWord_ContinuesOnTheNextLine()
    {
        var text = "Results for a\nVirtual Conferencing Environment are good. The Virtual Conferencing Environment is used.";

        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.TermRich).Extract(TokenizedText.From(text));

        Assert.Contains("Virtual Conferencing Environment", phrases);
    }

    [Theory]
    [InlineData("Putin met Xi in Beijing and Moscow.", 0.5)]
    [InlineData("the method reduces the cost of deployment", 0)]
    public void TextProfile_CapitalisedWordsInsideSentences_CountAsNames(string sentence, double expected)
    {
        var profile = Profile(sentence.Split(' ').Select((w, i) => (w.TrimEnd('.'), i == 0)));

        Assert.Equal(expected, profile.NameShare, 3);
    }

    [Fact]
    public void TextProfile_Acronyms_NotCountedAsNames()
        => Assert.Equal(0, Profile([("We", true), ("use", false), ("TCP", false), ("here", false)]).NameShare);

    [Fact]
    public void TextProfile_PronounsAndReportingVerbs_CountAsNarrative()
        => Assert.Equal(0.5, Profile([("She", true), ("said", false), ("the", false), ("deal", false)]).NarrativeShare);

    private static KeyPhraseExtractor.TextProfile Profile(IEnumerable<(string Word, bool SentenceInitial)> words)
    {
        var profile = new KeyPhraseExtractor.TextProfile();
        foreach (var (word, initial) in words)
        {
            profile.Add(word, initial);
        }

        return profile;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Extract_NewsSettingWithVerbList_CommonVerbsAreNoPhrases(bool listedVerbsBreakRuns)
    {
        const string News = "Putin said Moscow would strengthen ties with Beijing. Xi said Beijing would strengthen trade. "
                            + "Officials want to strengthen cooperation. Increasing trade helps Moscow, and increasing trade helps Beijing.";

        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.News with { ListedVerbsBreakRuns = listedVerbsBreakRuns })
            .Extract(TokenizedText.From(News), 20);

        Assert.Equal(!listedVerbsBreakRuns, phrases.Any(p => p.Contains("strengthen", StringComparison.OrdinalIgnoreCase)
                                                             || p.Equals("increasing", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData(0, "edge weights")]
    [InlineData(2, "graph colouring")]
    public void Extract_FirstPositionExponent_WeighsWhereAPhraseFirstOccurs(double exponent, string expectedFirst)
    {
        const string Text = "Graph colouring is studied here. Our test bench holds many machines and long cables. "
                            + "The machines run for hours with cables on the floor and noise in the hall. "
                            + "Edge weights are high. Edge weights are low. Edge weights are known.";

        // The words' own bias towards early positions is off, so the phrase's first occurrence alone moves it.
        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.TermRich with { FirstPositionExponent = exponent, PositionBias = false })
            .Extract(TokenizedText.From(Text));

        Assert.Equal(expectedFirst, phrases[0], ignoreCase: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Extract_TermRichSetting_LoneWordOnlyWhenCapitalisedInsideASentence(bool capitalisedOnly)
    {
        const string Text = "The cost is high. The cost is known. The cost is low. We use JXTA for search. "
                            + "The peers rely on JXTA and the cost is shared.";

        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.TermRich with { SingleWordsOnlyIfCapitalised = capitalisedOnly })
            .Extract(TokenizedText.From(Text));

        Assert.Contains("JXTA", phrases);
        Assert.Equal(!capitalisedOnly, phrases.Contains("cost"));
    }

    [Theory]
    [InlineData(true, "sensor networks")]
    [InlineData(false, "target tracking")]
    public void Extract_CountNestedOccurrences_PhraseInsideLongerRunsCounts(bool countNested, string expectedFirst)
    {
        // "sensor networks" is written alone once and inside longer runs three times; "target tracking" alone twice.
        const string Text = "Target tracking is hard. Sensor networks are useful. Wireless sensor networks are cheap. "
                            + "Dense sensor networks are costly. Mobile sensor networks are rare. Target tracking is done.";

        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.TermRich with
            {
                // Counts and lengths alone decide.
                CountNestedOccurrences = countNested, RankExponent = 0, FirstPositionExponent = 0,
            })
            .Extract(TokenizedText.From(Text));

        Assert.Equal(expectedFirst, phrases[0], ignoreCase: true);
    }

    private const string Paper =
        "Target Detection in Sensor Networks\n" +
        "Jane Doe\nCarnegie Mellon University\nPittsburgh, USA\n" +
        "ABSTRACT\n" +
        "Sensor networks detect targets. Target detection in sensor networks needs path exposure.\n" +
        "1. INTRODUCTION\n" +
        "Path exposure measures target detection. Sensor networks lower path exposure.\n" +
        "REFERENCES\n" +
        "[1] J. Doe. Sensor networks. Carnegie Mellon University, 2005.\n";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Extract_PaperPhraseOnlyAboveAbstractAndInReferences_ReturnedOnlyWhenFrontMatterKept(bool dropFrontMatter)
    {
        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.TermRich with { PaperBodyOnly = dropFrontMatter })
            .Extract(TokenizedText.From(Paper), 20);

        Assert.Contains("target detection", phrases);
        Assert.Equal(!dropFrontMatter, phrases.Contains("Carnegie Mellon University"));
        Assert.Equal(!dropFrontMatter, phrases.Contains("Jane Doe"));
    }

    [Theory]
    [InlineData(true, "support vector machine")]
    [InlineData(false, "SVM")]
    public void Extract_AbbreviationDefinedInParentheses_CountsForItsLongForm(bool tie, string expectedFirst)
    {
        // The long form is written once, its abbreviation four times, "decision trees" twice.
        const string Text = "We train a support vector machine (SVM) on the data. The SVM is fast. The SVM is small. "
                            + "Decision trees are slow. Decision trees are large. The SVM wins.";

        var phrases = new KeyPhraseExtractor(KeyPhraseTuning.TermRich with
            {
                // Counts and lengths alone decide.
                AcronymsCountForLongForms = tie, RankExponent = 0, FirstPositionExponent = 0,
            })
            .Extract(TokenizedText.From(Text));

        Assert.Equal(expectedFirst, phrases[0]);
        Assert.Contains("SVM", phrases);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(int.MaxValue, false)]
    public void Extract_TermAndLongerTermHoldingIt_BothReturnedOnlyInTextsLongerThanTheLimit(int minWords, bool bothExpected)
    {
        const string Text = "The data grid stores files. Each data grid application reads the data grid. "
                            + "A data grid application writes files to the data grid.";

        var keys = new KeyPhraseExtractor(KeyPhraseTuning.TermRich with { MinWordsToKeepNestedTerms = minWords })
            .Extract(TokenizedText.From(Text)).Select(KeyPhraseExtractor.NormalizedKey).ToList();

        Assert.Equal(bothExpected, keys.Contains("data grid") && keys.Contains("data grid applic"));
    }
}
