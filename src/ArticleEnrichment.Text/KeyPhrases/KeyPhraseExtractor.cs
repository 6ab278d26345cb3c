using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.KeyPhrases;

/// <summary>Unsupervised key phrases. (Being written.)</summary>
public sealed class KeyPhraseExtractor
{
    public IReadOnlyList<string> Extract(TokenizedText text, int maxPhrases) => [];
}
