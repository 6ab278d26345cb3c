using System.Text.RegularExpressions;

namespace ArticleEnrichment.Reading;

/// <summary>
/// Removes the lines that web scrapes carry around an article (comment forms, ad markers, share bars, "Also
/// read" links, bylines, photo credits, date and weather headers, author bios). Each rule matches a whole
/// paragraph, never part of one, so a sentence that merely mentions an advertisement stays.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>
    /// Longest paragraph a line rule may remove: boilerplate lines are short, and a long paragraph that
    /// happens to start like one ("Source: ... said ...") is prose.
    /// </summary>
    private const int MaxLineLength = 200;

    /// <summary>How many closing paragraphs are checked for an author bio (the bio and perhaps a credit line).</summary>
    private const int TrailingBioParagraphs = 2;

    /// <summary>Longest comment-section heading ("Leave a Reply", "12 Comments", "Join the conversation").</summary>
    private const int MaxCommentHeadingLength = 40;

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "tweet", "email", "e-mail", "print", "facebook", "twitter", "x", "linkedin", "whatsapp",
        "pinterest", "reddit", "telegram", "copy", "link", "messenger", "flipboard", "comment", "comments", "save",
        "this", "article", "story", "on", "via", "|", "•", "·", "-",
    };

    /// <summary>The paragraphs without the boilerplate ones; a comment section after "Leave a Reply" goes whole.</summary>
    public static List<string> Remove(IReadOnlyList<string> paragraphs)
    {
        var kept = new List<string>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (i > 0 && StartsCommentSection(paragraph))
            {
                // Everything after a comment form heading is the form and other readers' comments.
                break;
            }

            if (!IsBoilerplateLine(paragraph))
            {
                kept.Add(paragraph);
            }
        }

        for (var i = kept.Count - 1; i >= Math.Max(1, kept.Count - TrailingBioParagraphs); i--)
        {
            if (AuthorBio().IsMatch(kept[i]))
            {
                kept.RemoveAt(i);
            }
        }

        return kept;
    }

    /// <summary>Whether one paragraph is a boilerplate line (exposed for the plain-text title rule).</summary>
    public static bool IsBoilerplateLine(string paragraph)
    {
        if (paragraph.Length > MaxLineLength)
        {
            return false;
        }

        return StartsCommentSection(paragraph)
            || FixedLine().IsMatch(paragraph)
            || LeadInLink().IsMatch(paragraph)
            || Byline().IsMatch(paragraph)
            || PhotoCredit().IsMatch(paragraph)
            || DateLine().IsMatch(paragraph)
            || (paragraph.Contains('°') && WeatherLine().IsMatch(paragraph))
            || IsShareBar(paragraph);
    }

    private static bool StartsCommentSection(string paragraph) =>
        paragraph.Length <= MaxCommentHeadingLength && CommentSection().IsMatch(paragraph);

    private static bool IsShareBar(string paragraph)
    {
        if (!paragraph.Contains("share", StringComparison.OrdinalIgnoreCase) && !paragraph.Contains("tweet", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0
            && words.Any(w => w.Trim(':', ',').Equals("share", StringComparison.OrdinalIgnoreCase) || w.Equals("tweet", StringComparison.OrdinalIgnoreCase))
            && words.All(w => ShareWords.Contains(w.Trim(':', ',')));
    }

    [GeneratedRegex(@"^(leave a (reply|comment)|post a comment|add a comment|\d+ (comments|responses)|comments? \(\d+\)|join the (conversation|discussion)|what do you think\?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentSection();

    [GeneratedRegex(@"^\W*(advertisement|advertising|ad|sponsored( content)?|paid content|promoted( content)?|scroll to continue( with content)?|continue reading( below)?|story continues below( advertisement)?|source link|must read|trending( today| now)?|most (read|popular|viewed)|top stories|latest( news| stories)?|recommended( for you)?|related( articles| stories| posts| news| coverage)?|you (may|might) also like|more (stories|news|from [\p{L} ]{1,40})|don't miss|editor'?s picks|your email address will not be published.*|required fields are marked.*|all rights reserved.*|(copyright|©).*|subscribe( now| today)?|sign up( now| today)?|(sign up|subscribe) (to|for) .{0,80}(newsletter|updates|alerts|briefing).*|follow us( on .{1,60})?|join (us|our).{0,40}(telegram|whatsapp|channel|community).*|share (this|the) (article|story|post).*|click to (share|email|print) .{0,60}|(updated|published|posted|last updated)( on)?:? .{0,60}|source: .{1,60}|tags?: .{0,150}|filed under:? .{0,100})\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex FixedLine();

    // "Also Read: <headline>" and friends: a lead-in label, then a linked headline.
    [GeneratedRegex(@"^\W*(also read|read also|read more|read next|see also|watch|listen|related|recommended|more|must read|don't miss|trending|also see|check out)\s*[:|–—-]\s*.{0,180}$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInLink();

    // "By Jane Doe", "By wy9m6 | 2 hours ago", "Written by Jane Doe and John Roe": at most six words of name.
    [GeneratedRegex(@"^(by|written by|reporting by|words by|story by|posted by)\s+[^\s.!?]+( [^\s!?]+){0,5}( [|,·•–-] .{0,60})?(?<![.!?""”])$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\W*((photo|image|picture|photograph|illustration|video|graphic|file photo)s?( credit)?\s*[:/|]|(photo|image|picture)s? (by|courtesy|credit)|credit:|.{0,140}[/|(]\s*(getty images|reuters|afp|ap photo|ap|shutterstock|epa|alamy|file)\s*\)?\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    // "Saturday, November 28, 2026", "28 Nov 2026 10:32 GMT", "12/30/2022": a date alone on its line.
    [GeneratedRegex(@"^((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?((\d{1,2}(st|nd|rd|th)?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}(st|nd|rd|th)?,?\s+)?\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})(,?\s+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,5})?)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    // "London 14°C Partly cloudy", "Mostly sunny, 72 °F": a short line carrying a temperature.
    [GeneratedRegex(@"^(?=.{0,80}$)[^.!?]*-?\d{1,3}\s?°\s?[CF]?\b[^.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex WeatherLine();

    // "Bruce Belcher is a seasoned author with ..." at the end of a page: the writer's bio, not the story.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){1,3} (is|has been) (a|an) [^.]{0,80}\b(author|writer|journalist|reporter|editor|correspondent|contributor|columnist|blogger)s?\b", RegexOptions.None)]
    private static partial Regex AuthorBio();
}
