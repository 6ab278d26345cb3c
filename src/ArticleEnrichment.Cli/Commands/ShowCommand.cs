using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Azure.Storage;
using ArticleEnrichment.Output;
using ArticleEnrichment.Pipeline;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ArticleEnrichment.Cli.Commands;

/// <summary><c>enrich show &lt;x.enriched.json&gt;</c>: the text with entities highlighted and each sentence's sentiment.</summary>
public static class ShowCommand
{
    /// <summary>One colour per category, so the eye can group entities across the text.</summary>
    private static readonly Dictionary<string, string> CategoryColours = new(StringComparer.Ordinal)
    {
        [EntityCategory.Person] = "bold deepskyblue1",
        [EntityCategory.PersonType] = "skyblue3",
        [EntityCategory.Location] = "bold green",
        [EntityCategory.Organization] = "bold orange1",
        [EntityCategory.DateTime] = "mediumpurple1",
        [EntityCategory.Quantity] = "yellow",
        [EntityCategory.Event] = "magenta",
        [EntityCategory.Product] = "hotpink",
    };

    /// <summary>
    /// Far above any record (an article is at most a few MB, its record a few times that), and a bound for a path
    /// that never ends, such as a device.
    /// </summary>
    private const long MaxRecordBytes = 64 * 1024 * 1024;

