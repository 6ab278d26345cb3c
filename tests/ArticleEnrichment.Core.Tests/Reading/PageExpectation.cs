namespace ArticleEnrichment.Reading;

/// <summary>
/// What a hand-made test page must give: <c>title: ...</c>, <c>+ text</c> that the article text contains,
/// <c>- text</c> that it must not (boilerplate). Kept beside the page as <c>name.expect.txt</c>.
/// </summary>
public sealed record PageExpectation(string Page, string? Title, IReadOnlyList<string> Kept, IReadOnlyList<string> Dropped)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Reading", "Pages");

    public static IEnumerable<PageExpectation> All() =>
        Directory.GetFiles(Folder, "*.expect.txt").Order(StringComparer.Ordinal).Select(Load);

    public static PageExpectation Load(string expectFile)
    {
        var lines = File.ReadAllLines(expectFile);
        var page = Path.GetFileName(expectFile).Replace(".expect.txt", ".html", StringComparison.Ordinal);
        return new PageExpectation(
            page,
            lines.FirstOrDefault(l => l.StartsWith("title: ", StringComparison.Ordinal))?["title: ".Length..],
            lines.Where(l => l.StartsWith("+ ", StringComparison.Ordinal)).Select(l => l[2..]).ToList(),
            lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).ToList());
    }

    public byte[] Bytes() => File.ReadAllBytes(Path.Combine(Folder, Page));
}
