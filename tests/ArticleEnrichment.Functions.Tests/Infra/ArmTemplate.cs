using System.Text.Json.Nodes;

namespace ArticleEnrichment.Functions.Tests.Infra;

/// <summary>Navigation in compiled ARM JSON: the nested deployments Bicep emits for modules, and their resources.</summary>
internal static class ArmTemplate
{
    /// <summary>The compiled infra/main.bicep.</summary>
    public static JsonObject Main => BicepCli.Build(BuildOutputs.Infra("main.bicep"));

    /// <summary>The compiled subscription the postdeploy hook deploys.</summary>
    public static JsonObject EventSubscription => BicepCli.Build(BuildOutputs.Infra("app", "blob-event-subscription.bicep"));

    public static IEnumerable<JsonObject> Resources(JsonObject template)
        => template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject symbolic => symbolic.Select(p => p.Value!.AsObject()),
            _ => [],
        };

    /// <summary>The deployment resource of a module of main.bicep, by its deployment name.</summary>
    public static JsonObject ModuleDeployment(string name)
        => Assert.Single(Resources(Main), r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name);

    /// <summary>The inner template of a module of main.bicep.</summary>
    public static JsonObject Module(string name) => ModuleDeployment(name)["properties"]!["template"]!.AsObject();

    public static IEnumerable<JsonObject> ResourcesOfType(JsonObject template, string type)
        => Resources(template).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public static JsonObject SingleOfType(JsonObject template, string type) => Assert.Single(ResourcesOfType(template, type));
}
