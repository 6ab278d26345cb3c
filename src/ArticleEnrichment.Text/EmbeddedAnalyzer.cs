using System.Globalization;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.KeyPhrases;
using ArticleEnrichment.Text.Language;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Ner;
using ArticleEnrichment.Text.Rules;
using ArticleEnrichment.Text.Sentiment;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text;

/// <summary>Choices of the embedded analyzer.</summary>
public sealed record EmbeddedAnalyzerOptions
{
    /// <summary>Most key phrases returned; default 10, as Azure AI Language's typical output for an article.</summary>
    public int MaxKeyPhrases { get; init; } = 10;
}

/// <summary>
/// The offline analyzer (the default): tokenizer and sentence splitter, perceptron NER plus rule recognizers,
/// VADER-based sentiment, key phrases and language identification, all in-process from one model file.
/// </summary>
public sealed class EmbeddedAnalyzer : ITextAnalyzer
{
    public const string AnalyzerName = "embedded";

    private readonly AnalyzerInfo info;
    private readonly EmbeddedAnalyzerOptions options;
    private readonly NamedEntityRecognizer? tagger;
    private readonly RuleEntityRecognizer rules = new();
    private readonly SentimentAnalyzer? sentiment;
    private readonly KeyPhraseExtractor keyPhrases = new();
    private readonly LanguageDetector languages = new();

    /// <summary>
    /// Below this confidence (Lingua's share of the probability among its 13 languages) a language other than English
    /// does not stop the English analysis; the record gets a LanguageUncertain warning instead. Lingua spreads its
    /// probability over several languages when a short text is mostly names: "Angela Merkel met Emmanuel Macron in
    /// Paris." is French at 0.17 (Dutch "met" and French "Paris" outweigh English "in"). On the Tatoeba sentences
    /// (docs/language.md), 22 of 9,538 non-English sentences of the nine scored languages fall below 0.2 and 5 of the
    /// 15 English sentences called another language; at 0.3 it would be 211 and 8.
    /// </summary>
    internal const double UncertainLanguageConfidence = 0.2;

    public EmbeddedAnalyzer(ModelBundle model, EmbeddedAnalyzerOptions? options = null)
    {
        info = new AnalyzerInfo(AnalyzerName, model.ModelVersion);
        this.options = options ?? new EmbeddedAnalyzerOptions();
        tagger = NamedEntityRecognizer.FromModel(model);
        sentiment = SentimentAnalyzer.FromModel(model);
    }

    /// <summary>The analyzer on the model compiled into this assembly.</summary>
    public static EmbeddedAnalyzer CreateDefault(EmbeddedAnalyzerOptions? options = null)
        => new(ModelBundle.LoadEmbedded() ?? new ModelBundle("none"), options);

    public string Name => AnalyzerName;

    public Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken = default)
        => Task.FromResult(Analyze(text));

    /// <summary>The synchronous analysis (everything is in-process and CPU-bound).</summary>
    public TextAnalysis Analyze(string text)
    {
        // Articles that the English fast path does not settle go to Lingua's trigram models, whose load (0.3 s,
        // about 64 MB) would stall the first such article; from the first text on it runs beside the analyses.
        // A process that analyzes nothing (a re-run over unchanged articles) never loads them.
        _ = LanguageDetector.WarmUpArticleModelsInBackground();

        var tokenized = TokenizedText.From(text);
        var warnings = new List<AnalysisWarning>();
        var language = languages.Detect(text);
        var wordCount = CountWords(tokenized);

        // The entity and sentiment models are English: for another language say so rather than guess, unless the
        // detector itself is unsure (see UncertainLanguageConfidence), as with a short line of names.
        if (language is not null && language.Iso6391Name != "en")
        {
            if (language.ConfidenceScore >= UncertainLanguageConfidence)
            {
                warnings.Add(new AnalysisWarning(
                    "UnsupportedLanguage",
                    $"The embedded entity, sentiment and key-phrase models are English; the text is {language.Name}, so they were skipped."));
                return new TextAnalysis(info, language, [], null, [], wordCount, tokenized.Sentences.Length, warnings);
            }

            warnings.Add(new AnalysisWarning(
                "LanguageUncertain",
                string.Create(CultureInfo.InvariantCulture, $"The language is uncertain ({language.Name} with confidence {language.ConfidenceScore:0.00}); the text was analysed with the English models.")));
        }

        var tagged = tagger?.Recognize(tokenized) ?? [];
        var entities = EntityOverlapResolver.Merge(tagged, rules.Recognize(tokenized));
        var documentSentiment = sentiment?.Analyze(tokenized);
        var phrases = keyPhrases.Extract(tokenized, options.MaxKeyPhrases);
        return new TextAnalysis(info, language, entities, documentSentiment, phrases, wordCount, tokenized.Sentences.Length, warnings);
    }

    /// <summary>Words and numbers as a reader counts them: a possessive "’s", its own token, is not a word.</summary>
    private static int CountWords(TokenizedText tokenized)
    {
        var count = 0;
        foreach (var token in tokenized.Tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number && tokenized.Text[token.Start] is not ('\'' or '’'))
            {
                count++;
            }
        }

        return count;
    }
}
