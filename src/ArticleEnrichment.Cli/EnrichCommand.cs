using System.CommandLine;
using System.Runtime.InteropServices;
using ArticleEnrichment.Cli.Commands;

namespace ArticleEnrichment.Cli;

/// <summary>The <c>enrich</c> command tree and its error handling: one line per error, stack traces only with --verbose.</summary>
public static class EnrichCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "Enrich news articles: entities, sentiment, key phrases and language, written as <name>.enriched.json.\n" +
            "Exit codes: 0 success, 1 some article got a failure record, 2 usage error, 3 storage/configuration error, 130 stopped by Ctrl+C.")
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
        var parse = root.Parse(args);
        error ??= Console.Error;
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync($"enrich: {e.Message}");
            }

            await error.WriteLineAsync("Try 'enrich --help'.");
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
            await error.WriteLineAsync($"enrich: {(verbose ? e.ToString() : e.Message.Split('\n', 2)[0].Trim())}");
            return e is CliException cli ? cli.ExitCode : ExitCodes.Environment;
        }
    }
}
