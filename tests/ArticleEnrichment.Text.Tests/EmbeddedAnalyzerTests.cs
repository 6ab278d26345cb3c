using System.Globalization;
using System.Text;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Testing;

namespace ArticleEnrichment.Text.Tests;

public class EmbeddedAnalyzerTests
{
    [Fact]
    public void Analyze_FromManyThreadsAtOnce_GivesWhatOneThreadGives()
    {
        // Each thread keeps its own tagging buffers and token-score cache; sharing one analyzer across threads
        // (as a backfill does) must not let one article's state reach another's result.
        var paragraphs = Directory.GetFiles(RepoPaths.SharedFile("samples", "articles"), "*.txt").Order()
            .SelectMany(file => File.ReadAllText(file).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        var analyzer = EmbeddedAnalyzer.CreateDefault();
        var expected = paragraphs.Select(p => Render(analyzer.Analyze(p))).ToArray();

        var actual = new string[paragraphs.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i] = Render(analyzer.Analyze(paragraphs[i % paragraphs.Length])));

        Assert.True(paragraphs.Length > 5);
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % paragraphs.Length], actual[i]);
        }
    }

    [Fact]
    public void Analyze_ClearlyGermanText_WarnsUnsupportedLanguageAndSkipsTheEnglishModels()
    {
        var analysis = EmbeddedAnalyzer.CreateDefault().Analyze("Die Bundeskanzlerin traf am Dienstag den französischen Präsidenten in Berlin.");

        Assert.Equal("de", analysis.Language?.Iso6391Name);
        Assert.Equal("UnsupportedLanguage", Assert.Single(analysis.Warnings).Code);
        Assert.Empty(analysis.Entities);
        Assert.Null(analysis.Sentiment);
    }

    [Fact]
    public void Analyze_ShortLineOfNamesTheDetectorIsUnsureOf_AnalysesInEnglishAndWarns()
    {
        // Lingua gives French 0.17 here: below the confidence at which another language stops the analysis.
        var analysis = EmbeddedAnalyzer.CreateDefault().Analyze("Angela Merkel met Emmanuel Macron in Paris.");

        Assert.True(analysis.Language!.ConfidenceScore < EmbeddedAnalyzer.UncertainLanguageConfidence);
        Assert.Equal("LanguageUncertain", Assert.Single(analysis.Warnings).Code);
        Assert.Contains(analysis.Entities, e => e.Text == "Angela Merkel" && e.Category == "Person");
        Assert.NotNull(analysis.Sentiment);
    }

    private static string Render(TextAnalysis analysis)
    {
        var text = new StringBuilder();
        foreach (var e in analysis.Entities)
        {
            text.Append(CultureInfo.InvariantCulture, $"{e.Offset}:{e.Length}:{e.Category}:{e.Subcategory}:{e.ConfidenceScore};");
        }

        text.AppendJoin('|', analysis.KeyPhrases);
        if (analysis.Sentiment is { } sentiment)
        {
            text.Append(CultureInfo.InvariantCulture, $";{sentiment.Label}:{sentiment.ConfidenceScores}");
            foreach (var sentence in sentiment.Sentences)
            {
                text.Append(CultureInfo.InvariantCulture, $";{sentence.Offset}:{sentence.Label}:{sentence.ConfidenceScores}");
            }
        }

        return text.ToString();
    }
}
