using ArticleEnrichment.Analysis;
using Microsoft.Extensions.Configuration;

namespace ArticleEnrichment.Azure.Language;

/// <summary>The Azure AI Language analyzer. (Being written.)</summary>
public sealed class AzureLanguageAnalyzer : ITextAnalyzer
{
    public string Name => "azure-language";

    public static AzureLanguageAnalyzer FromConfiguration(IConfiguration configuration)
        => throw new InvalidOperationException("The Azure AI Language analyzer is not available in this build.");

    public Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken = default)
        => throw new NotSupportedException();
}
