using ArticleEnrichment.Text.Ner;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Tests.Ner;

public class AbbreviationDefinitionsTests
{
    /// <summary>The long form of each short form defined in <paramref name="text"/>, as "SHORT=long form".</summary>
    private static List<string> Definitions(string text)
    {
        var tokenized = TokenizedText.From(text);
        var starts = tokenized.Tokens.Select(t => t.Start).ToArray();
        var lengths = tokenized.Tokens.Select(t => t.Length).ToArray();
        var found = new List<AbbreviationDefinition>();
        foreach (var sentence in tokenized.Sentences)
        {
            AbbreviationDefinitions.Find(text, starts, lengths, sentence.FirstToken, sentence.TokenCount, found);
        }

        return [.. found.Select(d => $"{text.Substring(starts[d.ShortForm], lengths[d.ShortForm])}="
            + text[starts[d.LongStart]..(starts[d.LongEnd - 1] + lengths[d.LongEnd - 1])])];
    }

    [Theory]
    [InlineData("Russia sells liquefied natural gas (LNG) to China.", "LNG=liquefied natural gas")]
    [InlineData("Leaders of the North Atlantic Treaty Organization (NATO) met.", "NATO=North Atlantic Treaty Organization")]
    [InlineData("The Organization of the Petroleum Exporting Countries (OPEC) met.", "OPEC=Organization of the Petroleum Exporting Countries")]
    [InlineData("The Department of Energy (DOE) said so.", "DOE=Department of Energy")]
    [InlineData("Money left the exchange-traded fund (ETF) market.", "ETF=exchange-traded fund")]
    [InlineData("Officials in Moscow of the International Energy Agency (IEA) spoke.", "IEA=International Energy Agency")]
    [InlineData("He worked for the Bank of America (BOA) for years.", "BOA=Bank of America")]
    public void Find_ShortFormInBracketsAfterItsLongForm_GivesTheLongForm(string text, string expected)
        => Assert.Equal([expected], Definitions(text));

    [Theory]
    [InlineData("Talks were held in Paris (AFP) on Monday.")]
    [InlineData("Sales of liquefied natural gas (lng) rose.")]
    [InlineData("The gas (LNG) was shipped.")]
    [InlineData("A deal on natural gas (LNGX) was signed.")]
    [InlineData("Prices of liquefied natural gas (LNG rose.")]
    [InlineData("of the of the of the of the of the of the of the of the (OTOTOTOT) was said.")]
    public void Find_NoMatchingLongForm_FindsNothing(string text)
        => Assert.Empty(Definitions(text));
}
