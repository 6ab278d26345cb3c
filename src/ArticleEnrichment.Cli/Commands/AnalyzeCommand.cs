using System.CommandLine;
using System.Text.Json;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Output;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleEnrichment.Cli.Commands;

/// <summary><c>enrich analyze [--in F.jsonl|-]</c>: JSON lines in, one analysis line out per input line.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in", "-i")
        {
            Description = "JSON lines {\"id\", \"text\"} to analyze; - or omitted for standard input.",
            DefaultValueFactory = _ => "-",
        };
        var command = new Command("analyze", "Analyze JSON lines {\"id\",\"text\"}: one line {\"id\", entities, sentiment, keyPhrases, language} per input; no storage.")
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
            using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(path);
            var writer = Console.Out;
            var failures = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var result = await AnalyzeLineAsync(analyzer, line, cancellationToken);
                failures += result.Error is null ? 0 : 1;
                await writer.WriteLineAsync(JsonSerializer.Serialize(result, EnrichmentJsonContext.Lines.AnalysisResultLine));
            }

            return failures == 0 ? ExitCodes.Success : ExitCodes.ArticlesFailed;
        });
        return command;
    }

    public static async Task<AnalysisResultLine> AnalyzeLineAsync(ITextAnalyzer analyzer, string line, CancellationToken cancellationToken)
    {
        AnalysisRequestLine? request;
        try
        {
            request = JsonSerializer.Deserialize(line, EnrichmentJsonContext.Lines.AnalysisRequestLine);
        }
        catch (JsonException e)
        {
            return Failure(null, $"Not a JSON object: {e.Message}");
        }

        if (request?.Text is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return Failure(request?.Id, "The line has no \"text\".");
        }

        try
        {
            var analysis = await analyzer.AnalyzeAsync(text, cancellationToken);
            return new AnalysisResultLine(request.Id, analysis.Entities, analysis.Sentiment, analysis.KeyPhrases, analysis.Language, analysis.Warnings, null);
        }
        catch (AnalysisFailedException e)
        {
            return Failure(request.Id, e.Message);
        }
    }

    private static AnalysisResultLine Failure(string? id, string error) => new(id, [], null, [], null, [], error);
}
