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

    [Fact]
    public void Match_LongestListedPhrase_WinsEvenThroughUnlistedLeadingWords()
    {
        // "united states of" is no phrase, only the way to "united states of america"; "new york" is both a phrase
        // and the way to "new york city".
        var gazetteer = new Gazetteer([new("united states of america", GazetteerKind.Country), new("new york", GazetteerKind.City), new("new york city", GazetteerKind.City)]);
        const string text = "United States of America and New York City and New York and New";
        string[] tokens = ["United", "States", "of", "America", "and", "New", "York", "City", "and", "New", "York", "and", "New"];
        var starts = new int[tokens.Length];
        for (int i = 0, at = 0; i < tokens.Length; at = starts[i] + tokens[i].Length, i++)
        {
            starts[i] = text.IndexOf(tokens[i], at, StringComparison.Ordinal);
        }

        var kinds = new GazetteerKind[tokens.Length];
        var parts = new byte[tokens.Length];
        gazetteer.Match(text, starts, [.. tokens.Select(t => t.Length)], kinds, parts);

        const GazetteerKind N = GazetteerKind.None, C = GazetteerKind.Country, T = GazetteerKind.City;
        Assert.Equal([C, C, C, C, N, T, T, T, N, T, T, N, N], kinds);
        Assert.Equal([0, 1, 1, 2, 255, 0, 1, 2, 255, 0, 2, 255, 255], parts);
    }
}
