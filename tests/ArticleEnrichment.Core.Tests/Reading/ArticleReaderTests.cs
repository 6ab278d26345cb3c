using System.Text;
using ArticleEnrichment.Articles;
using ArticleEnrichment.Output;
using ArticleEnrichment.Testing;

namespace ArticleEnrichment.Reading;

public class ArticleReaderTests
{
    private readonly ArticleReader reader = new();

    private Article Read(string name, string content, string? contentType = null) =>
        reader.Read(name, contentType, Encoding.UTF8.GetBytes(content));

    private FailureCode Rejection(string name, byte[] content, string? contentType = null, ArticleReader? with = null) =>
        Assert.Throws<ArticleRejectedException>(() => (with ?? reader).Read(name, contentType, content)).Code;

    // ---- formats ----

    [Fact]
    public void Read_PlainText_KeepsParagraphsAsBlankLineSeparated()
    {
        var article = Read("a.txt", "First  paragraph\twith   spaces.\r\n\r\n\r\nSecond paragraph.\n");

        Assert.Equal("First paragraph with spaces.\n\nSecond paragraph.", article.Text);
        Assert.Equal("text", article.Format);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Read_PlainTextOneParagraphPerLine_KeepsLinesApart()
    {
        var longLine = new string('a', 90) + " ends here.";
        var article = Read("a.txt", $"{longLine}\n{longLine}\n");

        Assert.Equal($"{longLine}\n\n{longLine}", article.Text);
    }

    [Fact]
    public void Read_PlainTextHardWrapped_JoinsLinesOfAParagraph()
    {
        var article = Read("a.txt", "The council met on Monday and\nagreed the budget for next year.\n\nA second paragraph.");

        Assert.Equal("The council met on Monday and agreed the budget for next year.\n\nA second paragraph.", article.Text);
    }

    [Fact]
    public void Read_PlainTextShortFirstLine_IsTitleAndNotInText()
    {
        var article = Read("a.txt", "Putin and Xi hold video call\n\nThe two leaders spoke on Friday.");

        Assert.Equal("Putin and Xi hold video call", article.Title);
        Assert.Equal("The two leaders spoke on Friday.", article.Text);
    }

    [Theory]
    [InlineData("The two leaders spoke on Friday.\n\nMore text.")]
    [InlineData("Did the leaders speak?\n\nMore text.")]
    [InlineData("A single short line")]
    public void Read_PlainTextFirstLineThatIsASentenceOrTheOnlyLine_HasNoTitle(string text)
    {
        Assert.Null(Read("a.txt", text).Title);
    }

    [Fact]
    public void Read_Markdown_GivesTextWithoutMarkupAndFirstHeadingAsTitle()
    {
        const string markdown = """
            # Floods close the *A1* motorway

            Heavy rain **closed** the [A1 motorway](https://example.org/a1) near `Lille` on Sunday.

            ![a flooded road](flood.jpg)

            ## Traffic diverted

            - Lorries use the A25.
            - Cars use the N17.

            > "We have never seen this much water," a resident said.

            <div class="ad">sponsored</div>
            """;

        var article = Read("floods.md", markdown);

        Assert.Equal("Floods close the A1 motorway", article.Title);
        Assert.Equal("markdown", article.Format);
        Assert.Equal(
            "Heavy rain closed the A1 motorway near Lille on Sunday.\n\nTraffic diverted\n\nLorries use the A25.\n\nCars use the N17.\n\n"
                + "\"We have never seen this much water,\" a resident said.",
            article.Text);
    }

    [Fact]
    public void Read_MarkdownFrontMatterTitle_WinsOverHeading()
    {
        var article = Read("a.md", "---\ntitle: \"Budget passes\"\ndate: 2024-01-01\n---\n\n## Vote\n\nThe budget passed by 300 votes to 250.");

        Assert.Equal("Budget passes", article.Title);
        Assert.Equal("Vote\n\nThe budget passed by 300 votes to 250.", article.Text);
    }

    [Fact]
    public void Read_JsonWithTitleAndBody_GivesBoth()
    {
        var article = Read("a.json", """{"title":"Port strike ends","body":"Dock workers returned on Monday.\n\nTalks continue."}""");

        Assert.Equal("Port strike ends", article.Title);
        Assert.Equal("Dock workers returned on Monday.\n\nTalks continue.", article.Text);
        Assert.Equal("json", article.Format);
    }

    [Theory]
    [InlineData("""{"title":"T","text":"Body text here."}""")]
    [InlineData("""{"Title":"T","Content":"Body text here."}""")]
    [InlineData("""{"headline":"T","articleBody":"Body text here.","id":7}""")]
    public void Read_JsonTextFieldVariants_AreAccepted(string json)
    {
        var article = Read("a.json", json);

        Assert.Equal("T", article.Title);
        Assert.Equal("Body text here.", article.Text);
    }

    [Fact]
    public void Read_JsonBodyHoldingHtml_IsReadAsHtml()
    {
        var article = Read("a.json", """{"title":"T","content":"<p>First <b>bold</b> point.</p><script>x()</script><p>Second point.</p>"}""");

        Assert.Equal("First bold point.\n\nSecond point.", article.Text);
    }

    [Fact]
    public void Read_JsonWithoutTitle_HasNullTitleAndKeepsFirstLine()
    {
        var article = Read("a.json", """{"body":"Short first line\n\nSecond paragraph."}""");

        Assert.Null(article.Title);
        Assert.Equal("Short first line\n\nSecond paragraph.", article.Text);
    }

    [Fact]
    public void Read_Html_DropsScriptsStylesAndNavigationAndTakesTitle()
    {
        const string html = """
            <html><head><title>Dam opens | Site</title><style>p{color:red}</style></head>
            <body><nav><a href="/">Home</a></nav>
            <p>The new dam opened on Monday, officials said, after six years of work.</p>
            <script>track()</script>
            <p>It will supply water to 2 million people.</p></body></html>
            """;

        var article = Read("dam.html", html);

        Assert.Equal("Dam opens", article.Title);
        Assert.Equal("The new dam opened on Monday, officials said, after six years of work.\n\nIt will supply water to 2 million people.", article.Text);
        Assert.Equal("html", article.Format);
    }

    [Fact]
    public void Read_HtmlTitlePreference_OgTitleThenTitleThenH1()
    {
        const string body = "<body><h1>From h1</h1><p>Body text of the article, long enough to count as content here.</p></body>";

        Assert.Equal("From og", Read("a.html", $"<head><meta property=\"og:title\" content=\"From og\"><title>From title</title></head>{body}").Title);
        Assert.Equal("From title", Read("a.html", $"<head><title>From title</title></head>{body}").Title);
        Assert.Equal("From h1", Read("a.html", body).Title);
        Assert.DoesNotContain("From h1", Read("a.html", body).Text);
    }

    [Fact]
    public void Read_HtmlEntitiesAndInlineMarkup_BecomePlainText()
    {
        var article = Read("a.html", "<p>Caf&eacute; &amp; bar&nbsp;owner <em>Jos&#233;</em> spoke.</p>");

        Assert.Equal("Café & bar owner José spoke.", article.Text);
    }

    public static TheoryData<string> Pages => new(PageExpectation.All().Select(p => p.Page));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Read_HandMadePage_KeepsArticleAndDropsBoilerplate(string page)
    {
        var expected = PageExpectation.Load(Path.Combine(PageExpectation.Folder, page.Replace(".html", ".expect.txt", StringComparison.Ordinal)));

        var article = reader.Read(page, "text/html", expected.Bytes());

        Assert.Equal(expected.Title, article.Title);
        Assert.All(expected.Kept, kept => Assert.Contains(kept, article.Text, StringComparison.Ordinal));
        Assert.All(expected.Dropped, dropped => Assert.DoesNotContain(dropped, article.Text, StringComparison.OrdinalIgnoreCase));
    }

    // ---- format detection ----

    [Fact]
    public void Read_UnknownExtension_UsesContentType()
    {
        Assert.Equal("html", Read("blob", "<p>Text of the article.</p>", "text/html; charset=utf-8").Format);
        Assert.Equal("json", Read("blob", """{"title":"T","body":"Text."}""", "application/json").Format);
        Assert.Equal("markdown", Read("blob", "# T\n\nText.", "text/markdown").Format);
    }

    [Theory]
    [InlineData("""{"title":"T","body":"Text."}""", "json")]
    [InlineData("<!DOCTYPE html><html><body><p>Text.</p></body></html>", "html")]
    [InlineData("{not json at all, just a brace}", "text")]
    [InlineData("Plain words.", "text")]
    public void Read_NoExtensionOrContentType_SniffsContent(string content, string format)
    {
        Assert.Equal(format, Read("blob", content, "application/octet-stream").Format);
    }

    [Fact]
    public void Read_ExtensionWinsOverContentType()
    {
        Assert.Equal("text", Read("a.txt", "<p>Shown as typed.</p>", "text/html").Format);
    }

    // ---- encodings ----

    private const string Accented = "Zürich café, Kraków – “quoted”.";

    [Fact]
    public void Read_Utf8WithBom_DropsBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Accented)).ToArray();

        Assert.Equal(Accented, reader.Read("a.txt", null, bytes).Text);
    }

    [Fact]
    public void Read_Utf16LeAndBeWithBom_AreDecoded()
    {
        var le = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Accented)).ToArray();
        var be = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Accented)).ToArray();

        Assert.Equal(Accented, reader.Read("a.txt", null, le).Text);
        Assert.Equal(Accented, reader.Read("a.txt", null, be).Text);
    }

    [Fact]
    public void Read_Utf16WithoutBom_IsBinaryContent()
    {
        Assert.Equal(FailureCode.BinaryContent, Rejection("a.txt", Encoding.Unicode.GetBytes(Accented)));
    }

    [Fact]
    public void Read_InvalidUtf8WithoutDeclaredCharset_IsBinaryContent()
    {
        var latin1 = Encoding.Latin1.GetBytes("Caf\u00e9 in Z\u00fcrich.");

        Assert.Equal(FailureCode.BinaryContent, Rejection("a.txt", latin1));
    }

    [Fact]
    public void Read_HtmlMetaCharset_IsHonoured()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u201cquoted\u201d.</p></body></html>";
        var bytes = CodePage(1252).GetBytes(html);

        Assert.Equal("Café “quoted”.", reader.Read("a.html", null, bytes).Text);
    }

    [Fact]
    public void Read_HtmlHttpEquivCharset_IsHonoured()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"></head><body><p>Krak\u00f3w and \u0141\u00f3d\u017a.</p></body></html>";
        var bytes = CodePage(28592).GetBytes(html);

        Assert.Equal("Kraków and Łódź.", reader.Read("a.html", null, bytes).Text);
    }

    [Fact]
    public void Read_BomWinsOverMetaCharset()
    {
        var html = "<meta charset=\"windows-1252\"><p>Z\u00fcrich.</p>";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        Assert.Equal("Zürich.", reader.Read("a.html", null, bytes).Text);
    }

    [Fact]
    public void Read_ContentTypeCharset_IsHonoured()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 in Z\u00fcrich.");

        Assert.Equal("Café in Zürich.", reader.Read("a.txt", "text/plain; charset=iso-8859-1", bytes).Text);
    }

    [Fact]
    public void Read_DecomposedAccents_AreNormalizedToNfc()
    {
        Assert.Equal("Café.", Read("a.txt", "Cafe\u0301.").Text);
    }

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    // ---- rejections ----

    [Fact]
    public void Read_OverMaxInputBytes_IsTooLarge()
    {
        var small = new ArticleReader(new ArticleReaderOptions { MaxInputBytes = 10 });

        Assert.Equal(FailureCode.TooLarge, Rejection("a.txt", Encoding.UTF8.GetBytes("eleven char"), with: small));
        Assert.Equal("ten chars.", small.Read("a.txt", null, Encoding.UTF8.GetBytes("ten chars.")).Text);
    }

    [Fact]
    public void Options_Default_IsOneMebibyte()
    {
        Assert.Equal(1024 * 1024, new ArticleReaderOptions().MaxInputBytes);
    }

    [Theory]
    [InlineData("a.txt", "")]
    [InlineData("a.txt", " \r\n\t \u00a0\n")]
    [InlineData("a.html", "<html><head><title>Only a title</title></head><body><script>x()</script></body></html>")]
    [InlineData("a.md", "---\ntitle: x\n---\n")]
    [InlineData("a.json", """{"title":"T","body":"   "}""")]
    [InlineData("a.txt", "Leave a Reply\n\nYour email address will not be published. Required fields are marked *")]
    public void Read_NothingButWhitespaceMarkupOrBoilerplate_IsEmptyArticle(string name, string content)
    {
        Assert.Equal(FailureCode.EmptyArticle, Rejection(name, Encoding.UTF8.GetBytes(content)));
    }

    public static TheoryData<string, byte[]> BinaryInputs => new()
    {
        { "nul.txt", "Text with a\0NUL."u8.ToArray() },
        { "image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] },
        { "photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46] },
        { "doc.txt", "%PDF-1.7\n%\u00e2\u00e3"u8.ToArray() },
        { "controls.txt", [.. Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41))] },
        { "random.html", [.. Enumerable.Range(0, 256).Select(i => (byte)((i * 151) % 256))] },
    };

    [Theory]
    [MemberData(nameof(BinaryInputs))]
    public void Read_BinaryBytes_IsBinaryContent(string name, byte[] content)
    {
        Assert.Equal(FailureCode.BinaryContent, Rejection(name, content));
    }

    [Theory]
    [InlineData("{\"title\":\"T\",\"body\":\"x", "line 1")]
    [InlineData("{\n  \"title\": \"T\",\n  \"body\": oops\n}", "line 3")]
    [InlineData("<html>not json</html>", "line 1")]
    public void Read_MalformedJson_IsMalformedJsonWithLine(string json, string where)
    {
        var error = Assert.Throws<ArticleRejectedException>(() => Read("a.json", json));

        Assert.Equal(FailureCode.MalformedJson, error.Code);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"title":"T","body":"Angela \ud800 Merkel"}""", "\"body\"")]
    [InlineData("""{"title":"\udc00","body":"Angela Merkel"}""", "\"title\"")]
    [InlineData("""{"ti\ud800tle":"T","body":"Angela Merkel"}""", "field name")]
    public void Read_JsonStringWithEscapedLoneSurrogate_IsMalformedJsonNamingTheField(string json, string field)
    {
        var error = Assert.Throws<ArticleRejectedException>(() => Read("a.json", json));

        Assert.Equal(FailureCode.MalformedJson, error.Code);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonWithNullTitle_HasNoTitle()
    {
        var article = Read("a.json", """{"title":null,"body":"Angela Merkel spoke."}""");

        Assert.Null(article.Title);
        Assert.Equal("Angela Merkel spoke.", article.Text);
    }

    [Theory]
    [InlineData("""[{"title":"T","body":"x"}]""", "array")]
    [InlineData("\"just a string\"", "string")]
    [InlineData("""{"title":"T","summary":"x"}""", "\"summary\"")]
    [InlineData("""{"title":"T","body":{"html":"x"}}""", "\"body\" is an object")]
    [InlineData("""{"title":7,"body":"x"}""", "\"title\" is a number")]
    public void Read_JsonWithoutATextField_IsUnsupportedJsonShape(string json, string messagePart)
    {
        var error = Assert.Throws<ArticleRejectedException>(() => Read("a.json", json));

        Assert.Equal(FailureCode.UnsupportedJsonShape, error.Code);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    // ---- robustness ----

    [Fact]
    public void Read_HundredThousandNestedDivs_ReadsFlatTextWithoutTree()
    {
        const int depth = 100_000;
        var html = "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + "<p>The deepest paragraph.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        // 1.1 MB of markup: the default cap would reject it before the depth guard is reached.
        var roomy = new ArticleReader(new ArticleReaderOptions { MaxInputBytes = 4 * 1024 * 1024 });
        var article = roomy.Read("deep.html", null, Encoding.UTF8.GetBytes(html));

        Assert.Equal("Deep", article.Title);
        Assert.Equal("The deepest paragraph.", article.Text);
    }

    [Fact]
    public void Read_HundredThousandUnclosedFormattingTags_ReadsFlatText()
    {
        var html = "<p>" + string.Concat(Enumerable.Repeat("<b>", 100_000)) + "Bold words.";

        Assert.Equal("Bold words.", Read("deep.html", html).Text);
    }

    [Fact]
    public void Read_NestingAtTheLimit_StillUsesTheTree()
    {
        var html = "<nav>Menu</nav>" + string.Concat(Enumerable.Repeat("<div>", 500)) + "<p>Inside.</p>" + string.Concat(Enumerable.Repeat("</div>", 500));

        // The tree path drops <nav>; the flat path would keep "Menu".
        Assert.Equal("Inside.", Read("a.html", html).Text);
    }

    [Fact]
    public void Read_MarkupInsideScripts_DoesNotCountTowardsDepth()
    {
        var script = "<script>var s = '" + string.Concat(Enumerable.Repeat("<div>", 1000)) + "';</script>";
        var html = $"<html><head>{script}</head><body><nav>Menu</nav><p>Article text.</p></body></html>";

        // Were the script's tags counted, the page would be read flat and "Menu" kept.
        Assert.Equal("Article text.", Read("a.html", html).Text);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    [InlineData("[a](")]
    [InlineData("*a")]
    public void Read_MarkdownMarkupSoup_IsReadAsPlainText(string unit)
    {
        // Markdig needs minutes for 500 KB of nested markup; as plain text it is one long line.
        var soup = string.Concat(Enumerable.Repeat(unit, 500_000 / unit.Length));

        var article = Read("soup.md", soup + "\n\nThe closing sentence.");

        Assert.StartsWith(unit.Trim(), article.Text, StringComparison.Ordinal);
        Assert.EndsWith("The closing sentence.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MarkdownNestedPastMarkdigsLimit_IsReadAsPlainText()
    {
        // Deep quotes followed by enough words to look like prose: Markdig itself refuses the nesting.
        var markdown = new string('>', 2000) + " Quoted.\n" + string.Concat(Enumerable.Repeat("plain words here ", 1000));

        var article = Read("deep.md", markdown);

        Assert.StartsWith(">>>", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneMebibyteHtmlPage_CompletesWithItsText()
    {
        var paragraph = "<p>Paragraph number {0} of a very long page, with commas, words and <a href=\"/x\">a link</a>.</p>\n";
        var html = new StringBuilder("<html><head><title>Long</title></head><body><article>");
        for (var i = 0; html.Length < (1024 * 1024) - 200; i++)
        {
            html.AppendFormat(paragraph, i);
        }

        html.Append("<p>The last paragraph.</p></article></body></html>");
        var bytes = Encoding.UTF8.GetBytes(html.ToString());
        Assert.InRange(bytes.Length, 1_000_000, 1024 * 1024);

        var article = reader.Read("long.html", null, bytes);

        Assert.StartsWith("Paragraph number 0 of a very long page", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("The last paragraph.", article.Text, StringComparison.Ordinal);
    }

    // ---- samples ----

    public static TheoryData<string> Samples => new(Directory.GetFiles(RepoPaths.SharedFile("samples", "articles")).Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_SampleArticle_HasTextWithoutScrapeBoilerplate(string sample)
    {
        var article = reader.Read(sample, "text/plain", File.ReadAllBytes(RepoPaths.SharedFile("samples", "articles", sample)));

        Assert.True(article.Text.Length > 1000, $"only {article.Text.Length} characters read");
        Assert.Contains("Putin", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Reply", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Source link", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("is a seasoned author", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", article.Text, StringComparison.Ordinal);
    }
}
