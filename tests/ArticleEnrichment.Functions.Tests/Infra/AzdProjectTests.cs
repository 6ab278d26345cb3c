using System.Text.RegularExpressions;
using ArticleEnrichment.Testing;

namespace ArticleEnrichment.Functions.Tests.Infra;

/// <summary>azure.yaml points azd at the function project, the tagged app and the hooks that exist.</summary>
public sealed partial class AzdProjectTests
{
    private static string AzureYaml => File.ReadAllText(RepoPaths.RepoFile("azure.yaml"));

    [Fact]
    public void Service_IsTheFunctionProjectOnTheTaggedApp()
    {
        var service = ServiceBlock().Match(AzureYaml);
        var serviceName = (string?)ArmTemplate.ModuleDeployment("function-app")["properties"]!["parameters"]!["serviceName"]!["value"];

        Assert.True(service.Success, "azure.yaml has no services entry.");
        Assert.Equal(serviceName, service.Groups["name"].Value); // azd finds the app by its azd-service-name tag
        Assert.Equal("function", service.Groups["host"].Value);
        Assert.True(File.Exists(RepoPaths.RepoFile(service.Groups["project"].Value, "ArticleEnrichment.Functions.csproj")));
    }

    [Fact]
    public void Hooks_EveryScriptNamedExists()
    {
        var scripts = HookScript().Matches(AzureYaml).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(2, scripts.Count); // posix and windows
        Assert.All(scripts, s => Assert.True(File.Exists(RepoPaths.RepoFile(s)), $"{s} does not exist."));
    }

    [GeneratedRegex(@"^services:\s*\n(?:\s*#.*\n)*\s+(?<name>[a-z-]+):\s*\n\s+project:\s*\./(?<project>\S+)\s*\n\s+language:\s*dotnet\s*\n\s+host:\s*(?<host>\S+)", RegexOptions.Multiline)]
    private static partial Regex ServiceBlock();

    [GeneratedRegex(@"run:\s*\./(\S+)")]
    private static partial Regex HookScript();
}
