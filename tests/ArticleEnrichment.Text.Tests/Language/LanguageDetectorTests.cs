using CsCheck;
using ArticleEnrichment.Text.Language;

namespace ArticleEnrichment.Text.Tests.Language;

public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = new();

    [Theory]
    [InlineData("The government announced new measures to support small businesses on Monday.", "en", "English")]
    [InlineData("Le gouvernement a annoncé lundi de nouvelles mesures pour soutenir les petites entreprises.", "fr", "French")]
    [InlineData("El gobierno anunció el lunes nuevas medidas para apoyar a las pequeñas empresas.", "es", "Spanish")]
    [InlineData("Die Regierung kündigte am Montag neue Maßnahmen zur Unterstützung kleiner Unternehmen an.", "de", "German")]
    [InlineData("O governo anunciou na segunda-feira novas medidas para apoiar as pequenas empresas.", "pt", "Portuguese")]
    [InlineData("Il governo ha annunciato lunedì nuove misure per sostenere le piccole imprese.", "it", "Italian")]
    [InlineData("Правительство в понедельник объявило о новых мерах поддержки малого бизнеса.", "ru", "Russian")]
    [InlineData("政府周一宣布了支持小企业的新措施。", "zh", "Chinese")]
    [InlineData("政府は月曜日、中小企業を支援する新たな措置を発表した。", "ja", "Japanese")]
    [InlineData("정부는 월요일 중소기업을 지원하기 위한 새로운 조치를 발표했다.", "ko", "Korean")]
    public void Detect_SentenceInLanguage_ReturnsItsIsoCodeAndName(string text, string iso, string name)
    {
        var language = Detector.Detect(text);

        Assert.NotNull(language);
        Assert.Equal(iso, language.Iso6391Name);
        Assert.Equal(name, language.Name);
        Assert.InRange(language.ConfidenceScore, 0.0, 1.0);
    }

    [Fact]
    public void Detect_EnglishNewsArticle_EnglishInEveryMode()
    {
        var article = File.ReadAllText(ArticleEnrichment.Testing.RepoPaths.SharedFile("samples", "articles", "reuters-style-putin-xi.txt"));

        foreach (var mode in Enum.GetValues<LanguageDetectionMode>())
        {
            Assert.Equal("en", new LanguageDetector(mode).Detect(article)?.Iso6391Name);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t")]
    [InlineData("a")]
    [InlineData("42 + 17 = 59 !!!")]
    [InlineData("🙂🙂🙂")]
    public void Detect_EmptyOrNoLetters_ReturnsNull(string? text) => Assert.Null(Detector.Detect(text));

    [Fact]
    public void Detect_ShortWord_DoesNotThrow()
    {
        var language = Detector.Detect("Hi");

        Assert.True(language is null || language.ConfidenceScore is >= 0 and <= 1);
    }

    [Fact]
    public void Detect_MixedMostlyEnglish_ReturnsEnglish()
    {
        var text = "The minister told reporters in Paris that the talks were productive, adding only " +
                   "\"c'est la vie\" when asked about the delay, before the meeting resumed in the afternoon.";

        Assert.Equal("en", Detector.Detect(text)?.Iso6391Name);
    }

    [Fact]
    public void Detect_MixedHalfAndHalf_ReturnsOneOfTheTwoWithLowerConfidence()
    {
        var english = Detector.Detect("The weather is very nice today and we are going to the beach.")!;
        var mixed = Detector.Detect("The weather is very nice today. Il fait très beau aujourd'hui et nous allons à la plage.");

        Assert.NotNull(mixed);
        Assert.Contains(mixed.Iso6391Name, new[] { "en", "fr" });
        Assert.True(mixed.ConfidenceScore <= english.ConfidenceScore);
    }

    [Fact]
    public void Detect_AnyString_NeverThrows()
        => Gen.String.Sample(text => _ = Detector.Detect(text), iter: 200);

    [Fact]
    public void Sample_LongText_FirstSampleCharactersEndingAtASpace()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 500));

        var sample = LanguageDetector.Sample(text);

        Assert.InRange(sample.Length, LanguageDetector.SampleCharacters / 2, LanguageDetector.SampleCharacters);
        Assert.StartsWith(sample, text, StringComparison.Ordinal);
        Assert.Equal(' ', text[sample.Length]);
    }

    [Fact]
    public void Sample_ShortText_Unchanged()
    {
        const string text = "Vladimir Putin met Xi Jinping in Moscow.";

        Assert.Same(text, LanguageDetector.Sample(text));
    }

    [Fact]
    public void IsClearlyEnglish_SampleArticles_True()
    {
        foreach (var file in Directory.EnumerateFiles(ArticleEnrichment.Testing.RepoPaths.SharedFile("samples", "articles")))
        {
            Assert.True(LanguageDetector.IsClearlyEnglish(LanguageDetector.Sample(File.ReadAllText(file))), file);
        }
    }

    [Fact]
    public void IsClearlyEnglish_LongTextsInEveryOtherLanguageOfTheTestSet_False()
    {
        // Sentences of one language joined into 60-word texts: the English rule must leave every one to Lingua.
        var byLanguage = File.ReadLines(ArticleEnrichment.Testing.RepoPaths.SharedFile("data", "langid", "test.jsonl"))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .GroupBy(r => r.GetProperty("lang").GetString()!, r => r.GetProperty("text").GetString()!);
        foreach (var language in byLanguage.Where(g => g.Key != "eng"))
        {
            var words = string.Join(' ', language).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 60 <= words.Length; i += 60)
            {
                var text = string.Join(' ', words[i..(i + 60)]);
                Assert.False(LanguageDetector.IsClearlyEnglish(text), $"{language.Key}: {text}");
            }
        }
    }

    [Fact]
    public void IsClearlyEnglish_ShortEnglish_LeftToLingua()
        => Assert.False(LanguageDetector.IsClearlyEnglish("The president said that the talks were useful."));
}
