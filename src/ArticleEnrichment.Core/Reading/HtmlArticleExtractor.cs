using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace ArticleEnrichment.Reading;

/// <summary>
/// HTML to article text with AngleSharp: drops scripts, styles, navigation, asides, forms, comment and share
/// widgets; picks the main content (an <c>articleBody</c>, the largest <c>&lt;article&gt;</c>, <c>&lt;main&gt;</c>,
/// else the block that readability-style scoring ranks first); writes each block as one paragraph.
/// Pages nested deeper than <paramref name="maxDepth"/> are read flat from the token stream (see <see cref="ArticleReaderOptions.MaxHtmlDepth"/>).
/// </summary>
internal sealed class HtmlArticleExtractor(int maxDepth)
{
    /// <summary>Shortest text an explicit container (article, main) must hold to be trusted as the content.</summary>
    private const int MinExplicitContentLength = 140;

    /// <summary>Shortest paragraph that counts in scoring, as in Mozilla's Readability: shorter ones are captions and links.</summary>
    private const int MinScoredParagraphLength = 25;

    /// <summary>A paragraph mostly made of link text is a link list (related stories, tags), not prose.</summary>
    private const double MaxParagraphLinkShare = 0.5;

    private static readonly HashSet<string> VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    // Elements whose end tag HTML lets authors omit: they close themselves, so they do not deepen the tree.
    private static readonly HashSet<string> SelfClosingByOthers =
        ["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup", "caption", "html", "head", "body"];

    private static readonly HashSet<string> BlockElements =
    [
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "th", "thead", "tr", "ul",
    ];