    public static Command Create()
    {
        var path = new Argument<string>("record") { Description = "An .enriched.json record: a local file, or a blob name with --container." };
        var container = new Option<string?>("--container", "-c") { Description = "Read the record from this blob container instead of a local file." };
        var command = new Command("show", "Show a record in the terminal: entities highlighted by category, the sentiment of each sentence.")
        {
            path, container,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetRequiredValue(path);
            var json = await ReadRecordAsync(parse, name, parse.GetValue(container), cancellationToken);
            EnrichedArticle? record;
            FailureRecord? failure;
            try
            {
                record = RecordSerializer.ReadSucceeded(json, out failure);
            }
            catch (JsonException e)
            {
                throw new CliException($"{name} is not an enrichment record: {Describe(e)}");
            }

            if (record is not null && OffsetProblem(record) is { } problem)
            {
                throw new CliException($"{name} is not a valid enrichment record: {problem}");
            }

            if (record is null)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{failure!.Source.Name}: failed with {failure.Error.Code}[/]: {failure.Error.Message}");
                return ExitCodes.ArticlesFailed;
            }

            AnsiConsole.Write(Render(record));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<byte[]> ReadRecordAsync(ParseResult parse, string name, string? container, CancellationToken cancellationToken)
    {
        if (container is null)
        {
            var json = await LocalFiles.ReadAtMostAsync(LocalFiles.RequireInputFile(name), MaxRecordBytes + 1, cancellationToken);
            return json.Length <= MaxRecordBytes
                ? json
                : throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{name} is larger than {MaxRecordBytes:N0} bytes, so it is not an enrichment record."));
        }

        await using var services = CliServices.Build(parse, container);
        var store = (BlobArticleStore)services.GetRequiredService<EnrichmentStores>().Records;
        await StorageOptions.RequireContainerAsync(store, cancellationToken);
        try
        {
            return await store.DownloadAllAsync(name, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new CliException($"No record '{name}' in container '{container}'.");
        }
    }

    /// <summary>The record as Spectre markup: header, sentences with their labels, entities in colour, key phrases.</summary>
    public static Rows Render(EnrichedArticle record)
    {
        var rows = new List<Spectre.Console.Rendering.IRenderable>
        {
            new Markup($"[bold underline]{Markup.Escape(record.Article.Title ?? record.Source.Name)}[/]"),
            new Markup($"[grey]{record.Article.Language ?? "?"} · {record.Article.WordCount} words · {record.Article.SentenceCount} sentences · " +
                       $"{record.Entities.Count} entities · sentiment {Label(record.Sentiment?.Label)} · {Markup.Escape(record.Analyzer.Name)} {Markup.Escape(record.Analyzer.ModelVersion)}[/]"),
            new Spectre.Console.Text(string.Empty),
        };

        var text = record.Article.Text;
        var sentences = record.Sentiment?.Sentences ?? [new SentenceSentiment(0, text.Length, SentimentLabel.Neutral, new SentimentScores(0, 1, 0))];
        foreach (var sentence in sentences)
        {
            var badge = record.Sentiment is null ? string.Empty : $"{Label(sentence.Label)} ";
            rows.Add(new Markup(badge + Highlight(text, sentence.Offset, sentence.Length, record.Entities)));
        }

        rows.Add(new Spectre.Console.Text(string.Empty));
        var legend = string.Join("  ", CategoryColours.Select(c => $"[{c.Value}]{c.Key}[/]"));
        rows.Add(new Markup("[grey]entities:[/] " + legend));
        if (record.KeyPhrases.Count > 0)
        {
            rows.Add(new Markup("[grey]key phrases:[/] " + Markup.Escape(string.Join(", ", record.KeyPhrases))));
        }

        foreach (var warning in record.Warnings)
        {
            rows.Add(new Markup($"[yellow]warning {Markup.Escape(warning.Code)}:[/] {Markup.Escape(warning.Message)}"));
        }

        return new Rows(rows);
    }

    private static string Highlight(string text, int start, int length, IReadOnlyList<Entity> entities)
    {
        var end = Math.Min(text.Length, start + length);
        var markup = new StringBuilder();
        var at = start;
        foreach (var entity in entities.Where(e => e.Offset >= start && e.Offset + e.Length <= end).OrderBy(e => e.Offset))
        {
            if (entity.Offset < at)
            {
                continue; // overlapping entity: the first one shown wins
            }

            markup.Append(Markup.Escape(text[at..entity.Offset]));
            var colour = CategoryColours.GetValueOrDefault(entity.Category, "underline");
            markup.Append('[').Append(colour).Append(']').Append(Markup.Escape(text.Substring(entity.Offset, entity.Length))).Append("[/]");
            at = entity.Offset + entity.Length;
        }

        markup.Append(Markup.Escape(text[at..end]));
        return markup.ToString();
    }

    /// <summary>What is wrong, in the record's terms rather than those of the .NET types it is read into.</summary>
    private static string Describe(JsonException e)
    {
        const string Missing = "missing required properties including: ";
        var at = e.Message.IndexOf(Missing, StringComparison.Ordinal);
        if (at >= 0)
        {
            return "missing " + e.Message[(at + Missing.Length)..].Split(" Path:", 2)[0].Trim();
        }

        return e.Message.Contains("doesn't allow null values", StringComparison.Ordinal) && e.Path is { } path
            ? $"{path} is null."
            : e.Message.Split(" Path:", 2)[0].Trim();
    }

    /// <summary>The first sentence or entity whose span does not lie inside the article's text (a record edited by hand).</summary>
    private static string? OffsetProblem(EnrichedArticle record)
    {
        var length = record.Article.Text.Length;
        var spans = (record.Sentiment?.Sentences ?? []).Select(s => ("sentence", s.Offset, s.Length))
            .Concat(record.Entities.Select(e => ("entity", e.Offset, e.Length)));
        foreach (var (what, offset, spanLength) in spans)
        {
            if (offset < 0 || spanLength < 0 || offset > length - spanLength)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"the {what} at offset {offset} with length {spanLength} lies outside article.text ({length} characters).");
            }
        }

        return null;
    }

    private static string Label(SentimentLabel? label) => label switch
    {
        SentimentLabel.Positive => "[green]positive[/]",
        SentimentLabel.Negative => "[red]negative[/]",
        SentimentLabel.Mixed => "[yellow]mixed[/]",
        SentimentLabel.Neutral => "[grey]neutral[/]",
        _ => "[grey]none[/]",
    };
}
