using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Tests.Tokenization;

public class TokenizerTests
{
    private static string[] Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length))];

    private static (string Text, TokenKind Kind)[] Tokens(string text)
        => [.. Tokenizer.Tokenize(text).Select(t => (text.Substring(t.Start, t.Length), t.Kind))];

    [Fact]
    public void Tokenize_EmptyOrWhitespace_NoTokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t\u00A0\u200B "));
    }

    [Fact]
    public void Tokenize_CurlyQuotes_AreOwnTokens()
    {
        Assert.Equal(["“", "We", "are", "waiting", "”", "«", "Moscow", "»"], Texts("“We are waiting” «Moscow»"));
    }

    [Fact]
    public void Tokenize_CurlyApostropheInsideWord_StaysInWord()
    {
        Assert.Equal(["don’t", "O’Brien", "can't"], Texts("don’t O’Brien can't"));
    }

    [Fact]
    public void Tokenize_Possessive_SplitsCliticFromName()
    {
        Assert.Equal(["Putin", "’s", "statement", "China", "'s", "oil"], Texts("Putin’s statement China's oil"));
        Assert.Equal(TokenKind.Word, Tokens("Putin’s")[1].Kind);
    }

    [Fact]
    public void Tokenize_TrailingApostrophe_IsPunctuation()
    {
        Assert.Equal(["countries", "’", "leaders"], Texts("countries’ leaders"));
    }

    [Theory]
    [InlineData("Mr.")]
    [InlineData("Dr.")]
    [InlineData("Feb.")]
    [InlineData("Inc.")]
    [InlineData("etc.")]
    public void Tokenize_KnownAbbreviation_KeepsPeriod(string abbreviation)
    {
        Assert.Equal([abbreviation, "Smith"], Texts(abbreviation + " Smith"));
    }

    [Fact]
    public void Tokenize_AbbreviationWithoutSpace_KeepsPeriod()
    {
        Assert.Equal(["Mr.", "Smith", "end", ".", "Next"], Texts("Mr.Smith end.Next"));
    }

    [Fact]
    public void Tokenize_Acronym_KeepsAllPeriods()
    {
        Assert.Equal(["the", "U.S.", "military", "e.g.", "3", "p.m."], Texts("the U.S. military e.g. 3 p.m."));
    }

    [Fact]
    public void Tokenize_NumberSignBeforeDigit_KeepsPeriod()
    {
        Assert.Equal(["No.", "1", "said", "no", "."], Texts("No. 1 said no."));
    }

    [Fact]
    public void Tokenize_Initial_KeepsPeriod()
    {
        Assert.Equal(["George", "W.", "Bush"], Texts("George W. Bush"));
    }

    [Fact]
    public void Tokenize_UnknownWordBeforePeriod_PeriodIsOwnToken()
    {
        Assert.Equal(["in", "Ukraine", "."], Texts("in Ukraine."));
    }

    [Theory]
    [InlineData("13.8")]
    [InlineData("172.406")]
    [InlineData("1,000")]
    [InlineData("1,000,000.50")]
    [InlineData("10:30")]
    [InlineData("12/30")]
    public void Tokenize_DecimalsThousandsAndSeparators_OneNumber(string number)
    {
        Assert.Equal([(number, TokenKind.Number), (".", TokenKind.Punctuation)], Tokens(number + "."));
    }

    [Fact]
    public void Tokenize_NumberFollowedByComma_CommaIsOwnToken()
    {
        Assert.Equal(["1,000", ",", "2"], Texts("1,000, 2"));
    }

    [Fact]
    public void Tokenize_OrdinalAndDecadeSuffixes_StayWithNumber()
    {
        Assert.Equal(["11th", "2nd", "1990s"], Texts("11th 2nd 1990s"));
    }

    [Fact]
    public void Tokenize_UnitGluedToNumber_IsSplit()
    {
        Assert.Equal(["2.8", "C", "5", "km", "$", "172.406"], Texts("2.8C 5km $172.406"));
    }

    [Theory]
    [InlineData("Asia-Pacific")]
    [InlineData("no-limits")]
    [InlineData("Russian-Chinese")]
    [InlineData("5-year-old")]
    [InlineData("COVID-19")]
    public void Tokenize_HyphenatedWord_OneWord(string word)
    {
        Assert.Equal([(word, TokenKind.Word)], Tokens(word));
    }

    [Fact]
    public void Tokenize_QuotedHyphenatedWord_QuotesSeparate()
    {
        Assert.Equal(["“", "no-limits", "”", "relationship"], Texts("“no-limits” relationship"));
    }

    [Fact]
    public void Tokenize_EmAndEnDashes_AreOwnTokens()
    {
        Assert.Equal(["Moscow", "—", "and", "Beijing", "1998", "–", "2002", "a", "--", "b"], Texts("Moscow—and Beijing 1998–2002 a -- b"));
    }

    [Fact]
    public void Tokenize_Ellipsis_OneToken()
    {
        Assert.Equal(["(", "…", ")", "wait", "..."], Texts("(…) wait..."));
        Assert.Equal(["etc", "...."], Texts("etc...."));
    }

    [Theory]
    [InlineData("https://example.com/a/b?x=1&y=2")]
    [InlineData("http://www.reuters.com/world")]
    [InlineData("www.bbc.co.uk")]
    [InlineData("example.com")]
    [InlineData("news.bbc.co.uk/world/europe")]
    public void Tokenize_Url_OneUrlToken(string url)
    {
        Assert.Equal([("see", TokenKind.Word), (url, TokenKind.Url), (".", TokenKind.Punctuation)], Tokens($"see {url}."));
    }

    [Fact]
    public void Tokenize_UrlWithParentheses_KeepsItsOwnClosingParenthesis()
    {
        Assert.Equal(["(", "https://en.wikipedia.org/wiki/Power_(physics)", ")"], Texts("(https://en.wikipedia.org/wiki/Power_(physics))"));
    }

    [Fact]
    public void Tokenize_RunTogetherSentences_AreNotAUrl()
    {
        Assert.Equal(["Ukraine", ".", "It", "was"], Texts("Ukraine.It was"));
    }

    [Theory]
    [InlineData("press@example.com")]
    [InlineData("john.smith@news.example.co.uk")]
    [InlineData("jean-luc+news@example.org")]
    [InlineData("2022press@example.org")]
    public void Tokenize_Email_OneEmailToken(string email)
    {
        Assert.Equal([("write", TokenKind.Word), (email, TokenKind.Email), (".", TokenKind.Punctuation)], Tokens($"write {email}."));
    }

    [Fact]
    public void Tokenize_MentionAndHashtag_OneTokenEach()
    {
        Assert.Equal([("@wy9m6", TokenKind.Mention), ("#Ukraine", TokenKind.Hashtag), ("@", TokenKind.Symbol)], Tokens("@wy9m6 #Ukraine @"));
    }

    [Fact]
    public void Tokenize_QuoteEndingSentence_PeriodAndQuoteSeparate()
    {
        Assert.Equal(["law", ".", "”", "He"], Texts("law.” He"));
        Assert.Equal(["Moscow", "»", "."], Texts("Moscow»."));
    }

    [Fact]
    public void Tokenize_QuoteGluedToNextWord_Separated()
    {
        Assert.Equal(["positions", "”", "Putin", "said"], Texts("positions”Putin said"));
    }

    [Fact]
    public void Tokenize_SurrogatePairs_NeverSplit()
    {
        var text = "hi 😀👍 𝒳yz";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.False(char.IsLowSurrogate(text[token.Start]), $"token at {token.Start} starts inside a pair");
            Assert.False(char.IsHighSurrogate(text[token.End - 1]), $"token at {token.Start} ends inside a pair");
        }

        Assert.Equal(["hi", "😀", "👍", "𝒳yz"], Texts(text));
    }

    [Fact]
    public void Tokenize_PercentAndCurrency_AreSymbols()
    {
        Assert.Equal([("32", TokenKind.Number), ("%", TokenKind.Symbol), ("$", TokenKind.Symbol), ("5", TokenKind.Number)], Tokens("32% $5"));
    }

    [Fact]
    public void Tokenize_Offsets_AreUtf16IntoOriginal()
    {
        const string text = "😀 Putin’s";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(new Token(0, 2, TokenKind.Symbol), tokens[0]);
        Assert.Equal(new Token(3, 5, TokenKind.Word), tokens[1]);
        Assert.Equal(new Token(8, 2, TokenKind.Word), tokens[2]);
    }

    [Fact]
    public void Tokenize_PhoneAndIp_OneNumberEach()
    {
        Assert.Equal(["425-555-0100", "192.168.0.1"], Texts("425-555-0100 192.168.0.1"));
    }
}
