using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Ner;

/// <summary>Person, Location and Organization from the statistical tagger. (Being written.)</summary>
public sealed class NamedEntityRecognizer
{
    /// <summary>The recognizer for the model's NER section, or null when the model has none.</summary>
    public static NamedEntityRecognizer? FromModel(ModelBundle model) => null;

    public IReadOnlyList<Entity> Recognize(TokenizedText text) => [];
}
