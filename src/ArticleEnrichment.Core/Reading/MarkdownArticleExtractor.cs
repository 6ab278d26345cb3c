using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArticleEnrichment.Reading;

/// <summary>
/// Markdown to plain text with Markdig: each heading, paragraph, list item, quote paragraph and code block
/// becomes one paragraph; emphasis, links and code marks go, link text stays, images and raw HTML go.
/// The title is a front-matter <c>title:</c>, else the first level-1 heading, else a heading that opens the document.
/// </summary>
internal static class MarkdownArticleExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>
    /// Markdown punctuation a block may hold before its share is checked: fewer cannot nest deep enough to cost
    /// anything, while an article's paragraph with a few links and some emphasis stays well under the share.
    /// </summary>
    private const int MinPunctuationToCheck = 32;

    /// <summary>
    /// Share of a block's non-space characters that may be Markdown punctuation. Prose with a link and an emphasis
    /// every 65 characters measures 10%; a block past a quarter is markup soup, and Markdig's time on nested soup grows with
    /// the square of its size (measured: 500 blocks of 2,000 <c>&gt;</c> took 10 s, of <c>[</c> 4 s).
    /// </summary>
    private const double MaxPunctuationShare = 0.25;

    public static (string? Title, IReadOnlyList<string> Paragraphs) Extract(string markdown)
    {
        if (!LooksLikeProse(markdown))
        {
            return PlainTextArticleExtractor.Extract(markdown);
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit; as plain text it still reads.
            return PlainTextArticleExtractor.Extract(markdown);
        }

        var leaves = LeafBlocks(document);

        string? title = null;
        LeafBlock? titleBlock = null;
        if (leaves.OfType<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter)
        {
            title = FrontMatterTitle(frontMatter);
        }

        if (title is null)
        {
            titleBlock = leaves.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1)
                ?? leaves.FirstOrDefault(b => b is not YamlFrontMatterBlock) as HeadingBlock;
            title = titleBlock is null ? null : Paragraphs.Title(InlineText(titleBlock));
        }

        var paragraphs = new ParagraphList();
        foreach (var leaf in leaves)
        {
            switch (leaf)
            {
                case YamlFrontMatterBlock or HtmlBlock or ThematicBreakBlock or LinkReferenceDefinition:
                    break;
                case var _ when ReferenceEquals(leaf, titleBlock):
                    break;
                case CodeBlock code:
                    paragraphs.Add(code.Lines.ToString());
                    break;
                default:
                    paragraphs.Add(InlineText(leaf));
                    break;
            }
        }

        return (title, paragraphs.Items);
    }

    /// <summary>Whether every block (text between blank lines) is mostly words rather than Markdown punctuation.</summary>
    private static bool LooksLikeProse(string markdown)
    {
        int punctuation = 0, visible = 0;
        var previous = '\0';
        foreach (var c in markdown)
        {
            if (c == '\n' && previous == '\n')
            {
                if (!BlockIsProse(punctuation, visible))
                {
                    return false;
                }

                punctuation = visible = 0;
            }

            if (c != '\r')
            {
                previous = c;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            visible++;
            if (c is '>' or '[' or ']' or '(' or ')' or '*' or '_' or '-' or '+' or '`' or '!' or '<' or '#' or '|' or '~')
            {
                punctuation++;
            }
        }

        return BlockIsProse(punctuation, visible);

        static bool BlockIsProse(int punctuation, int visible) =>
            punctuation < MinPunctuationToCheck || punctuation <= visible * MaxPunctuationShare;
    }

    /// <summary>The leaf blocks in document order, walked with an explicit stack so deep quote nesting cannot overflow.</summary>
    private static List<LeafBlock> LeafBlocks(MarkdownDocument document)
    {
        var leaves = new List<LeafBlock>();
        var pending = new Stack<Block>();
        pending.Push(document);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LeafBlock leaf:
                    leaves.Add(leaf);
                    break;
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push(container[i]);
                    }

                    break;
            }
        }

        return leaves;
    }

    private static string InlineText(LeafBlock block)
    {
        var text = new StringBuilder();
        if (block.Inline is null)
        {
            return block.Lines.ToString();
        }

        var pending = new Stack<Inline>();
        pending.Push(block.Inline);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LinkInline { IsImage: true }:
                case HtmlInline:
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline container:
                    // Children pushed in reverse so they pop in document order.
                    var children = new List<Inline>();
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        children.Add(child);
                    }

                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        pending.Push(children[i]);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The <c>title:</c> line of YAML front matter (a plain or quoted scalar; nothing else of YAML is needed).</summary>
    private static string? FrontMatterTitle(YamlFrontMatterBlock frontMatter)
    {
        for (var i = 0; i < frontMatter.Lines.Count; i++)
        {
            var text = frontMatter.Lines.Lines[i].Slice.ToString();
            if (text.StartsWith("title:", StringComparison.OrdinalIgnoreCase))
            {
                return Paragraphs.Title(text["title:".Length..].Trim().Trim('"', '\''));
            }
        }

        return null;
    }
}
