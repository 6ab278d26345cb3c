namespace ArticleEnrichment.Cli;

/// <summary>Checks of the local paths a command reads or writes, each failing with one line that names the path.</summary>
public static class LocalFiles
{
    /// <summary>The full path of an existing file; a folder or a missing path is a <see cref="CliException"/>.</summary>
    /// <param name="path">As the user gave it.</param>
    /// <param name="kind">What the file is, for the message: "file", "model file".</param>
    public static string RequireInputFile(string path, string kind = "file")
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new CliException($"{fullPath} is a directory, not a file.");
        }

        return File.Exists(fullPath) ? fullPath : throw new CliException($"No such {kind}: {fullPath}");
    }

    /// <summary>
    /// The full path of a file that can be written: its folder exists, it is not a folder itself, and it can be
    /// opened for writing. Checked before the work, so that a long run does not end in "cannot write".
    /// </summary>
    public static string RequireWritableFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new CliException($"{fullPath} is a directory, not a file.");
        }

        var directory = Path.GetDirectoryName(fullPath);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CliException($"Cannot write {fullPath}: no such directory {directory}.");
        }

        // Opened without truncating, so an existing file keeps its content until the real write; a file that the
        // check created is removed again.
        var existed = File.Exists(fullPath);
        try
        {
            using (new FileStream(fullPath, FileMode.OpenOrCreate, FileAccess.Write))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot write {fullPath}: {e.Message}");
        }

        if (!existed)
        {
            File.Delete(fullPath);
        }

        return fullPath;
    }

    /// <summary>
    /// The first <paramref name="maxBytes"/> bytes of a file, or all of it if it is shorter. Read in a loop until
    /// the end or the limit rather than by the size the file system reports: a device (/dev/zero) or a pipe
    /// reports 0 and may never end.
    /// </summary>
    public static async Task<byte[]> ReadAtMostAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var limit = (int)Math.Min(maxBytes, Array.MaxLength);
        // Opening a FIFO waits for a writer, in the open call itself.
        await using var stream = await StopWaiting.OnCancel(
            Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0), cancellationToken),
            cancellationToken);
        // Sized by the reported length when there is one, so that a regular file is read into one array.
        using var content = new MemoryStream((int)Math.Min(limit, stream.CanSeek && stream.Length > 0 ? stream.Length + 1 : 81_920));
        var chunk = new byte[81_920];
        while (content.Length < limit)
        {
            var read = await StopWaiting.OnCancel(
                stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - content.Length)), cancellationToken).AsTask(),
                cancellationToken);
            if (read == 0)
            {
                break;
            }

            content.Write(chunk, 0, read);
        }

        return content.ToArray();
    }
}
