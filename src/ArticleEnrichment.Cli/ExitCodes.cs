namespace ArticleEnrichment.Cli;

/// <summary>The exit codes of <c>enrich</c> (documented in --help and the README).</summary>
public static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Success = 0;
    /// <summary>The work ran, but at least one article got a failure record.</summary>
    public const int ArticlesFailed = 1;
    /// <summary>The command line is wrong (unknown option, missing argument, bad value).</summary>
    public const int Usage = 2;
    /// <summary>Something outside the articles failed: storage unreachable, bad configuration, a missing, malformed or unwritable file.</summary>
    public const int Environment = 3;
    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}

/// <summary>An error the user can fix; printed as one line (no stack trace unless --verbose).</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.Environment) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
