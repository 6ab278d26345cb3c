namespace ArticleEnrichment.Storage;

/// <summary>
/// The one place that knows how outputs are named: <c>&lt;name&gt;.enriched.json</c>, the whole input name
/// kept (so <c>a.txt</c> and <c>a.html</c> never collide), optionally under an output prefix.
/// </summary>
public sealed record ArticleNaming(string OutputPrefix = "")
{
    /// <summary>The suffix every output name ends with; no trigger ever reacts to such a name.</summary>
    public const string OutputSuffix = ".enriched.json";

    /// <summary>True for any name that is one of our outputs (and so must never be enriched).</summary>
    public static bool IsOutput(string name) => name.EndsWith(OutputSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The output name for an input name.</summary>
    public string OutputNameFor(string articleName) => OutputPrefix + articleName + OutputSuffix;

    /// <summary>The input name an output name was made from, or null when <paramref name="outputName"/> is not one of ours.</summary>
    public string? ArticleNameFor(string outputName)
    {
        if (!IsOutput(outputName) || !outputName.StartsWith(OutputPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        return outputName[OutputPrefix.Length..^OutputSuffix.Length];
    }
}
