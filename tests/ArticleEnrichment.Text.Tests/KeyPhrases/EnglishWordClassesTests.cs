using ArticleEnrichment.Text.KeyPhrases;
using Role = ArticleEnrichment.Text.KeyPhrases.EnglishWordClasses.Role;

namespace ArticleEnrichment.Text.Tests.KeyPhrases;

public sealed class EnglishWordClassesTests
{
    [Theory]
    [InlineData("strengthen")]
    [InlineData("provides")]
    [InlineData("applies")]
    [InlineData("took")]
    public void Of_CommonVerbForm_Breaks(string word) => Assert.Equal(Role.Break, EnglishWordClasses.Of(word));

    [Theory]
    [InlineData("quickly")]
    [InlineData("soon")]
    public void Of_Adverb_Breaks(string word) => Assert.Equal(Role.Break, EnglishWordClasses.Of(word));

    [Theory]
    [InlineData("increasing")]
    [InlineData("providing")]
    [InlineData("planned")]
    [InlineData("distributed")]
    [InlineData("dangerous")]
    [InlineData("reliable")]
    public void Of_ParticipleOrAdjective_IsModifier(string word) => Assert.Equal(Role.Modifier, EnglishWordClasses.Of(word));

    [Theory]
    [InlineData("network")]
    [InlineData("family")]
    [InlineData("variable")]
    [InlineData("learning")]
    [InlineData("mining")]
    [InlineData("increase")]
    [InlineData("speed")]
    public void Of_NounOrNounLikeGerund_IsNoun(string word) => Assert.Equal(Role.Noun, EnglishWordClasses.Of(word));
}
