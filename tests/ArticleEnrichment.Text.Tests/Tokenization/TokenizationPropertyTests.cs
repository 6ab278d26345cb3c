using ArticleEnrichment.Text.Tokenization;
using CsCheck;

namespace ArticleEnrichment.Text.Tests.Tokenization;

public class TokenizationPropertyTests
{
    // Text drawn from pieces that exercise every branch of the tokenizer (abbreviations, numbers, URLs,
    // e-mails, quotes, dashes, surrogate pairs, line breaks), mixed with arbitrary characters.
    private static readonly string[] Pieces =
    [
        "Mr.", "U.S.", "e.g.", "Feb.", "No.", "13.8", "1,000", "172.406", "12/30", "10:30", "11th", "1990s", "Asia-Pacific",
        "no-limits", "5-year-old", "—", "–", "-", "--", "…", "...", ".", ",", "!", "?", "“", "”", "‘", "’", "'", "\"", "«", "»",
        "(", ")", "https://example.com/a(b)", "www.x.org", "example.com", "a@b.co", "x.y@z", "@user", "#tag", "@", "#",
        "😀", "\uD83D", "\uDE00", "é", "e\u0301", "Putin", "’s", "don't", "$", "%", "°", " ", "  ", "\n", "\r\n", "\u00A0",
        "\u200B", "\u00AD", "\t", "W", "a", "1", "0",
    ];

    private static readonly Gen<string> TextGen = Gen.OneOf(
        Gen.OneOfConst(Pieces).Array[0, 40].Select(parts => string.Concat(parts)),
        Gen.String,
        Gen.Char.Array[0, 60].Select(chars => new string(chars)));

    [Fact]
    public void Tokenize_AnyText_TokensIncreasingNonOverlappingInRangeAndNeverBlank()
    {
        TextGen.Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Length > 0, "empty token");
                Assert.True(token.Start >= previousEnd, "tokens overlap or go backwards");
                Assert.True(token.End <= text.Length, "token past the end");
                Assert.False(token.Span(text).IsWhiteSpace(), "whitespace-only token");
                for (var j = previousEnd; j < token.Start; j++)
                {
                    Assert.True(Tokenizer.IsSeparator(text[j]), $"character {(int)text[j]:X4} at {j} dropped between tokens");
                }

                previousEnd = token.End;
            }

            for (var j = previousEnd; j < text.Length; j++)
            {
                Assert.True(Tokenizer.IsSeparator(text[j]), $"character {(int)text[j]:X4} at {j} dropped at the end");
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Split_AnyText_SentencesCoverTokensInOrder()
    {
        TextGen.Sample(text =>
        {
            var tokenized = TokenizedText.From(text);
            var nextToken = 0;
            foreach (var sentence in tokenized.Sentences)
            {
                Assert.Equal(nextToken, sentence.FirstToken);
                Assert.True(sentence.TokenCount > 0, "empty sentence");
                Assert.Equal(tokenized.Tokens[sentence.FirstToken].Start, sentence.Start);
                Assert.Equal(tokenized.Tokens[sentence.EndToken - 1].End, sentence.End);
                nextToken = sentence.EndToken;
            }

            Assert.Equal(tokenized.Tokens.Length, nextToken);
        }, iter: 20_000);
    }

    [Fact]
    public void Tokenize_SameText_SameTokens()
    {
        TextGen.Sample(text => Assert.Equal(Tokenizer.Tokenize(text), Tokenizer.Tokenize(text)), iter: 2_000);
    }
}
