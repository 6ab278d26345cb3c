using System.Text;
using ArticleEnrichment.Azure.Language;

namespace ArticleEnrichment.Azure.Tests.Language;

public sealed class TextChunkerTests
{
    private static void AssertCoversInOrder(string text, IReadOnlyList<TextChunk> chunks, int max)
    {
        var position = 0;
        foreach (var chunk in chunks)
        {
            Assert.Equal(position, chunk.Offset);
            Assert.True(chunk.Length > 0);
            Assert.InRange(TextChunker.CountTextElements(text.AsSpan(chunk.Offset, chunk.Length)), 1, max);
            position = chunk.End;
        }

        Assert.Equal(text.Length, position);
    }

    [Fact]
    public void Split_TextWithinLimit_OneChunk()
    {
        var chunks = TextChunker.Split("Short text. Two sentences.");

        Assert.Equal([new TextChunk(0, 26)], chunks);
    }

    [Fact]
    public void Split_EmptyText_NoChunks() => Assert.Empty(TextChunker.Split(string.Empty));

    [Fact]
    public void Split_LongText_CutsAfterSentenceEndsWithinLimit()
    {
        var text = string.Concat(Enumerable.Range(0, 40).Select(i => $"Sentence number {i} says a little. "));

        var chunks = TextChunker.Split(text, maxTextElements: 100);

        AssertCoversInOrder(text, chunks, 100);
        Assert.True(chunks.Count > 1);
        // Every chunk but the last ends after a sentence end and its space.
        Assert.All(chunks.SkipLast(1), c => Assert.EndsWith(". ", text.Substring(c.Offset, c.Length)));
    }

    [Fact]
    public void Split_SentenceEndsInsideQuotes_CutsAfterTheClosingQuote()
    {
        var text = "He said \"It is over.\" Then he left the room quietly and closed the door.";

        var chunks = TextChunker.Split(text, maxTextElements: 40);

        Assert.Equal("He said \"It is over.\" ", text.Substring(chunks[0].Offset, chunks[0].Length));
    }

    [Fact]
    public void Split_SentenceLongerThanLimit_CutsAtWhitespace()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 100));

        var chunks = TextChunker.Split(text, maxTextElements: 23);

        AssertCoversInOrder(text, chunks, 23);
        Assert.All(chunks.SkipLast(1), c => Assert.EndsWith(" ", text.Substring(c.Offset, c.Length)));
    }

    [Fact]
    public void Split_NoWhitespace_NeverSplitsASurrogatePairOrCluster()
    {
        var text = string.Concat(Enumerable.Repeat("a😀e\u0301", 50));

        var chunks = TextChunker.Split(text, maxTextElements: 7);

        AssertCoversInOrder(text, chunks, 7);
        Assert.All(chunks, c =>
        {
            Assert.False(char.IsLowSurrogate(text[c.Offset]));
            Assert.NotEqual('\u0301', text[c.Offset]);
        });
    }

    [Fact]
    public void Split_ManyLengths_ChunksAlwaysCoverTheTextWithinLimit()
    {
        var random = new Random(20261128);
        string[] pieces = ["Word", " ", ". ", "! ", "\n", "😀", "👩‍👩‍👧", "e\u0301", "“Quote.” ", "Straße", "中文。"];
        for (var round = 0; round < 200; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 400);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            var max = random.Next(5, 120);
            AssertCoversInOrder(text, TextChunker.Split(text, max), max);
        }
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("e\u0301", 1)] // a combining accent belongs to its letter in Unicode 8 too
    [InlineData("😀", 1)] // one surrogate pair, one element
    [InlineData("👩‍👩‍👧", 3)] // Unicode 8 keeps a ZWJ with the emoji before it but splits after it
    [InlineData("👍🏽", 2)] // skin-tone modifiers were separate elements in Unicode 8
    public void CountTextElements_Text_CountsAtLeastAsManyAsTheService(string text, int expected)
        => Assert.Equal(expected, TextChunker.CountTextElements(text));

    [Fact]
    public void Split_FullServiceLimit_AForty_KilobyteArticleNeedsAboutEightChunks()
    {
        var text = string.Concat(Enumerable.Repeat("The minister said the talks would resume on Monday. ", 800));

        var chunks = TextChunker.Split(text);

        AssertCoversInOrder(text, chunks, LanguageServiceLimits.MaxTextElementsPerDocument);
        Assert.Equal((int)Math.Ceiling(text.Length / 5120.0), chunks.Count);
    }
}
