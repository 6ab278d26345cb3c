using System.Text.Json.Nodes;
using ArticleEnrichment.Testing;

namespace ArticleEnrichment.Functions.Tests;

/// <summary>host.json at the repo root: valid, version 2.0, and the limits the deployment guide documents.</summary>
public sealed class HostJsonTests
{
    private static JsonNode HostJson => JsonNode.Parse(File.ReadAllText(RepoPaths.RepoFile("host.json")))!;

    [Fact]
    public void HostJson_IsVersion2()
    {
        Assert.Equal("2.0", (string?)HostJson["version"]);
    }

    [Fact]
    public void FunctionTimeout_IsBoundedAndWithinFlexConsumptionDefaults()
    {
        // Flex Consumption defaults to 30 minutes; an article takes seconds, so a hung call ends far sooner.
        var timeout = TimeSpan.Parse((string)HostJson["functionTimeout"]!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(timeout, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void BlobExtension_PoisonThresholdAndParallelismAreSet()
    {
        var blobs = HostJson["extensions"]!["blobs"]!;

        Assert.InRange((int)blobs["poisonBlobThreshold"]!, 1, 10);
        Assert.InRange((int)blobs["maxDegreeOfParallelism"]!, 1, 32);
    }

    [Fact]
    public void DeployGuide_DocumentsEveryHostSetting()
    {
        var guide = File.ReadAllText(RepoPaths.RepoFile("docs", "deploy.md"));

        foreach (var setting in new[] { "functionTimeout", "poisonBlobThreshold", "maxDegreeOfParallelism" })
        {
            Assert.Contains(setting, guide, StringComparison.Ordinal);
        }
    }
}
