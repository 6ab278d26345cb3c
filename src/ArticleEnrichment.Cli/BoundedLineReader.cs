using System.Globalization;
using System.Text;

namespace ArticleEnrichment.Cli;

/// <summary>
/// Reads lines ("\n", or "\r\n") of at most a given length. TextReader.ReadLine has no bound: on input without
/// line breaks (a device such as /dev/zero, a binary file) it fills memory until the process dies.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, int maxLineLength, string inputName)
{
    private readonly char[] buffer = new char[16 * 1024];
    private int start;
    private int end;

    /// <summary>The number of the line last returned, from 1.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its line break, or null at the end; a <see cref="CliException"/> if it is too long.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        StringBuilder? line = null;
        while (true)
        {
            if (start == end)
            {
                start = 0;
                end = await StopWaiting.OnCancel(reader.ReadAsync(buffer, cancellationToken).AsTask(), cancellationToken);
                if (end == 0)
                {
                    return line is null ? null : Finish(line);
                }
            }

            var newline = Array.IndexOf(buffer, '\n', start, end - start);
            var stop = newline < 0 ? end : newline;
            line ??= new StringBuilder();
            if (line.Length + (stop - start) > maxLineLength)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture,
                    $"Line {LineNumber + 1} of {inputName} is longer than {maxLineLength:N0} characters."));
            }

            line.Append(buffer, start, stop - start);
            start = stop;
            if (newline >= 0)
            {
                start++;
                return Finish(line);
            }
        }
    }

    private string Finish(StringBuilder line)
    {
        LineNumber++;
        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        return line.ToString();
    }
}
