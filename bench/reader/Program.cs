using System.Diagnostics;
using System.Text;
using ArticleEnrichment.Reading;

// Which main-content extractor keeps more of the article and less of the page around it?
// Both get the same decoding and the same boilerplate line rules afterwards; only the choice of content differs.
var root = RepoRoot();
var pages = new List<BenchPage>();
foreach (var expect in Directory.GetFiles(Path.Combine(root, "tests/ArticleEnrichment.Core.Tests/Reading/Pages"), "*.expect.txt").Order(StringComparer.Ordinal))
{
    pages.Add(BenchPage.FromExpectFile(expect));
}

var samples = Path.GetFullPath(Path.Combine(root, "..", "shared", "samples", "articles"));
foreach (var sample in Directory.GetFiles(samples).Order(StringComparer.Ordinal))
{
    var article = new ArticleReader().Read(sample, "text/plain", File.ReadAllBytes(sample));
    var paragraphs = article.Text.Split("\n\n");
    foreach (var template in PageTemplates.All)
    {
        pages.Add(new BenchPage(
            $"{Path.GetFileNameWithoutExtension(sample)} in {template.Name}",
            template.Render(article.Title ?? "Putin and Xi hold video call", paragraphs),
            article.Title ?? "Putin and Xi hold video call",
            paragraphs,
            template.Boilerplate));
    }
}

const int Repeats = 20;
Console.WriteLine($"| page | extractor | kept (of article lines) | boilerplate leaked | title right | ms per page (mean of {Repeats}) | leaked lines |");
Console.WriteLine("|---|---|---|---|---|---|---|");
var totals = new Dictionary<string, (int Kept, int Expected, int Leaked, int Titles, double Ms)>();
foreach (var page in pages)
{
    foreach (var (name, extract) in new (string, Func<string, (string? Title, IReadOnlyList<string> Paragraphs)>)[]
             { ("own (AngleSharp)", Extractors.Own), ("SmartReader", Extractors.SmartReader) })
    {
        var (title, paragraphs) = extract(page.Html);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < Repeats; i++)
        {
            extract(page.Html);
        }

        var ms = stopwatch.Elapsed.TotalMilliseconds / Repeats;
        var text = string.Join("\n\n", paragraphs);
        var kept = page.Kept.Count(k => text.Contains(k, StringComparison.Ordinal));
        var leakedLines = page.Dropped.Where(d => text.Contains(d, StringComparison.OrdinalIgnoreCase)).ToList();
        var leaked = leakedLines.Count;
        var titleRight = title == page.Title;
        Console.WriteLine($"| {page.Name} | {name} | {kept}/{page.Kept.Count} | {leaked}/{page.Dropped.Count} | {(titleRight ? "yes" : $"no ({title})")} | {ms:F2} | {string.Join("; ", leakedLines)} |");
        var total = totals.GetValueOrDefault(name);
        totals[name] = (total.Kept + kept, total.Expected + page.Kept.Count, total.Leaked + leaked, total.Titles + (titleRight ? 1 : 0), total.Ms + ms);
    }
}

foreach (var (name, total) in totals)
{
    Console.WriteLine($"| **all {pages.Count} pages** | {name} | {total.Kept}/{total.Expected} | {total.Leaked} | {total.Titles}/{pages.Count} | {total.Ms / pages.Count:F2} | |");
}

StressPages.Run();

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("Functions.sln not found above " + AppContext.BaseDirectory);
}

internal sealed record BenchPage(string Name, string Html, string? Title, IReadOnlyList<string> Kept, IReadOnlyList<string> Dropped)
{
    public static BenchPage FromExpectFile(string expectFile)
    {
        var lines = File.ReadAllLines(expectFile);
        var html = File.ReadAllText(expectFile.Replace(".expect.txt", ".html", StringComparison.Ordinal), Encoding.UTF8);
        return new BenchPage(
            Path.GetFileName(expectFile).Replace(".expect.txt", ".html", StringComparison.Ordinal),
            html,
            lines.FirstOrDefault(l => l.StartsWith("title: ", StringComparison.Ordinal))?["title: ".Length..],
            lines.Where(l => l.StartsWith("+ ", StringComparison.Ordinal)).Select(l => l[2..]).ToList(),
            lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).ToList());
    }
}

internal static class Extractors
{
    public static (string? Title, IReadOnlyList<string> Paragraphs) Own(string html)
    {
        var (title, paragraphs) = new HtmlArticleExtractor(new ArticleReaderOptions().MaxHtmlDepth).Extract(html);
        return (title, Boilerplate.Remove(paragraphs));
    }

    public static (string? Title, IReadOnlyList<string> Paragraphs) SmartReader(string html)
    {
        var article = new SmartReader.Reader("https://example.org/article", html).GetArticle();
        var paragraphs = (article.TextContent ?? "")
            .Split('\n')
            .Select(p => Paragraphs.Normalize(p))
            .Where(p => p.Length > 0)
            .ToList();
        return (Paragraphs.Title(article.Title), Boilerplate.Remove(paragraphs));
    }
}

/// <summary>Page shapes seen on news sites, each with its own boilerplate, to wrap a plain-text article in.</summary>
internal sealed record PageTemplate(string Name, Func<string, IReadOnlyList<string>, string> Render, IReadOnlyList<string> Boilerplate);

