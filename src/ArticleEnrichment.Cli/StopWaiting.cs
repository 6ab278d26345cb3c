namespace ArticleEnrichment.Cli;

/// <summary>
/// Stops waiting for a read that cannot be cancelled. On Linux, .NET reads a pipe, a FIFO or a terminal with a
/// blocking read(2) on a pool thread and checks the token only before it starts, so Ctrl+C would not stop
/// 'enrich analyze' waiting on stdin or 'enrich file' reading a FIFO whose writer is idle. The read is left
/// behind on its pool thread; the command ends and the process exits, which ends it too.
/// </summary>
public static class StopWaiting
{
    /// <summary><paramref name="operation"/>'s result, or an <see cref="OperationCanceledException"/> as soon as the token is cancelled.</summary>
    public static Task<T> OnCancel<T>(Task<T> operation, CancellationToken cancellationToken) => operation.WaitAsync(cancellationToken);
}
