namespace ArticleEnrichment.Testing;

/// <summary>Where the repository and the shared data beside it are, found from the test binaries.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Functions.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding Functions.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary><c>../shared</c> beside the clone: data, samples, peers.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    public static string RepoFile(params string[] parts) => Path.Combine([Root, .. parts]);
}
