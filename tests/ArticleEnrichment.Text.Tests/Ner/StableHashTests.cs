using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Text.Tests.Ner;

public class StableHashTests
{
    [Fact]
    public void Of_KnownInput_GivesFnv1aOverUtf16Bytes()
    {
        // Computed independently in Python: FNV-1a 64 over "Putin".encode("utf-16-le"). A model file stores these
        // hashes, so they must never change between processes, machines or .NET versions.
        Assert.Equal(414573158410346123UL, StableHash.Of("Putin"));
        Assert.Equal(StableHash.Seed, StableHash.Of(""));
    }

    [Fact]
    public void OfLower_MixedCase_EqualsHashOfLowerCase()
    {
        Assert.Equal(StableHash.Of("vladimir putin"), StableHash.OfLower("Vladimir PUTIN"));
    }

    [Fact]
    public void Combine_DifferentTemplatesOrOrder_GiveDifferentKeys()
    {
        var word = StableHash.Of("Moscow");
        Assert.NotEqual(StableHash.Combine(1, word), StableHash.Combine(2, word));
        Assert.NotEqual(StableHash.Combine(1, word, 5), StableHash.Combine(1, 5, word));
        Assert.Equal(StableHash.Combine(3, word, 9), StableHash.Combine(3, word, 9));
    }
}
