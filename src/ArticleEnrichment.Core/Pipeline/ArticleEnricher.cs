namespace ArticleEnrichment.Pipeline;

/// <summary>The enrichment pipeline; knows no host. (Being written.)</summary>
public sealed class ArticleEnricher
{
    /// <summary>Enriches one stored article by name.</summary>
    public Task<EnrichmentOutcome> EnrichAsync(string name, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();
}

/// <summary>What happened to one article.</summary>
public enum EnrichmentOutcome { Enriched, Failed, Unchanged, Skipped, LostRace }
