using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Sentiment;

/// <summary>Sentence and document sentiment on the VADER lexicon and rules. (Being written.)</summary>
public sealed class SentimentAnalyzer
{
    /// <summary>The analyzer for the model's sentiment section, or null when the model has none.</summary>
    public static SentimentAnalyzer? FromModel(ModelBundle model) => null;

    public DocumentSentiment Analyze(TokenizedText text) => throw new NotImplementedException();
}