internal static class PageTemplates
{
    private static string Paragraphs(IReadOnlyList<string> paragraphs, string between = "") =>
        string.Join(between, paragraphs.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>\n"));

    public static readonly PageTemplate[] All =
    [
        new("semantic template",
            (title, paragraphs) => $"""
                <html><head><title>{title} | Daily Wire Service</title><script>var ads = [];</script></head><body>
                <header><div class="logo">Daily Wire Service</div><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">Markets</a></nav></header>
                <main><article><h1>{title}</h1><div class="byline">By Staff Reporter</div>
                <div class="share-bar"><a>Share</a> <a>Facebook</a> <a>Twitter</a></div>
                <div class="article-body">{Paragraphs(paragraphs, "<div class=\"ad-unit\">- Advertisement -</div>\n")}</div>
                <section class="related-stories"><h2>Related stories</h2><ul><li><a href="/1">Oil prices climb as winter demand rises in Asia and Europe</a></li><li><a href="/2">Markets wait for central bank decision on interest rates</a></li></ul></section>
                <div id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><div class="comment"><p>First! Great reporting as always from your team in Moscow and Beijing.</p></div></div>
                </article></main>
                <aside><h3>Trending Today</h3><ul><li><a href="/3">Celebrity chef opens restaurant on the moon, critics are divided</a></li></ul></aside>
                <footer><p>© 2023 Daily Wire Service. All rights reserved.</p><p>About us · Careers · Advertise with us</p></footer>
                </body></html>
                """,
            ["Daily Wire Service", "Staff Reporter", "Facebook", "Advertisement", "Related stories", "Oil prices climb", "Leave a Reply", "Your email address", "First! Great reporting", "Trending Today", "Celebrity chef", "All rights reserved", "Careers"]),
        new("div-soup template",
            (title, paragraphs) => $"""
                <html><head><title>{title} - Portal</title></head><body>
                <div class="top"><span>Moscow -5°C Snow</span> <a href="/login">Log in</a></div>
                <div class="menu"><a href="/">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></div>
                <div class="container"><div class="left"><div class="headline"><h1>{title}</h1></div>
                <div class="text">{Paragraphs(paragraphs)}</div>
                <div class="shares">Share: <a>Facebook</a> <a>Twitter</a> <a>Email</a></div>
                <div class="newsletter"><b>Sign up for our newsletter</b> and get the morning briefing on world affairs, markets and culture every day.</div>
                </div><div class="right"><div class="popular"><h3>Most Read</h3><div><a href="/a">Mayor unveils plan for new tram lines across the city centre next year</a></div><div><a href="/b">Hospital waiting lists fall for the first time in three years</a></div></div></div></div>
                <div class="bottom">Portal Media Group, 1 Main Street. Copyright 2023.</div>
                </body></html>
                """,
            ["Moscow -5°C", "Log in", "Sport", "Sign up for our newsletter", "morning briefing", "Most Read", "Mayor unveils plan", "Hospital waiting lists", "Portal Media Group"]),
    ];
}

/// <summary>Whole-reader time on 1 MB pages built to stress the parser: many siblings, deep nesting, misnested tags.</summary>
internal static class StressPages
{
    public static void Run()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { MaxInputBytes = 4 * 1024 * 1024 });
        Console.WriteLine();
        Console.WriteLine("| 1 MB page made of | ms (one read, after warm-up) | result |");
        Console.WriteLine("|---|---|---|");
        reader.Read("warm.html", null, Encoding.UTF8.GetBytes("<p>Warm-up text.</p>"));
        var article = "<p>Paragraph of a long page, with commas, words and <a href=\"/x\">a link</a>.</p>\n";
        foreach (var (name, unit, closing) in new[]
                 {
                     ("a realistic long article (paragraphs with links)", article, ""),
                     ("100,000 nested divs (1.1 MB)", "<div>", "</div>"),
                     ("unclosed <p>x", "<p>x", ""),
                     ("unclosed <li>x", "<li>x", ""),
                     ("unclosed <option>x", "<option>x", ""),
                     ("unclosed <b>", "<b>", ""),
                     ("misnested <b><i>x</b></i>", "<b><i>x</b></i>", ""),
                 })
        {
            var html = new StringBuilder("<html><head><title>Stress</title></head><body>");
            var count = 0;
            while (html.Length < 1_000_000 && count < 100_000)
            {
                html.Append(unit);
                count++;
            }

            html.Append("<p>The end of the page.</p>");
            for (var i = 0; i < count && closing.Length > 0; i++)
            {
                html.Append(closing);
            }

            var bytes = Encoding.UTF8.GetBytes(html.ToString());
            var stopwatch = Stopwatch.StartNew();
            string result;
            try
            {
                result = $"{reader.Read("stress.html", null, bytes).Text.Length:N0} chars of text";
            }
            catch (ArticleEnrichment.Articles.ArticleRejectedException e)
            {
                result = $"rejected: {e.Code}";
            }

            Console.WriteLine($"| {name} | {stopwatch.Elapsed.TotalMilliseconds:F0} | {result} |");
        }

        foreach (var (name, unit) in new[] { ("Markdown: 500 blocks of 2,000 '>'", ">"), ("Markdown: 500 blocks of 2,000 '['", "["), ("Markdown: 500 blocks of '[a]('", "[a]("), ("Markdown: 500 blocks of prose with links", "See [the report](https://example.org/r) by *the ministry* today. ") })
        {
            var markdown = new StringBuilder();
            for (var block = 0; block < 500; block++)
            {
                for (var length = 0; length < 2000; length += unit.Length)
                {
                    markdown.Append(unit);
                }

                markdown.Append("\n\n");
            }

            var stopwatch = Stopwatch.StartNew();
            var text = reader.Read("stress.md", null, Encoding.UTF8.GetBytes(markdown.ToString())).Text;
            Console.WriteLine($"| {name} | {stopwatch.Elapsed.TotalMilliseconds:F0} | {text.Length:N0} chars of text |");
        }
    }
}
