using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Text.Tests.Ner;

public class BioReaderTests
{
    private static List<BioSentence> Read(string text, BioCleaning cleaning) => BioReader.Read(new StringReader(text), cleaning);

    [Fact]
    public void Read_BlankLines_SeparateSentencesAndLastColumnIsTag()
    {
        var sentences = Read("Putin\tNNP\tB-PER\nspoke\tVBD\tO\n\n\nMoscow\tX\tB-LOC\n", BioCleaning.None);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Putin", "spoke"], sentences[0].Tokens);
        Assert.Equal(["B-PER", "O"], sentences[0].Tags);
        Assert.Equal(["B-LOC"], sentences[1].Tags);
    }

    [Fact]
    public void Read_TwitterMarkers_JoinsMentionIntoOneOutsideToken()
    {
        var sentences = Read("@\tB-PER\ncolgo\tB-PER\nmet\tO\nBarack\tB-PER\nObama\tI-PER\n", BioCleaning.TwitterMarkers);

        Assert.Equal(["@colgo", "met", "Barack", "Obama"], sentences[0].Tokens);
        Assert.Equal(["O", "O", "B-PER", "I-PER"], sentences[0].Tags);
    }

    [Fact]
    public void Read_TwitterMarkers_HashtagJoinedAndFollowingInsideTagStartsSpan()
    {
        var sentences = Read("in\tO\n#\tO\nNew\tB-LOC\nYork\tI-LOC\n#\tO\n", BioCleaning.TwitterMarkers);

        Assert.Equal(["in", "#New", "York", "#"], sentences[0].Tokens);
        Assert.Equal(["O", "O", "B-LOC", "O"], sentences[0].Tags);
    }

    [Fact]
    public void Read_WithoutCleaning_KeepsMarkersAsWritten()
    {
        var sentences = Read("@\tB-PER\ncolgo\tB-PER\n", BioCleaning.None);

        Assert.Equal(["@", "colgo"], sentences[0].Tokens);
    }

    [Fact]
    public void CleaningFor_BtcFolder_CleansTwitterMarkers()
    {
        Assert.Equal(BioCleaning.TwitterMarkers, BioReader.CleaningFor("/data/ner/btc/section_f.bio"));
        Assert.Equal(BioCleaning.None, BioReader.CleaningFor("/data/ner/wnut17/test.bio"));
    }
}
