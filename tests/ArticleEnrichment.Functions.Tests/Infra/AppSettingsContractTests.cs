using System.Text.Json.Nodes;
using ArticleEnrichment.Azure.Hosting;

namespace ArticleEnrichment.Functions.Tests.Infra;

/// <summary>
/// The settings the function reads (from its build output and from <see cref="EnrichmentSettings"/>) are exactly
/// the ones the compiled Bicep sets: a renamed connection or setting on one side fails here, not in Azure.
/// </summary>
public sealed class AppSettingsContractTests
{
    /// <summary>The function app's settings in the compiled main.bicep: name to value expression.</summary>
    public static IReadOnlyDictionary<string, string> CompiledAppSettings()
    {
        var site = ArmTemplate.SingleOfType(ArmTemplate.Module("function-app"), "Microsoft.Web/sites");
        return site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!, StringComparer.Ordinal);
    }

    [Fact]
    public void TriggerConnection_IsIdentityBasedWithTheSuffixesTheExtensionReads()
    {
        var connection = (string)BuildOutputs.TriggerBinding()["connection"]!;
        var settings = CompiledAppSettings();

        Assert.Equal(EnrichmentSettings.StorageConnectionName, connection);
        foreach (var suffix in new[] { "__credential", "__clientId", "__blobServiceUri", "__queueServiceUri" })
        {
            Assert.Contains(connection + suffix, settings.Keys);
        }
    }

    [Fact]
    public void HostStorage_IsIdentityBasedForBlobsQueuesAndTables()
    {
        var settings = CompiledAppSettings();

        foreach (var suffix in new[] { "__credential", "__clientId", "__blobServiceUri", "__queueServiceUri", "__tableServiceUri" })
        {
            Assert.Contains("AzureWebJobsStorage" + suffix, settings.Keys);
        }
    }

    [Fact]
    public void TriggerPath_ContainerSettingIsSetByBicep()
    {
        var path = (string)BuildOutputs.TriggerBinding()["path"]!;
        var setting = path.Split('/')[0].Trim('%');

        Assert.Equal(EnrichmentSettings.ArticlesContainer, setting);
        Assert.Contains(setting, CompiledAppSettings().Keys);
    }

    [Fact]
    public void PipelineSettings_AreTheNamesTheRegistrationReads()
    {
        var settings = CompiledAppSettings();

        Assert.Contains(EnrichmentSettings.LanguageEndpoint, settings.Keys);
        Assert.Contains(EnrichmentSettings.Analyzer, settings.Keys);
        Assert.Contains(EnrichmentSettings.OutputContainer, settings.Keys);
        Assert.Contains(EnrichmentSettings.ManagedIdentityClientId, settings.Keys);
        // The key setting exists for the CLI only; in Azure the identity is used.
        Assert.DoesNotContain(EnrichmentSettings.LanguageKey, settings.Keys);
    }

    [Fact]
    public void Settings_EveryOneIsReadBySomeone()
    {
        // Each compiled setting is read by the host (connections, telemetry) or by the pipeline (EnrichmentSettings).
        var known = typeof(EnrichmentSettings).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(EnrichmentSettings.DefaultArticlesContainer))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        string[] hostPrefixes = ["AzureWebJobsStorage__", EnrichmentSettings.StorageConnectionName + "__", "APPLICATIONINSIGHTS_"];

        var unknown = CompiledAppSettings().Keys
            .Where(name => !known.Contains(name) && !hostPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Outputs_ContainerAndFunctionAppNamesReachTheHook()
    {
        var outputs = ArmTemplate.Main["outputs"]!.AsObject();
        var hook = File.ReadAllText(BuildOutputs.Infra("hooks", "postdeploy.sh"));
        var hookPs = File.ReadAllText(BuildOutputs.Infra("hooks", "postdeploy.ps1"));

        foreach (var name in new[] { "AZURE_RESOURCE_GROUP", "AZURE_FUNCTION_APP_NAME", "EVENT_GRID_SYSTEM_TOPIC_NAME", EnrichmentSettings.ArticlesContainer })
        {
            Assert.Contains(name, outputs.Select(o => o.Key));
            Assert.Contains(name, hook, StringComparison.Ordinal);
            Assert.Contains(name, hookPs, StringComparison.Ordinal);
        }
    }
}
