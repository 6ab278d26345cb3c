using System.Text.Json.Nodes;

namespace ArticleEnrichment.Cli.Tests.Commands;

public sealed class ShowCommandTests
{
    [Theory]
    [InlineData("""{"status":"succeeded"}""", "missing 'schemaVersion'")]
    [InlineData("""{"status":"failed"}""", "missing 'schemaVersion'")]
    [InlineData("entities=null", "$.entities is null.")]
    [InlineData("drop=article", "missing 'article'")]
    [InlineData("sentence-offset=9999", "the sentence at offset 9999")]
    [InlineData("entity-length=-5", "the entity at offset")]
    public async Task Show_RecordEditedByHand_OneLineSayingWhatIsWrong(string edit, string expected)
    {
        var path = await TempFiles.WriteAsync("edited.enriched.json", await EditedRecordAsync(edit));

        var result = await EnrichProcess.RunAsync("show", path);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"enrich: {path} is not", line);
        Assert.Contains(expected, line);
    }

    /// <summary>A real record of a short article with one edit applied, or <paramref name="edit"/> itself when it is JSON.</summary>
    private static async Task<string> EditedRecordAsync(string edit)
    {
        if (edit.StartsWith('{'))
        {
            return edit;
        }

        var article = await TempFiles.WriteAsync("a.txt", "Vladimir Putin met Xi Jinping in Beijing on Tuesday.");
        var record = JsonNode.Parse((await EnrichProcess.RunAsync("file", article)).Stdout)!.AsObject();
        var (what, value) = (edit.Split('=')[0], edit.Split('=')[1]);
        switch (what)
        {
            case "entities":
                record["entities"] = null;
                break;
            case "drop":
                record.Remove(value);
                break;
            case "sentence-offset":
                record["sentiment"]!["sentences"]![0]!["offset"] = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "entity-length":
                record["entities"]![0]!["length"] = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                break;
        }

        return record.ToJsonString();
    }
}
