using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Text.Tests.Ner;

public class MentionReplacementTests
{
    private static readonly List<BioSentence> Sentences =
    [
        new(["Vladimir", "Putin", "visited", "Aleppo", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
        new(["Angela", "Merkel", "left", "NATO", "in", "Berlin", "."], ["B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O"]),
        new(["The", "Tour", "began", "."], ["O", "B-MISC", "O", "O"]),
        new(["Nothing", "happened", "."], ["O", "O", "O"]),
    ];

    [Fact]
    public void Copies_SameSeed_GiveSameSentences()
    {
        var first = MentionReplacement.Copies(Sentences, 7);
        var second = MentionReplacement.Copies(Sentences, 7);

        Assert.Equal(first.Select(s => string.Join(' ', s.Tokens)), second.Select(s => string.Join(' ', s.Tokens)));
    }

    [Fact]
    public void Copies_OnlySentencesNamingPersonOrganizationOrPlace_AreCopied()
    {
        var copies = MentionReplacement.Copies(Sentences, 7);

        Assert.Equal(2, copies.Count);
    }

    [Fact]
    public void Copies_EachNameIsReplacedByANameOfTheSameType_ContextKept()
    {
        var persons = new[] { "Vladimir Putin", "Angela Merkel" };
        var places = new[] { "Aleppo", "Berlin" };

        foreach (var copy in MentionReplacement.Copies(Sentences, 11))
        {
            Assert.Equal(copy.Tokens.Length, copy.Tags.Length);
            var spans = NerLabels.BioSpans(copy.Tags);
            foreach (var (start, end, type) in spans)
            {
                var name = string.Join(' ', copy.Tokens[start..end]);
                var allowed = type switch { "PER" => persons, "LOC" => places, "ORG" => ["NATO"], _ => [] };
                Assert.Contains(name, allowed);
            }

            Assert.Contains("O", copy.Tags);
        }
    }
}
