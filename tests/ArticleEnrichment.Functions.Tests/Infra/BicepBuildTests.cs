using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ArticleEnrichment.Functions.Tests.Infra;

/// <summary>The templates build and lint clean with the real Bicep CLI, and their companion files agree with them.</summary>
public sealed partial class BicepBuildTests
{
    public static TheoryData<string> TemplateFiles => new()
    {
        "main.bicep",
        "app/blob-event-subscription.bicep",
    };

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void Build_Template_SucceedsWithNoDiagnostics(string file)
    {
        var result = BicepCli.Run("build", BuildOutputs.Infra(file.Split('/')), "--stdout");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(string.Empty, result.StandardError);
        Assert.StartsWith("{", result.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void Lint_Template_ReportsNothing(string file)
    {
        var result = BicepCli.Run("lint", BuildOutputs.Infra(file.Split('/')));

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Equal(string.Empty, (result.StandardOutput + result.StandardError).Trim());
    }

    [Fact]
    public void Lint_UnusedParameter_IsAnErrorUnderOurConfig()
    {
        // Proves the bicepconfig.json levels apply: the same file would only warn (exit 0) by default. The probe
        // sits in a temporary folder beside a copy of the config, so the repo is never written to.
        var folder = Directory.CreateTempSubdirectory("bicep-probe-").FullName;
        try
        {
            File.Copy(BuildOutputs.Infra("bicepconfig.json"), Path.Combine(folder, "bicepconfig.json"));
            var probe = Path.Combine(folder, "probe.bicep");
            File.WriteAllText(probe, "@description('never used')\nparam unused string = 'x'\n");

            var result = BicepCli.Run("lint", probe);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("Error no-unused-params", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MainParameters_NameExactlyTheTemplateParameters()
    {
        var templateParameters = ArmTemplate.Main["parameters"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        var file = JsonNode.Parse(File.ReadAllText(BuildOutputs.Infra("main.parameters.json")))!;
        var fileParameters = file["parameters"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(templateParameters, fileParameters);
    }

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void Parameters_EveryOne_HasADescription(string file)
    {
        var template = BicepCli.Build(BuildOutputs.Infra(file.Split('/')));
        var templates = new List<JsonObject> { template };
        templates.AddRange(ArmTemplate.Resources(template)
            .Where(r => (string?)r["type"] == "Microsoft.Resources/deployments")
            .Select(r => r["properties"]!["template"]!.AsObject()));

        var undocumented = templates
            .SelectMany(t => t["parameters"]?.AsObject() ?? [])
            .Where(p => string.IsNullOrWhiteSpace((string?)p.Value!["metadata"]?["description"]))
            .Select(p => p.Key)
            .ToList();

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Rbac_EveryRoleGuid_HasACommentAbove()
    {
        var lines = File.ReadAllLines(BuildOutputs.Infra("app", "rbac.bicep"));
        var guidLines = lines.Select((line, index) => (line, index)).Where(l => RoleGuid().IsMatch(l.line)).ToList();

        Assert.NotEmpty(guidLines);
        foreach (var (line, index) in guidLines)
        {
            Assert.True(index > 0 && lines[index - 1].TrimStart().StartsWith("//", StringComparison.Ordinal), $"Uncommented role GUID: {line.Trim()}");
        }
    }

    [Fact]
    public void Abbreviations_EveryOne_IsUsedByMain()
    {
        var main = File.ReadAllText(BuildOutputs.Infra("main.bicep"));
        var abbreviations = JsonNode.Parse(File.ReadAllText(BuildOutputs.Infra("abbreviations.json")))!.AsObject();

        Assert.All(abbreviations, a => Assert.Contains("abbrs." + a.Key, main, StringComparison.Ordinal));
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RoleGuid();
}