    private const string NonContentSelector =
        "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, "
        + "nav, aside, footer, figcaption, dialog, [hidden], [aria-hidden=true], "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog], [role=alert]";

    // class/id words of widgets around an article (WordPress, Drupal, news CMS themes, ad and comment vendors).
    private static readonly HashSet<string> NonContentWords =
    [
        "comment", "comments", "disqus", "respond", "share", "sharing", "sharer", "social", "related", "recommended",
        "recommendations", "advert", "advertisement", "ad", "ads", "adsbygoogle", "sponsor", "sponsored", "promo",
        "newsletter", "subscribe", "subscription", "signup", "sidebar", "widget", "cookie", "consent", "gdpr",
        "breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation", "footer", "header", "masthead", "popup",
        "modal", "outbrain", "taboola", "byline", "author", "meta", "tags", "trending", "popular", "caption",
        "credit", "credits", "banner", "toolbar", "skip",
    ];

    // Words that mark the article container itself; an element carrying one is never dropped for a widget word.
    private static readonly HashSet<string> ContentWords = ["article", "content", "story", "entry", "main", "body", "text"];

    public (string? Title, IReadOnlyList<string> Paragraphs) Extract(string html)
    {
        if (NestingDepth(html) > maxDepth)
        {
            return FlatText(html);
        }

        var document = new HtmlParser(new HtmlParserOptions { SkipComments = true }).ParseDocument(html);
        var title = MetaTitle(document);
        RemoveNonContent(document);

        var content = ChooseContent(ExplicitContent(document), ScoredContent(document)) ?? (IElement?)document.Body ?? document.DocumentElement;
        var paragraphs = BlockText(content).ToList();

        var heading = document.QuerySelector("h1") is { } h1 ? Paragraphs.Title(h1.TextContent) : null;
        title ??= heading;
        if (title is not null)
        {
            // The headline repeated at the top of the body belongs to the title, not to the text.
            var index = paragraphs.FindIndex(0, Math.Min(3, paragraphs.Count), p => p == title || p == heading);
            if (index >= 0)
            {
                paragraphs.RemoveAt(index);
            }
        }

        return (title, paragraphs);
    }

    /// <summary>og:title, else &lt;title&gt; without a trailing " | Site name".</summary>
    private static string? MetaTitle(IDocument document)
    {
        var og = document.QuerySelector("meta[property='og:title'], meta[name='og:title'], meta[name='twitter:title']")?.GetAttribute("content");
        if (Paragraphs.Title(og) is { } ogTitle)
        {
            return ogTitle;
        }

        return Paragraphs.Title(document.Title) is { } title ? WithoutSiteName(title) : null;
    }

    private static string WithoutSiteName(string title)
    {
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            // A site name is a few words after the headline; a separator early in the title is part of it.
            if (at > title.Length / 2 && title.Length - at - separator.Length <= 40)
            {
                return title[..at];
            }
        }

        return title;
    }

    private static void RemoveNonContent(IDocument document)
    {
        var doomed = document.QuerySelectorAll(NonContentSelector).ToList();
        doomed.AddRange(document.All.Where(IsWidget));
        foreach (var element in doomed)
        {
            // A page that wraps everything in a "header" or "sidebar" layout div still keeps its article.
            if (element.LocalName is "html" or "body" or "article" or "main"
                || element.QuerySelector("article, main, [itemprop=articleBody]") is not null)
            {
                continue;
            }

            element.Remove();
        }
    }

    private static bool IsWidget(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        if (names.Length <= 1)
        {
            return false;
        }

        var words = names.ToLowerInvariant().Split([' ', '-', '_', ':', '.', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(NonContentWords.Contains) && !words.Any(ContentWords.Contains);
    }

    /// <summary>
    /// The marked-up container unless scoring found a separate block with clearly more prose: pages mark teaser
    /// cards as &lt;article&gt; too, while the story itself sits in a plain div.
    /// </summary>
    private static IElement? ChooseContent(IElement? explicitContent, IElement? scored)
    {
        if (explicitContent is null || scored is null || explicitContent.Contains(scored) || scored.Contains(explicitContent))
        {
            return explicitContent ?? scored;
        }

        return ParagraphTextLength(scored) > 2 * ParagraphTextLength(explicitContent) ? scored : explicitContent;
    }

    private static IElement? ExplicitContent(IDocument document)
    {
        foreach (var selector in new[] { "[itemprop=articleBody]", "article", "main, [role=main]" })
        {
            var best = document.QuerySelectorAll(selector)
                .Select(e => (Element: e, Length: ParagraphTextLength(e)))
                .OrderByDescending(c => c.Length)
                .FirstOrDefault();
            if (best.Element is not null && best.Length >= MinExplicitContentLength)
            {
                return best.Element;
            }
        }

        return null;
    }

    private static int ParagraphTextLength(IElement element)
    {
        var paragraphs = element.QuerySelectorAll("p");
        return paragraphs.Length > 0 ? paragraphs.Sum(p => p.TextContent.Length) : element.TextContent.Trim().Length;
    }

    /// <summary>
    /// Readability-style scoring: every paragraph gives its parent 1 + its commas + one point per 100 characters
    /// (at most 3) and its grandparent half of that; the best container, discounted by its link density, wins.
    /// </summary>
    private static IElement? ScoredContent(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, td, blockquote"))
        {
            var text = paragraph.TextContent.Trim();
            if (text.Length < MinScoredParagraphLength)
            {
                continue;
            }

            var score = 1 + text.Count(c => c == ',') + Math.Min(text.Length / 100, 3);
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (score / 2.0);
                }
            }
        }

        return scores.Count == 0
            ? null
            : scores.Select(s => (Element: s.Key, Score: s.Value * (1 - LinkDensity(s.Key))))
                .MaxBy(s => s.Score).Element;
    }

    private static double LinkDensity(IElement element)
    {
        var length = element.TextContent.Length;
        return length == 0 ? 0 : element.QuerySelectorAll("a").Sum(a => a.TextContent.Length) / (double)length;
    }

    /// <summary>The text of <paramref name="root"/>, one paragraph per block, walked without recursion.</summary>
    private static IReadOnlyList<string> BlockText(INode root)
    {
        var paragraphs = new ParagraphList();
        var linkChars = 0;
        var allChars = 0;
        var pending = new Stack<(INode Node, bool Closing, bool InLink)>();
        pending.Push((root, false, false));
        while (pending.Count > 0)
        {
            var (node, closing, inLink) = pending.Pop();
            if (node is IText text)
            {
                paragraphs.Append(text.Data);
                var visible = text.Data.AsSpan().Trim().Length;
                allChars += visible;
                linkChars += inLink ? visible : 0;
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var isBlock = BlockElements.Contains(element.LocalName);
            if (isBlock)
            {
                EndParagraph();
            }

            if (closing)
            {
                continue;
            }

            if (isBlock)
            {
                pending.Push((element, true, inLink));
            }

            var childInLink = inLink || element is IHtmlAnchorElement;
            // By index: AngleSharp finds a node's siblings by searching its parent's list, which would make
            // walking a parent with many children quadratic.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push((children[i], false, childInLink));
            }
        }

        EndParagraph();
        return paragraphs.Items;

        void EndParagraph()
        {
            if (allChars > 0 && linkChars > allChars * MaxParagraphLinkShare)
            {
                paragraphs.DiscardCurrent();
            }

            paragraphs.Break();
            linkChars = 0;
            allChars = 0;
        }
    }

    /// <summary>The deepest element nesting of the page, from AngleSharp's tokenizer alone (linear time, no tree).</summary>
    internal static int NestingDepth(string html)
    {
        var tokenizer = Tokenizer(html);
        var depth = 0;
        var deepest = 0;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag || VoidElements.Contains(tag.Name) || SelfClosingByOthers.Contains(tag.Name))
            {
                continue;
            }

            if (tag.Type == HtmlTokenType.StartTag)
            {
                EnterTextState(tokenizer, tag.Name);
                if (!tag.IsSelfClosing)
                {
                    deepest = Math.Max(deepest, ++depth);
                }
            }
            else if (tag.Type == HtmlTokenType.EndTag)
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return deepest;
    }

    /// <summary>Pages too deep for a tree: every visible character in source order, blocks as paragraph breaks.</summary>
    private static (string? Title, IReadOnlyList<string> Paragraphs) FlatText(string html)
    {
        var tokenizer = Tokenizer(html);
        var paragraphs = new ParagraphList();
        string? title = null;
        string? skipping = null;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token)
            {
                case HtmlTagToken { Type: HtmlTokenType.StartTag } start:
                    EnterTextState(tokenizer, start.Name);
                    if (start.Name is "script" or "style" or "noscript" or "template" or "title" && !start.IsSelfClosing)
                    {
                        skipping = start.Name;
                    }
                    else if (BlockElements.Contains(start.Name))
                    {
                        paragraphs.Break();
                    }

                    break;
                case HtmlTagToken { Type: HtmlTokenType.EndTag } end:
                    if (end.Name == skipping)
                    {
                        skipping = null;
                    }
                    else if (BlockElements.Contains(end.Name))
                    {
                        paragraphs.Break();
                    }

                    break;
                case { Type: HtmlTokenType.Character }:
                    if (skipping == "title")
                    {
                        title ??= Paragraphs.Title(token.Data);
                    }
                    else if (skipping is null)
                    {
                        paragraphs.Append(token.Data);
                    }

                    break;
            }
        }

        return (title, paragraphs.Items);
    }

    private static HtmlTokenizer Tokenizer(string html) =>
        new(new TextSource(html), AngleSharp.Html.HtmlEntityProvider.Resolver) { SkipComments = true };

    /// <summary>What the tree builder would do: the content of script, style and friends is text, not tags.</summary>
    private static void EnterTextState(HtmlTokenizer tokenizer, string tagName)
    {
        tokenizer.State = tagName switch
        {
            "script" => HtmlParseMode.Script,
            "style" or "xmp" or "iframe" or "noembed" or "noframes" or "noscript" => HtmlParseMode.Rawtext,
            "title" or "textarea" => HtmlParseMode.RCData,
            "plaintext" => HtmlParseMode.Plaintext,
            _ => tokenizer.State,
        };
    }
}
