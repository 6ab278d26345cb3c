using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Rules;
using ArticleEnrichment.Text.Tokenization;
using CsCheck;

namespace ArticleEnrichment.Text.Tests.Rules;

public class RuleEntityRecognizerPropertyTests
{
    // Words and signs every rule starts or ends on, so random sequences reach the edges of each pattern
    // (a rule looking past the sentence end, a unit with no number before it, a lone currency sign).
    private static readonly string[] Pieces =
    [
        "the", "first", "last", "next", "this", "earlier", "11", "months", "of", "2022", "1998-2002", "12/30", "10:30",
        "a.m.", "GMT", "Friday", "Feb.", "24", "February", ",", "spring", "May", "in", "from", "to", "between", "and",
        "about", "eight", "minutes", "years", "old", "ago", "aged", "64-year-old", "five-year", "every", "week", "twice",
        "a", "64", "percent", "%", "per", "cent", "$", "US", "172.406", "billion", "euros", "13.8", "cubic", "meters",
        "2.8", "C", "°", "degrees", "fourth", "second", "11th", "one", "no", "+", "1", "(", "425", ")", "555-0100",
        "192.168.0.1", "press@example.org", "https://example.org/x", "deputy", "prime", "minister", "president", "army",
        "chief", ".", "!", "\n", "1990s", "“", "”", "-", "—", "x",
    ];

    private static readonly Gen<string> TextGen = Gen.OneOf(
        Gen.OneOfConst(Pieces).Array[0, 30].Select(parts => string.Join(' ', parts)),
        Gen.OneOfConst(Pieces).Array[0, 30].Select(parts => string.Concat(parts)),
        Gen.String);

    [Fact]
    public void Recognize_AnyText_EntitiesAreSubstringsInOrderWithinOneSentence()
    {
        var recognizer = new RuleEntityRecognizer();
        TextGen.Sample(text =>
        {
            var tokenized = TokenizedText.From(text);
            var entities = recognizer.Recognize(tokenized);
            var previousEnd = 0;
            foreach (var entity in entities)
            {
                Assert.Equal(entity.Text, text.Substring(entity.Offset, entity.Length));
                Assert.True(entity.Length > 0 && entity.Offset >= previousEnd, "empty, overlapping or out of order");
                Assert.Contains(entity.Category, EntityCategory.All);
                Assert.Contains(tokenized.Sentences, s => s.Start <= entity.Offset && entity.Offset + entity.Length <= s.End);
                previousEnd = entity.Offset + entity.Length;
            }
        }, iter: 20_000);
    }
}
