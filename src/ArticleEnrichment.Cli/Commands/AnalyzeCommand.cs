using System.CommandLine;
using System.Text.Json;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Output;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleEnrichment.Cli.Commands;

/// <summary><c>enrich analyze [--in F.jsonl|-]</c>: JSON lines in, one analysis line out per input line.</summary>
public static class AnalyzeCommand
{
    /// <summary>
    /// Far above what the analyzers take (an article is capped at 1 MB by default), and a bound for input without
    /// line breaks, which would otherwise be read into memory whole.
    /// </summary>
    private const int MaxLineLength = 16 * 1024 * 1024;

    public static Command Create()
    {
        var input = new Option<string>("--in", "-i")
        {
            Description = "JSON lines {\"id\", \"text\"} to analyze; - or omitted for standard input.",
            DefaultValueFactory = _ => "-",
        };
        var command = new Command("analyze",
            "Analyze JSON lines {\"id\",\"text\"}: one line {\"id\", entities, sentiment, keyPhrases, language} per input; no storage. " +
            "A bad input line gets a line whose \"error\" names its line number; \"id\" must be a string, but a number id is echoed on that error line as a string (2 -> \"2\").")
        {
            input,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            if (path != "-")
            {
                path = LocalFiles.RequireInputFile(path);
            }

            await using var services = CliServices.Build(parse);
            var analyzer = services.GetRequiredService<ITextAnalyzer>();
            // Opening a FIFO waits for a writer, in the open call itself.
            using var stream = new StreamReader(path == "-"
                ? Console.OpenStandardInput()
                : await StopWaiting.OnCancel(Task.Run(() => (Stream)File.OpenRead(path), cancellationToken), cancellationToken));
            var reader = new BoundedLineReader(stream, MaxLineLength, path == "-" ? "standard input" : path);
            var writer = Console.Out;
            var failures = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var result = await AnalyzeLineAsync(analyzer, line, reader.LineNumber, cancellationToken);
                failures += result.Error is null ? 0 : 1;
                await writer.WriteLineAsync(JsonSerializer.Serialize(result, EnrichmentJsonContext.Lines.AnalysisResultLine));
            }

            return failures == 0 ? ExitCodes.Success : ExitCodes.ArticlesFailed;
        });
        return command;
    }

    /// <summary>The output line for one input line; <paramref name="lineNumber"/> (from 1) is named in its error.</summary>
    public static async Task<AnalysisResultLine> AnalyzeLineAsync(ITextAnalyzer analyzer, string line, int lineNumber, CancellationToken cancellationToken)
    {
        AnalysisRequestLine? request;
        try
        {
            request = JsonSerializer.Deserialize(line, EnrichmentJsonContext.Lines.AnalysisRequestLine);
        }
        catch (JsonException)
        {
            // The serializer's message names the internal request type; say what is wrong in the user's terms.
            var (id, problem) = DescribeBadLine(line);
            return Failure(id, $"line {lineNumber}: {problem}");
        }

        if (request?.Text is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return Failure(request?.Id, $"line {lineNumber}: \"text\" is missing or blank.");
        }

        try
        {
            var analysis = await analyzer.AnalyzeAsync(text, cancellationToken);
            return new AnalysisResultLine(request.Id, analysis.Entities, analysis.Sentiment, analysis.KeyPhrases, analysis.Language, analysis.Warnings, null);
        }
        catch (AnalysisFailedException e)
        {
            return Failure(request.Id, $"line {lineNumber}: {e.Message}");
        }
    }

    /// <summary>Why a line could not be read as a request, and its id when one can be recovered.</summary>
    private static (string? Id, string Problem) DescribeBadLine(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException syntax)
        {
            // Without the parser's "LineNumber: 0 | BytePositionInLine: n", which would contradict the line number.
            return (null, $"not JSON: {syntax.Message.Split(" LineNumber:", 2)[0]}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object.");
            }

            // The request is read case-insensitively (web defaults), so its properties are found the same way.
            JsonElement? Property(string name) => document.RootElement.EnumerateObject()
                .Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                .Select(p => (JsonElement?)p.Value)
                .LastOrDefault();

            var idElement = Property("id");
            string? id = idElement?.ValueKind switch
            {
                JsonValueKind.String => idElement.Value.GetString(),
                // A number is echoed as written, so the caller can still match the error to its input.
                JsonValueKind.Number => idElement.Value.GetRawText(),
                _ => null,
            };
            if (idElement?.ValueKind is { } idKind && idKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return (id, "\"id\" must be a string.");
            }

            if (Property("text")?.ValueKind is { } textKind && textKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return (id, "\"text\" must be a string.");
            }

            return (id, "not a request {\"id\": string, \"text\": string}.");
        }
    }

    private static AnalysisResultLine Failure(string? id, string error) => new(id, [], null, [], null, [], error);
}
