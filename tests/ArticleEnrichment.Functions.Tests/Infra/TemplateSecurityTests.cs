using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ArticleEnrichment.Storage;

namespace ArticleEnrichment.Functions.Tests.Infra;

/// <summary>
/// The security rules of the deployment, asserted on the compiled ARM JSON so that a later template edit that
/// breaks one fails the build: identity-only storage, no secrets in settings or outputs, the event filter that
/// keeps our own records out, and exactly the role assignments the app needs.
/// </summary>
public sealed partial class TemplateSecurityTests
{
    [Fact]
    public void StorageAccount_SharedKeyOffTls12NoPublicBlobsHttpsOnly()
    {
        var account = ArmTemplate.SingleOfType(ArmTemplate.Module("storage"), "Microsoft.Storage/storageAccounts");
        var properties = account["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
    }

    [Fact]
    public void Containers_NoneIsPublic()
    {
        var containers = ArmTemplate.ResourcesOfType(ArmTemplate.Module("storage"), "Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        Assert.Equal(3, containers.Count); // articles, the optional output container, the deployment package
        Assert.All(containers, c => Assert.Equal("None", (string?)c["properties"]!["publicAccess"]));
    }

    [Fact]
    public void Templates_NeverReadKeysOrConnectionStrings()
    {
        // main.bicep as a whole (every module is inlined): no key listing, no SAS, no key-bearing connection string.
        var text = ArmTemplate.Main.ToJsonString();

        foreach (var forbidden in new[] { "listKeys", "listAccountSas", "listServiceSas", "listConnectionStrings", "AccountKey=", "SharedAccessSignature" })
        {
            Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void AppSettings_NoSecretNamesAndEveryCredentialIsTheManagedIdentity()
    {
        var settings = AppSettingsContractTests.CompiledAppSettings();

        Assert.DoesNotContain(settings.Keys, name => SecretLikeName().IsMatch(name));
        var credentials = settings.Where(s => s.Key.EndsWith("__credential", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, credentials.Count); // AzureWebJobsStorage and the trigger's ArticlesStorage
        Assert.All(credentials, c => Assert.Equal("managedidentity", c.Value));
        // Plain connection-string settings (an account key inside) must not exist in Azure.
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.DoesNotContain("ArticlesStorage", settings.Keys);
    }

    [Fact]
    public void Outputs_NoneLooksLikeASecret()
    {
        var outputs = ArmTemplate.Main["outputs"]!.AsObject();

        Assert.All(outputs, o => Assert.Matches("^[A-Z][A-Z0-9_]*$", o.Key)); // UPPER_SNAKE, read by azd
        Assert.DoesNotContain(outputs, o => SecretLikeName().IsMatch(o.Key) || o.Key.Contains("CONNECTION_STRING", StringComparison.Ordinal));
        Assert.All(outputs, o => Assert.NotEqual("securestring", ((string?)o.Value!["type"])?.ToLowerInvariant()));
    }

    [Fact]
    public void MonitoringAndLanguage_LocalAuthOff()
    {
        var insights = ArmTemplate.SingleOfType(ArmTemplate.Module("monitoring"), "Microsoft.Insights/components");
        var language = ArmTemplate.SingleOfType(ArmTemplate.Module("language"), "Microsoft.CognitiveServices/accounts");

        Assert.True((bool)insights["properties"]!["DisableLocalAuth"]!);
        Assert.Equal("TextAnalytics", (string?)language["kind"]);
        Assert.True((bool)language["properties"]!["disableLocalAuth"]!);
        Assert.False(string.IsNullOrEmpty((string?)language["properties"]!["customSubDomainName"]));
    }

    [Fact]
    public void FunctionApp_FlexConsumptionDotnetIsolated10WithIdentityDeployment()
    {
        var module = ArmTemplate.Module("function-app");
        var plan = ArmTemplate.SingleOfType(module, "Microsoft.Web/serverfarms");
        var site = ArmTemplate.SingleOfType(module, "Microsoft.Web/sites");
        var config = site["properties"]!["functionAppConfig"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.All(
            ArmTemplate.ResourcesOfType(module, "Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void EventSubscription_DeliversOnlyCreatedArticlesNeverOurRecords()
    {
        var subscription = ArmTemplate.SingleOfType(ArmTemplate.EventSubscription, "Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var filter = subscription["properties"]!["filter"]!;

        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter["includedEventTypes"]!.AsArray().Select(t => (string?)t));
        Assert.Contains("/blobServices/default/containers/", (string?)filter["subjectBeginsWith"], StringComparison.Ordinal);
        var exclusion = Assert.Single(filter["advancedFilters"]!.AsArray())!;
        Assert.Equal("StringNotEndsWith", (string?)exclusion["operatorType"]);
        Assert.Equal("subject", (string?)exclusion["key"]);
        Assert.Equal([ArticleNaming.OutputSuffix], exclusion["values"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public void EventSubscription_TargetsTheBlobExtensionWebhookOfOurFunction()
    {
        var template = ArmTemplate.EventSubscription;
        var subscription = ArmTemplate.SingleOfType(template, "Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var url = (string?)subscription["properties"]!["destination"]!["properties"]!["endpointUrl"];
        var functionName = (string?)template["parameters"]!["functionName"]!["defaultValue"];

        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.", url, StringComparison.Ordinal);
        Assert.Contains("systemKeys.blobs_extension", url, StringComparison.Ordinal);
        Assert.Equal((string?)BuildOutputs.EnrichArticleMetadata()["name"], functionName);
    }

    [Fact]
    public void RoleAssignments_ExactlyTheRolesTheAppNeeds()
    {
        var rbac = ArmTemplate.Module("rbac");
        var roleIds = rbac["variables"]!.AsObject().ToDictionary(v => v.Key, v => (string?)v.Value);
        var assignments = ArmTemplate.ResourcesOfType(rbac, "Microsoft.Authorization/roleAssignments").ToList();

        var granted = assignments
            .Select(a => (
                Role: roleIds[RoleVariable().Match((string)a["properties"]!["roleDefinitionId"]!).Groups[1].Value],
                Principal: (string?)a["properties"]!["principalType"]))
            .Order()
            .ToList();

        (string, string)[] expected =
        [
            ("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "ServicePrincipal"), // Storage Table Data Contributor: host diagnostic events
            ("3913510d-42f4-4e42-8a64-420c390055eb", "ServicePrincipal"), // Monitoring Metrics Publisher: telemetry
            ("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "ServicePrincipal"), // Storage Queue Data Contributor: poison queue
            ("a97b65f3-24c7-4388-baec-2e87135dc908", "ServicePrincipal"), // Cognitive Services User: Azure AI Language
            ("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "ServicePrincipal"), // Storage Blob Data Owner: host, trigger, records
            ("ba92f5b4-2d11-453d-a403-e96b0029c9fe", "User"),             // Storage Blob Data Contributor: the deploying user
        ];
        Assert.Equal(expected.Order().ToList(), granted!);
        Assert.All(assignments, a => Assert.StartsWith("[guid(", (string?)a["name"], StringComparison.Ordinal));
    }

    [GeneratedRegex(@"KEY$|_KEY_|SECRET|PASSWORD|__accountKey|SAS", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLikeName();

    [GeneratedRegex(@"variables\('([A-Za-z]+)'\)")]
    private static partial Regex RoleVariable();
}
