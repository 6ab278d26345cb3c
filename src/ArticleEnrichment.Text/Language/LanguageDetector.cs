using ArticleEnrichment.Analysis;

namespace ArticleEnrichment.Text.Language;

/// <summary>Language identification. (Being written.)</summary>
public sealed class LanguageDetector
{
    public DetectedLanguage? Detect(string text) => null;
}
