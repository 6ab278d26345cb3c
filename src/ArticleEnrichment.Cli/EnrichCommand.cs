using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;
using ArticleEnrichment.Cli.Commands;
using Azure;

namespace ArticleEnrichment.Cli;

/// <summary>The <c>enrich</c> command tree and its error handling: one line per error, stack traces only with --verbose.</summary>
public static class EnrichCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "Enrich news articles: entities, sentiment, key phrases and language, written as <name>.enriched.json.\n" +
            "Exit codes: 0 success, 1 some article got a failure record, 2 usage error, 3 storage/configuration error or an unusable input or output file, 130 stopped by Ctrl+C.")
        {
            FileCommand.Create(),
            AnalyzeCommand.Create(),
            UploadCommand.Create(),
            RunCommand.Create(),
            WatchCommand.Create(),
            ShowCommand.Create(),
            ModelCommand.Create(),
        };
        CommonOptions.AddTo(root);
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var root = Create();
        // Response files (@name) are off: the CLI does not document them, and with them an article whose name
        // starts with @ could not be named on the command line.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        error ??= Console.Error;
        if (parse.Errors.Count > 0)
        {
            await error.WriteLineAsync($"enrich: {UsageError(parse)}");
            return ExitCodes.Usage;
        }

        // Ctrl+C and SIGTERM stop new work; the commands finish what is in flight and return (no forced exit).
        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        var configuration = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
            Output = output ?? Console.Out,
            Error = error,
        };
        try
        {
            return await parse.InvokeAsync(configuration, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await error.WriteLineAsync("enrich: stopped.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            var verbose = parse.GetValue(CommonOptions.Verbose);
            // A storage failure after the first request (the listing of run or watch) gets the same one line as one
            // at the start, instead of the retry policy's message with every try's error in it.
            var brief = e is RequestFailedException or AggregateException { InnerExceptions: [RequestFailedException, ..] }
                ? StorageOptions.StorageFailure(null, e)
                : e.Message.Split('\n', 2)[0].Trim();
            await error.WriteLineAsync($"enrich: {(verbose ? e.ToString() : brief)}");
            return e is CliException cli ? cli.ExitCode : ExitCodes.Environment;
        }
    }

    /// <summary>
    /// The one line that tells what is wrong with the command line. System.CommandLine reports an unknown command
    /// as two errors (a missing command and an unrecognized token) and lists allowed values on lines of their own;
    /// a script reading stderr wants one line.
    /// </summary>
    private static string UsageError(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            names.Insert(0, result.Parent is null ? "enrich" : result.Command.Name);
        }

        var commandLine = string.Join(' ', names);
        var needsSubcommand = command.Subcommands.Count > 0 && command.Action is null;
        if (needsSubcommand && parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is { } unknown)
        {
            return $"unknown command '{unknown}'; see {commandLine} --help.";
        }

        if (parse.UnmatchedTokens.Count > 0)
        {
            return $"unrecognized argument '{parse.UnmatchedTokens[0]}'; see {commandLine} --help.";
        }

        // An error about an option or argument says more than "Required command was not provided" beside it.
        var specific = parse.Errors.FirstOrDefault(e => e.SymbolResult is not CommandResult);
        if (needsSubcommand && specific is null)
        {
            return $"no command given; see {commandLine} --help.";
        }

        return OneLine((specific ?? parse.Errors[0]).Message);
    }

    /// <summary>A message on one line: "Must be one of:" followed by one value per line becomes a list.</summary>
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 1)
        {
            return lines[0];
        }

        return lines[0].EndsWith(':') ? $"{lines[0]} {string.Join(", ", lines[1..])}." : string.Join(' ', lines);
    }
}
