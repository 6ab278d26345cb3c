using ArticleEnrichment.Testing;
using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Text.Tests.Ner;

public class BioReaderTests
{
    private static List<BioSentence> Read(string text, BioCleaning cleaning) => BioReader.Read(new StringReader(text), cleaning);

    [Fact]
    public void Read_BlankLines_SeparateSentences()
    {
        var sentences = Read("Putin\tB-PER\nspoke\tO\n\n\nMoscow\tB-LOC\n", BioCleaning.None);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Putin", "spoke"], sentences[0].Tokens);
        Assert.Equal(["B-PER", "O"], sentences[0].Tags);
        Assert.Equal(["B-LOC"], sentences[1].Tags);
    }

    [Fact]
    public void Read_CrLfAndLastLineWithoutBreak_SameSentencesAsLf()
    {
        var sentences = Read("Putin\tB-PER\r\nspoke\tO\r\n\r\nMoscow\tB-LOC", BioCleaning.None);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["B-PER", "O"], sentences[0].Tags);
        Assert.Equal(["Moscow"], sentences[1].Tokens);
    }

    [Theory]
    [InlineData("Putin\tB-PER\nmet\tZZZ\n", "line 2: unknown tag 'ZZZ' (expected O, B-TYPE or I-TYPE).")]
    [InlineData("Putin\tB-\n", "line 1: unknown tag 'B-' (expected O, B-TYPE or I-TYPE).")]
    [InlineData("Putin\tb-PER\n", "line 1: unknown tag 'b-PER' (expected O, B-TYPE or I-TYPE).")]
    [InlineData("Putin\tB-PER\textra\tcol\n", "line 1: expected two columns (token<TAB>tag), got 4: 'Putin\tB-PER\textra\tcol'.")]
    [InlineData("Putin\tNNP\tB-PER\n", "line 1: expected two columns (token<TAB>tag), got 3: 'Putin\tNNP\tB-PER'.")]
    [InlineData("Putin\tB-PER\n\n Putin B-PER\n", "line 3: expected token<TAB>tag, got ' Putin B-PER'.")]
    [InlineData("Putin\tB-PER\n\tI-PER\n", "line 2: empty token tagged 'I-PER'.")]
    public void Read_MalformedLine_InvalidDataNamingTheLine(string bio, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(bio, BioCleaning.None));

        Assert.Equal(message.Replace("\t", "<TAB>", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Read_EmptyTokenTaggedOutside_KeptAsAToken()
    {
        var sentences = Read("lol\tO\n\tO\nParis\tB-LOC\n", BioCleaning.None);

        Assert.Equal(["lol", "", "Paris"], sentences[0].Tokens);
    }

    [Fact]
    public void Read_LineLongerThanTheMaximum_InvalidDataQuotingOnlyItsStart()
    {
        // No line break at all, as from a device: the reader must stop rather than read it whole.
        var error = Assert.Throws<InvalidDataException>(() => Read(new string('x', 5_000_000), BioCleaning.None));

        Assert.StartsWith("line 1: longer than 10,000 characters: 'xxxx", error.Message);
        Assert.EndsWith("…'.", error.Message);
        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void Read_FileWithBadLine_MessageNamesFileAndLine()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("bio-").FullName, "bad.bio");
        File.WriteAllText(path, "Putin\tB-PER\nmet\tZZZ\n");

        var error = Assert.Throws<InvalidDataException>(() => BioReader.Read(path));

        Assert.Equal($"{path}, line 2: unknown tag 'ZZZ' (expected O, B-TYPE or I-TYPE).", error.Message);
    }

    [Fact]
    public void Read_EverySharedNerFile_ReadWithoutError()
    {
        // The rules above must not reject the data the model is trained and evaluated on.
        var files = Directory.EnumerateFiles(RepoPaths.SharedFile("data", "ner"), "*.bio", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.NotEmpty(BioReader.Read(file)));
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
