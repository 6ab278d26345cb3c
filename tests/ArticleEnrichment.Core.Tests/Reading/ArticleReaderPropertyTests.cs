using System.Text;
using ArticleEnrichment.Articles;
using CsCheck;

namespace ArticleEnrichment.Reading;

public class ArticleReaderPropertyTests
{
    private static readonly ArticleReader Reader = new(new ArticleReaderOptions { MaxInputBytes = 4096 });

    private static readonly Gen<string> Names = Gen.OneOfConst("a.txt", "a.md", "a.html", "a.json", "blob", "a.bin");

    private static readonly Gen<string?> ContentTypes = Gen.OneOfConst<string?>(null, "text/plain", "text/html; charset=windows-1252", "application/json", "application/octet-stream", "text/plain; charset=nonsense");

    // Markup-heavy text reaches the parsers' corners far more often than uniform bytes, which are nearly always invalid UTF-8.
    private static readonly Gen<string> MarkupText = Gen.OneOfConst(
            "<", ">", "</", "<div>", "</div>", "<p>", "<b>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#", "{", "}", "[", "]",
            "\"title\":", "\"body\":", "\"", ",", ":", "#", "*", "_", "`", ">", "---", "\n", "\n\n", " ", "\u00e9", "\u201c", "\uFEFF", "\t", "text", "Leave a Reply")
        .Array[0, 200]
        .Select(parts => string.Concat(parts));

    private static void ReadsOrRejects(string name, string? contentType, byte[] bytes)
    {
        try
        {
            var article = Reader.Read(name, contentType, bytes);
            // The text contract of docs/reader.md: paragraphs split by exactly "\n\n", single spaces, trimmed.
            Assert.NotEmpty(article.Text);
            Assert.Equal(article.Text.Trim(), article.Text);
            Assert.All(article.Text.Split("\n\n"), paragraph =>
            {
                Assert.NotEmpty(paragraph);
                Assert.Equal(paragraph.Trim(), paragraph);
                Assert.DoesNotContain("  ", paragraph, StringComparison.Ordinal);
                Assert.DoesNotContain(paragraph, c => char.IsControl(c) || c == '\u00a0');
            });
        }
        catch (ArticleRejectedException)
        {
            // A clear rejection is a valid outcome for arbitrary input.
        }
    }

    [Fact]
    public void Read_ArbitraryBytes_ReturnsAnArticleOrRejectsIt()
    {
        Gen.Select(Names, ContentTypes, Gen.Byte.Array[0, 5000])
            .Sample((name, contentType, bytes) => ReadsOrRejects(name, contentType, bytes), iter: 2000);
    }

    [Fact]
    public void Read_ArbitraryMarkup_ReturnsAnArticleOrRejectsIt()
    {
        Gen.Select(Names, ContentTypes, MarkupText)
            .Sample((name, contentType, text) => ReadsOrRejects(name, contentType, Encoding.UTF8.GetBytes(text)), iter: 2000);
    }
}
