using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ArticleEnrichment.Cli;

/// <summary>
/// One line per log entry, "fail: message: what the exception says", and the exception's stack trace only with
/// --verbose. The article's record already holds the error, and a backfill with an unreachable endpoint should not
/// print a stack trace of a hundred frames per article.
/// </summary>
internal sealed class BriefConsoleFormatter(IOptionsMonitor<BriefConsoleFormatter.Options> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "brief";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        var exception = logEntry.Exception;
        textWriter.Write(logEntry.LogLevel switch
        {
            LogLevel.Trace => "trce: ",
            LogLevel.Debug => "dbug: ",
            LogLevel.Information => "info: ",
            LogLevel.Warning => "warn: ",
            LogLevel.Error => "fail: ",
            _ => "crit: ",
        });
        textWriter.Write(message);
        if (exception is not null && options.CurrentValue.Verbose)
        {
            textWriter.WriteLine();
            textWriter.Write(exception.ToString());
        }
        else if (exception is not null && !message.Contains(exception.Message, StringComparison.Ordinal))
        {
            textWriter.Write(": ");
            textWriter.Write(exception.Message.ReplaceLineEndings(" "));
        }

        textWriter.WriteLine();
    }

    public sealed class Options : ConsoleFormatterOptions
    {
        /// <summary>Write whole exceptions, stack traces included.</summary>
        public bool Verbose { get; set; }
    }
}
