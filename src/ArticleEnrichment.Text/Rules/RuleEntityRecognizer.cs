using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Rules;

/// <summary>DateTime, Quantity, URL, Email, PhoneNumber, IP and PersonType by rule. (Being written.)</summary>
public sealed class RuleEntityRecognizer
{
    public IReadOnlyList<Entity> Recognize(TokenizedText text) => [];
}

/// <summary>Resolves overlaps between tagger and rule entities by one documented rule. (Being written.)</summary>
public static class EntityOverlapResolver
{
    public static IReadOnlyList<Entity> Merge(IReadOnlyList<Entity> tagged, IReadOnlyList<Entity> ruled)
        => [.. tagged.Concat(ruled).OrderBy(e => e.Offset).ThenBy(e => e.Length)];
}
