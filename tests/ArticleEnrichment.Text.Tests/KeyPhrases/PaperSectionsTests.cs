using ArticleEnrichment.Text.KeyPhrases;

namespace ArticleEnrichment.Text.Tests.KeyPhrases;

public sealed class PaperSectionsTests
{
    [Fact]
    public void Find_AbstractAndReferencesHeadings_BodyLiesBetweenThem()
    {
        const string Text = "A Title\nA. Author\nABSTRACT\nWe study graphs.\n7. REFERENCES\n[1] A. Author. Graphs.";

        var sections = PaperSections.Find(Text);

        Assert.NotNull(sections);
        Assert.False(sections.InBody(Text.IndexOf("Author", StringComparison.Ordinal)));
        Assert.True(sections.InBody(Text.IndexOf("graphs", StringComparison.Ordinal)));
        Assert.False(sections.InBody(Text.IndexOf("Graphs", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_AbstractWithoutReferences_BodyRunsToTheEnd()
    {
        const string Text = "A Title\nAbstract:\nWe study graphs and trees.";

        var sections = PaperSections.Find(Text);

        Assert.NotNull(sections);
        Assert.True(sections.InBody(Text.Length - 1));
    }

    [Theory]
    [InlineData("Putin met Xi in Beijing. Talks went on.\nReferences\nNone.")]
    [InlineData("The abstract of the paper is short.\nWe study graphs.")]
    public void Find_NoAbstractHeadingLine_ReturnsNull(string text) => Assert.Null(PaperSections.Find(text));

    [Fact]
    public void Find_AbstractHeadingFarIntoTheText_ReturnsNull()
    {
        // An "Abstract" line past the first half of the text is no paper's opening.
        var text = string.Concat(Enumerable.Repeat("The market rose again today.\n", 100)) + "Abstract\nArt without figures.";

        Assert.Null(PaperSections.Find(text));
    }
}
