using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Text.Tests.Ner;

public class LocationSubcategoriesTests
{
    [Theory]
    [InlineData("Amur River", "", "Geographical")]
    [InlineData("Lake Baikal", "", "Geographical")]
    [InlineData("Gulf of Mexico", "", "Geographical")]
    [InlineData("Black Sea", "", "Geographical")]
    [InlineData("Crimean Bridge", "", "Structural")]
    [InlineData("Heathrow", "airport", "Structural")]
    [InlineData("Siberia", "", null)]
    [InlineData("Siberia", "Airport", null)]
    [InlineData("Bridge", "", null)]
    [InlineData("Delta", "", null)]
    public void Of_HeadWordOfTheName_GivesTheSubcategory(string name, string next, string? expected)
    {
        var words = name.Split(' ');
        Assert.Equal(expected, LocationSubcategories.Of(words[0], words[^1], words.Length, next));
    }

    [Theory]
    [InlineData("Hmeimim Air Base", true)]
    [InlineData("Sheremetyevo Airport", true)]
    [InlineData("Crystal Palace", false)]
    [InlineData("Colonial Pipeline", false)]
    [InlineData("Airport", false)]
    public void IsNamedStructure_LastWordOfSeveral_SaysWhetherTheNameIsAStructure(string name, bool expected)
    {
        var words = name.Split(' ');
        Assert.Equal(expected, LocationSubcategories.IsNamedStructure(words[^1], words.Length));
    }
}
