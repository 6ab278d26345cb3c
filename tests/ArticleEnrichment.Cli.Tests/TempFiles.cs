namespace ArticleEnrichment.Cli.Tests;

/// <summary>Input files for the program, each in a fresh temporary folder so the name is exactly the one given.</summary>
public static class TempFiles
{
    public static async Task<string> WriteAsync(string name, byte[] content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("enrich-cli-").FullName, name);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    public static Task<string> WriteAsync(string name, string content) => WriteAsync(name, System.Text.Encoding.UTF8.GetBytes(content));
}
