using ArticleEnrichment.Storage;

namespace ArticleEnrichment.Core.Tests.Storage;

public sealed class ArticleNamingTests
{
    [Theory]
    [InlineData("a.txt", "a.txt.enriched.json")]
    [InlineData("2022/12/putin-xi.html", "2022/12/putin-xi.html.enriched.json")]
    [InlineData("dir with space/ünïcödé.md", "dir with space/ünïcödé.md.enriched.json")]
    public void OutputNameFor_KeepsTheWholeInputName(string input, string expected)
        => Assert.Equal(expected, new ArticleNaming().OutputNameFor(input));

    [Fact]
    public void OutputNameFor_DifferentExtensions_NeverCollide()
    {
        var naming = new ArticleNaming();
        Assert.NotEqual(naming.OutputNameFor("a.txt"), naming.OutputNameFor("a.html"));
    }

    [Theory]
    [InlineData("a.txt.enriched.json", true)]
    [InlineData("A.TXT.ENRICHED.JSON", true)]
    [InlineData("a.enriched.json.txt", false)]
    [InlineData("a.json", false)]
    public void IsOutput_RecognizesOnlyOutputNames(string name, bool expected)
        => Assert.Equal(expected, ArticleNaming.IsOutput(name));

    [Fact]
    public void ArticleNameFor_RoundTripsWithPrefix()
    {
        var naming = new ArticleNaming("enriched/");
        var output = naming.OutputNameFor("x/y.txt");
        Assert.Equal("enriched/x/y.txt.enriched.json", output);
        Assert.Equal("x/y.txt", naming.ArticleNameFor(output));
        Assert.Null(naming.ArticleNameFor("x/y.txt"));
    }
}
