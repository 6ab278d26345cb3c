using ArticleEnrichment.Testing;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Sentiment;

namespace ArticleEnrichment.Text.Tests.Sentiment;

public sealed class SentimentLexiconCompilerTests
{
    [Fact]
    public void Compile_SameFiles_GivesTheSameBytes()
    {
        Assert.Equal(CompiledLexicon.Section, SentimentLexiconCompiler.Compile(RepoPaths.SharedFile("data")));
    }

    [Fact]
    public void Compile_ThenRead_KeepsVaderWordsNewsAdditionsPhrasesAndEmoji()
    {
        var built = SentimentLexiconCompiler.Build(RepoPaths.SharedFile("data"));
        var read = SentimentLexicon.FromBytes(CompiledLexicon.Section);

        Assert.Equal(built.Words.Count, read.Words.Count);
        Assert.True(read.Words.Count > 7500, "the whole VADER lexicon is compiled in");
        Assert.All(built.Words, pair => Assert.Equal(pair.Value, read.Words[pair.Key]));
        Assert.Equal(-3.5f, read.Words["killed"]);
        Assert.Equal(0f, read.Words["party"]);
        Assert.True(read.Words["layoffs"] < 0);
        Assert.Equal(built.Phrases.Count, read.Phrases.Count);
        Assert.True(read.Phrases["death toll"] < 0);
        Assert.Equal("grinning face", read.Emoji["\U0001F600"]);
    }

    [Fact]
    public void Build_TokenListedTwice_TakesTheMeanOfItsValences()
    {
        var folder = Directory.CreateTempSubdirectory("sentiment-lexicon-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "sentiment"));
            File.WriteAllLines(
                Path.Combine(folder.FullName, "sentiment", "vader_lexicon.txt"),
                ["lol\t2.9\t0.8\t[3]", ":P\t1.4\t0.5\t[1]", "good\t1.9\t0.9\t[2]", "lol\t1.8\t1.5\t[2]", ":p\t1.0\t0.7\t[1]"]);
            var lexicon = SentimentLexiconCompiler.Build(folder.FullName);
            Assert.Equal(2.35f, lexicon.Words["lol"], 5);
            Assert.Equal(1.2f, lexicon.Words[":p"], 5);
            Assert.Equal(1.9f, lexicon.Words["good"], 5);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Compile_SectionSurvivesModelSaveAndLoad()
    {
        using var stream = new MemoryStream();
        CompiledLexicon.Model().Save(stream);
        stream.Position = 0;
        var loaded = ModelBundle.Load(stream);
        Assert.Equal(CompiledLexicon.Section, loaded.GetSection(SentimentLexiconCompiler.SectionName));
        Assert.NotNull(SentimentAnalyzer.FromModel(loaded));
    }

    [Fact]
    public void FromModel_SectionOfAnotherFormatVersion_FailsLoudly()
    {
        var section = (byte[])CompiledLexicon.Section.Clone();

        // Layout: the tag as a length-prefixed string (1 + 12 bytes), then the format version (int32).
        BitConverter.GetBytes(SentimentLexicon.FormatVersion + 1).CopyTo(section, 13);
        var model = new ModelBundle("test");
        model.SetSection(SentimentLexiconCompiler.SectionName, section);

        var error = Assert.Throws<InvalidDataException>(() => SentimentAnalyzer.FromModel(model));
        Assert.Contains($"version {SentimentLexicon.FormatVersion + 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromModel_SectionThatIsNotALexicon_FailsLoudly()
    {
        var model = new ModelBundle("test");
        model.SetSection(SentimentLexiconCompiler.SectionName, [1, 2, 3]);
        Assert.Throws<InvalidDataException>(() => SentimentAnalyzer.FromModel(model));
    }

    [Fact]
    public void Compile_MissingLexicon_Throws()
    {
        var empty = Directory.CreateTempSubdirectory("no-lexicon-");
        try
        {
            Assert.Throws<FileNotFoundException>(() => SentimentLexiconCompiler.Compile(empty.FullName));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
