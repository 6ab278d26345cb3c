using ArticleEnrichment.Testing;
using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Text.Tests.Ner;

public class GazetteerTests
{
    private static readonly Lazy<Gazetteer> Shared = new(() => Gazetteer.FromSharedData(RepoPaths.SharedFile("data", "gazetteers")));

    [Theory]
    [InlineData("Madhya Pradesh")]
    [InlineData("Texas")]
    [InlineData("North Rhine-Westphalia")]
    public void FromSharedData_RegionsOfListedCities_AreRegions(string region)
    {
        Assert.True(Shared.Value.Lookup(region).HasFlag(GazetteerKind.Region));
    }

    [Fact]
    public void FromSharedData_QuotedCountryCell_StillReadsTheRegion()
    {
        // "Yacuiba,"Bolivia, Plurinational State of",Tarija Department,..." has a comma inside its country cell.
        Assert.True(Shared.Value.Lookup("Tarija Department").HasFlag(GazetteerKind.Region));
    }

    [Fact]
    public void MatchWords_WordOfListedNames_GetsTheirKinds()
    {
        var gazetteer = new Gazetteer([new("datu piang", GazetteerKind.City), new("madhya pradesh", GazetteerKind.Region), new("nato", GazetteerKind.OrganizationAcronym)]);
        const string text = "Pradesh Datu NATO walked";
        int[] starts = [0, 8, 13, 18];
        int[] lengths = [7, 4, 4, 6];
        var kinds = new GazetteerKind[4];

        gazetteer.MatchWords(text, starts, lengths, kinds);

        Assert.Equal([GazetteerKind.Region, GazetteerKind.City, GazetteerKind.None, GazetteerKind.None], kinds);
    }
}
