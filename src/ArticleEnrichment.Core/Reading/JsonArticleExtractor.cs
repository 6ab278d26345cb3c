using System.Text.Json;
using ArticleEnrichment.Articles;
using ArticleEnrichment.Output;

namespace ArticleEnrichment.Reading;

/// <summary>
/// A JSON article: an object with an optional <c>title</c> (or <c>headline</c>) and the text in the first of
/// <c>body</c>, <c>text</c>, <c>content</c>, <c>articleBody</c> that is present (names matched ignoring case).
/// Text that starts with markup is read as HTML, else as plain text.
/// </summary>
internal static class JsonArticleExtractor
{
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] TextFields = ["body", "text", "content", "articleBody"];

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        // The default 64 bounds parsing work; an article needs 1 level (2 for a CMS wrapper).
        MaxDepth = 64,
    };

    /// <summary>Whether the text is one JSON object (used to sniff undeclared content).</summary>
    public static bool IsJsonObject(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static (string? Title, IReadOnlyList<string> Paragraphs) Extract(string json, HtmlArticleExtractor html)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            // LineNumber and BytePositionInLine are zero-based; people count from 1.
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new ArticleRejectedException(FailureCode.MalformedJson, $"The JSON does not parse{where}: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Unsupported($"The JSON root is {Describe(root.ValueKind)}; expected an object with one of \"body\", \"text\", \"content\", \"articleBody\".");
            }

            // A null title is a common way for an export to say "no title".
            var title = FindField(root, TitleFields) is { } titleField && titleField.Value.ValueKind != JsonValueKind.Null
                ? titleField.Value.ValueKind == JsonValueKind.String
                    ? Paragraphs.Title(StringOf(titleField))
                    : throw Unsupported($"\"{titleField.Name}\" is {Describe(titleField.Value.ValueKind)}; expected a string.")
                : null;

            if (FindField(root, TextFields) is not { } textField)
            {
                var names = string.Join(", ", root.EnumerateObject().Select(p => $"\"{p.Name}\"").Take(10));
                throw Unsupported($"The JSON object has no \"body\", \"text\", \"content\" or \"articleBody\" field (it has {(names.Length == 0 ? "none" : names)}).");
            }

            if (textField.Value.ValueKind != JsonValueKind.String)
            {
                throw Unsupported($"\"{textField.Name}\" is {Describe(textField.Value.ValueKind)}; expected a string.");
            }

            var text = StringOf(textField);
            if (text.AsSpan().TrimStart().StartsWith("<"))
            {
                // CMS exports often carry the body as HTML; its own <h1> serves when the object has no title.
                var fromHtml = html.Extract(text);
                return (title ?? fromHtml.Title, fromHtml.Paragraphs);
            }

            return (title, PlainTextArticleExtractor.ReadParagraphs(text));
        }
    }

    /// <summary>
    /// The string's value. JSON may escape a lone UTF-16 surrogate ("\ud800"), which parses but is no Unicode
    /// text; System.Text.Json refuses to unescape it (in values and in names, see FindField), and the article is
    /// malformed JSON to us as well.
    /// </summary>
    private static string StringOf((string Name, JsonElement Value) field)
    {
        try
        {
            return field.Value.GetString() ?? "";
        }
        catch (InvalidOperationException e)
        {
            throw new ArticleRejectedException(FailureCode.MalformedJson, $"\"{field.Name}\" is not valid Unicode text: {FirstSentence(e.Message)}");
        }
    }

    private static (string Name, JsonElement Value)? FindField(JsonElement root, string[] names)
    {
        try
        {
            foreach (var name in names)
            {
                foreach (var property in root.EnumerateObject())
                {
                    if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                    {
                        return (property.Name, property.Value);
                    }
                }
            }
        }
        catch (InvalidOperationException e)
        {
            throw new ArticleRejectedException(FailureCode.MalformedJson, $"A field name is not valid Unicode text: {FirstSentence(e.Message)}");
        }

        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private static ArticleRejectedException Unsupported(string message) => new(FailureCode.UnsupportedJsonShape, message);
}
