namespace ArticleEnrichment.Text.KeyPhrases;

/// <summary>
/// The parts of a scientific paper that name its key terms, found from the headings written in the text: the
/// front matter (title and authors, before an "Abstract" heading), the abstract, the introduction and the
/// conclusions. Only a text with an "Abstract" heading line near its start is read as a paper; anything else
/// (news, a bare abstract) has no sections and every word weighs the same.
/// </summary>
internal sealed class PaperSections
{
    // The abstract heading must come within the first 10% of the text (at most 5,000 characters in): a paper
    // opens with its title, authors and abstract, and a word "Abstract" alone on a line further down is
    // something else (a section about abstracts, a table).
    private const double MaxAbstractHeadingShare = 0.1;
    private const int MaxAbstractHeadingOffset = 5000;

    // A heading line holds at most this many words ("Conclusions and Future Work", "2. RELATED WORK").
    private const int MaxHeadingWords = 6;

    private readonly (int Start, int End, SectionKind Kind)[] spans;

    private PaperSections((int Start, int End, SectionKind Kind)[] spans, int abstractHeading)
    {
        this.spans = spans;
        AbstractHeading = abstractHeading;
    }

    /// <summary>The parts of a paper that weigh differently.</summary>
    public enum SectionKind
    {
        /// <summary>Title, authors and their affiliations (before the abstract heading).</summary>
        FrontMatter,

        /// <summary>The abstract.</summary>
        Abstract,

        /// <summary>The introduction or the conclusions.</summary>
        IntroductionOrConclusions,

        /// <summary>The references (and what follows them).</summary>
        References,
    }

    /// <summary>Offset of the abstract heading: everything before it is front matter.</summary>
    public int AbstractHeading { get; }

    /// <summary>The paper's sections, or null when <paramref name="text"/> has no "Abstract" heading near its start.</summary>
    public static PaperSections? Find(string text)
    {
        var lines = Lines(text);
        var abstractLine = -1;
        for (var i = 0; i < lines.Count && lines[i].Start <= Math.Min(MaxAbstractHeadingOffset, text.Length * MaxAbstractHeadingShare); i++)
        {
            if (HeadingName(text, lines[i]) == "abstract")
            {
                abstractLine = i;
                break;
            }
        }

        if (abstractLine < 0)
        {
            return null;
        }

        var spans = new List<(int Start, int End, SectionKind Kind)> { (0, lines[abstractLine].Start, SectionKind.FrontMatter) };
        SectionKind? open = SectionKind.Abstract;
        var openStart = lines[abstractLine].Start;
        for (var i = abstractLine + 1; i < lines.Count; i++)
        {
            var name = HeadingName(text, lines[i]);
            if (name is null)
            {
                continue;
            }

            if (open is { } kind)
            {
                spans.Add((openStart, lines[i].Start, kind));
            }

            if (name is "references" or "bibliography")
            {
                // Nothing after the references is the paper's own text (appendices aside).
                spans.Add((lines[i].Start, text.Length, SectionKind.References));
                open = null;
                break;
            }

            open = IsIntroductionOrConclusions(name) ? SectionKind.IntroductionOrConclusions : null;
            openStart = lines[i].Start;
        }

        if (open is { } last)
        {
            spans.Add((openStart, text.Length, last));
        }

        return new PaperSections([.. spans], lines[abstractLine].Start);
    }

    /// <summary>The section at <paramref name="offset"/>, or null for the body.</summary>
    public SectionKind? At(int offset)
    {
        foreach (var (start, end, kind) in spans)
        {
            if (offset >= start && offset < end)
            {
                return kind;
            }
        }

        return null;
    }

    private static bool IsIntroductionOrConclusions(string name)
        => name is "introduction" || name.StartsWith("conclusion", StringComparison.Ordinal) || name.StartsWith("concluding", StringComparison.Ordinal)
           || name.StartsWith("summary and conclusion", StringComparison.Ordinal) || name.StartsWith("discussion and conclusion", StringComparison.Ordinal);

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    // A line read as a heading, lower-cased without its section number ("1. INTRODUCTION" gives
    // "introduction"), or null. Headings are numbered ("3 Method", "2.1 Data") or written all in capitals
    // ("ABSTRACT", "RELATED WORK"), or are the fixed front-matter headings of ACM papers ("Categories and
    // Subject Descriptors", "General Terms", "Keywords"); a plain "Abstract" line counts too.
    private static string? HeadingName(string text, (int Start, int End) line)
    {
        var value = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (value.Length == 0 || value.Length > 60)
        {
            return null;
        }

        var numbered = false;
        var k = 0;
        while (k < value.Length && (char.IsDigit(value[k]) || value[k] == '.'))
        {
            numbered = true;
            k++;
        }

        var name = value[k..].Trim().TrimEnd(':').ToString();
        if (name.Length < 4 || !name.All(c => char.IsLetter(c) || c == ' ' || c == '-') || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadingWords)
        {
            return null;
        }

        var lower = name.ToLowerInvariant();
        var allCaps = name.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var acmHeading = lower is "abstract" or "references" or "categories and subject descriptors" or "general terms" or "keywords";
        return (numbered && char.IsUpper(name[0])) || allCaps || acmHeading ? lower : null;
    }
}
