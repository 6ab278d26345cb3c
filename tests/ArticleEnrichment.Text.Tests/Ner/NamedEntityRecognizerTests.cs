using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Ner;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Tests.Ner;

/// <summary>Behaviour of the trained model compiled into the assembly (Model/embedded.model).</summary>
public class NamedEntityRecognizerTests
{
    private static readonly Lazy<NamedEntityRecognizer> Embedded = new(() =>
        NamedEntityRecognizer.FromModel(ModelBundle.LoadEmbedded() ?? throw new InvalidOperationException("no embedded model"))
        ?? throw new InvalidOperationException("the embedded model has no NER section"));

    private static IReadOnlyList<ArticleEnrichment.Analysis.Entity> Recognize(string text) => Embedded.Value.Recognize(TokenizedText.From(text));

    [Fact]
    public void Recognize_TitleBeforeName_TitleIsNotPartOfPerson()
    {
        var entities = Recognize("President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.");

        Assert.Contains(entities, e => e is { Category: "Person", Text: "Vladimir Putin" });
        Assert.DoesNotContain(entities, e => e.Category == "Person" && e.Text.StartsWith("President", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_LaterSurname_AgreesWithEarlierFullName()
    {
        var text = "Russian President Vladimir Putin arrived in Beijing on Monday. Officials said the talks went well. "
            + "Putin later told reporters that trade had grown.";

        var entities = Recognize(text);

        var surname = text.LastIndexOf("Putin", StringComparison.Ordinal);
        Assert.Contains(entities, e => e is { Category: "Person", Text: "Vladimir Putin" });
        Assert.Contains(entities, e => e.Category == "Person" && e.Offset == surname && e.Length == "Putin".Length);
    }

    [Fact]
    public void Recognize_TwoNamesJoinedByAVerb_AreTwoPersons()
    {
        // The tagger reads "Putin met Xi" as one name; the lower-case "met" between two capitalized words splits it.
        var entities = Recognize("Putin met Xi in Beijing on Friday.");

        Assert.Equal(["Putin", "Xi"], entities.Where(e => e.Category == "Person").Select(e => e.Text));
    }

    [Fact]
    public void AddSplitAtJoiningWords_PersonRunningOverVerbAndAnd_SplitsButKeepsParticles()
    {
        var (text, starts, lengths) = DocumentConsistencyTests.Tokens("Ursula", "von", "der", "Leyen", "met", "Xi", "and", "Lula", "da", "Silva");
        List<Mention> mentions = [];

        Embedded.Value.AddSplitAtJoiningWords(text, starts, lengths, new Mention(0, 10, 0, 0.8), mentions);

        Assert.Equal([new Mention(0, 4, 0, 0.8), new Mention(5, 6, 0, 0.8), new Mention(7, 10, 0, 0.8)], mentions);
    }

    [Fact]
    public void AddSplitAtJoiningWords_OrganizationWithLowerCaseWord_StaysWhole()
    {
        var (text, starts, lengths) = DocumentConsistencyTests.Tokens("Bank", "and", "Trust", "Company");
        List<Mention> mentions = [];

        Embedded.Value.AddSplitAtJoiningWords(text, starts, lengths, new Mention(0, 4, 1, 0.8), mentions);

        Assert.Equal([new Mention(0, 4, 1, 0.8)], mentions);
    }

    [Fact]
    public void Recognize_LineBreak_EndsEntityEvenWithoutPunctuation()
    {
        var entities = Recognize("Trade between Russia and China\n\nPutin said the talks in Moscow were useful.");

        Assert.All(entities, e => Assert.DoesNotContain('\n', e.Text));
        Assert.Contains(entities, e => e is { Category: "Location", Text: "China" });
    }

    [Fact]
    public void Recognize_FamilyNameFirst_LaterFamilyNameAgrees()
    {
        var text = "Chinese President Xi Jinping spoke by video link on Friday. Officials said the call was warm. Xi said trade would grow.";

        var entities = Recognize(text);

        var later = text.LastIndexOf("Xi", StringComparison.Ordinal);
        Assert.Contains(entities, e => e is { Category: "Person", Text: "Xi Jinping" });
        Assert.Contains(entities, e => e.Category == "Person" && e.Offset == later && e.Length == 2);
    }

    [Fact]
    public void Recognize_AbbreviationOfLowerCaseWords_IsNoEntityAnywhereInTheDocument()
    {
        var entities = Recognize("Russia is the largest supplier of liquefied natural gas (LNG) to Europe. LNG exports to China rose in December.");

        Assert.DoesNotContain(entities, e => e.Text == "LNG");
        Assert.Contains(entities, e => e is { Category: "Location", Text: "China" });
    }

    [Fact]
    public void Recognize_AbbreviationOfAName_TakesTheNamesTypeEverywhere()
    {
        var text = "The Organization of the Petroleum Exporting Countries (OPEC) met in Vienna on Friday. Officials said OPEC would cut output.";

        var entities = Recognize(text);

        Assert.Contains(entities, e => e is { Category: "Organization", Text: "Organization of the Petroleum Exporting Countries" });
        Assert.Equal(2, entities.Count(e => e is { Category: "Organization", Text: "OPEC" }));
    }

    [Fact]
    public void Recognize_PlacesTheGazetteerDoesNotList_TakeTheirSubcategoryFromTheirHeadWord()
    {
        var entities = Recognize("Russian jets flew from the Hmeimim Air Base in Syria over Lake Baikal. Moscow airport was closed.");

        Assert.Contains(entities, e => e is { Category: "Location", Text: "Hmeimim Air Base", Subcategory: "Structural" });
        Assert.Contains(entities, e => e is { Category: "Location", Text: "Lake Baikal", Subcategory: "Geographical" });
        Assert.Contains(entities, e => e is { Category: "Location", Text: "Moscow", Subcategory: "GPE" });
    }

    [Fact]
    public void AddNamesAfterRoles_UntaggedNameAfterRole_BecomesPerson()
    {
        var (text, starts, lengths) = DocumentConsistencyTests.Tokens("Putin", "told", "his", "counterpart", "Xi", "Jinping", ",", "saying", "ties", "grew", ".");
        List<Mention> mentions = [new(0, 1, 0, 0.9)];

        Embedded.Value.AddNamesAfterRoles(text, starts, lengths, [(0, 11)], mentions);

        Assert.Equal([new Mention(0, 1, 0, 0.9), new Mention(4, 6, 0, 0.5)], mentions);
    }

    [Fact]
    public void AddNamesAfterRoles_EmptyToken_IsNoRole()
    {
        // BIO files can hold empty tokens (a cleaned-up @mention); the role test must not read their first character.
        var (text, starts, lengths) = DocumentConsistencyTests.Tokens("the", "", "Xi", "Jinping", "spoke", ".");
        List<Mention> mentions = [];

        Embedded.Value.AddNamesAfterRoles(text, starts, lengths, [(0, 6)], mentions);

        Assert.Empty(mentions);
    }

    [Fact]
    public void AddNamesAfterRoles_NameTaggedMisc_BecomesPerson()
    {
        var (text, starts, lengths) = DocumentConsistencyTests.Tokens("his", "counterpart", "Xi", "Jinping", "spoke", ".");
        List<Mention> mentions = [new(2, 4, 3, 0.7)];

        Embedded.Value.AddNamesAfterRoles(text, starts, lengths, [(0, 6)], mentions);

        Assert.Equal([new Mention(2, 4, 0, 0.5)], mentions);
    }

    [Fact]
    public void AddNamesAfterRoles_NameAlreadyTagged_AddsNothing()
    {
        var (text, starts, lengths) = DocumentConsistencyTests.Tokens("his", "counterpart", "Xi", "Jinping", "spoke", ".");
        List<Mention> mentions = [new(2, 4, 2, 0.7)];

        Embedded.Value.AddNamesAfterRoles(text, starts, lengths, [(0, 6)], mentions);

        Assert.Single(mentions);
    }

    [Theory]
    [InlineData("The minister Monday said talks would resume.")]
    [InlineData("The president met the spokesman EU officials named.")]
    [InlineData("Our correspondent Moscow Kremlin Palace Guards reported it.")]
    [InlineData("In general Americans favour the plan.")]
    [InlineData("The president Americans elected in 2020 faces a test.")]
    [InlineData("The chief Brexit negotiator spoke.")]
    public void Recognize_AfterRole_NoPersonFromWeekdaysAcronymsOrLongRuns(string text)
    {
        var entities = Recognize(text);

        Assert.DoesNotContain(entities, e => e.Category == "Person");
    }

    [Fact]
    public void Recognize_PersonWhoseFirstNameIsAPlace_PlaceStaysAPlace()
    {
        const string text = "Israeli Defence Minister Israel Katz said on Monday that Israel would respond. Israel has struck Iran before.";

        var entities = Recognize(text);

        Assert.Contains(entities, e => e is { Category: "Person", Text: "Israel Katz" });
        Assert.DoesNotContain(entities, e => e is { Category: "Person", Text: "Israel" });
    }

    [Fact]
    public void Recognize_FirstNameThatIsACommonWord_IsNotClaimed()
    {
        var entities = Recognize("Will Smith won an Oscar in 2022. Will the academy act now?");

        Assert.DoesNotContain(entities, e => e is { Category: "Person", Text: "Will" });
    }

    [Fact]
    public void Recognize_ListedRegion_IsGpe()
    {
        var entities = Recognize("Floods hit Madhya Pradesh and Texas on Monday.");

        Assert.Contains(entities, e => e is { Category: "Location", Text: "Texas", Subcategory: "GPE" });
    }

    [Fact]
    public void Recognize_RegionListedUnderAPlainWord_IsNoGpe()
    {
        var entities = Recognize("Officials in North and Central districts met. The storm reached the North on Monday.");

        Assert.DoesNotContain(entities, e => e.Subcategory == "GPE" && e.Text is "North" or "Central");
    }

    [Fact]
    public void Recognize_NationalityWordAlone_IsNoLocation()
    {
        var entities = Recognize("Russian officials and Israelis met Ukrainian envoys in Geneva to discuss Russian-Chinese trade, Sino-Russian ties and Western sanctions.");

        Assert.DoesNotContain(entities, e => e.Text is "Russian" or "Israelis" or "Ukrainian" or "Russian-Chinese" or "Sino-Russian" or "Western");
        Assert.Contains(entities, e => e is { Category: "Location", Text: "Geneva" });
    }

    [Fact]
    public void Recognize_OnlyTitles_IsNoPerson()
    {
        var entities = Recognize("Mr Chairman, the committee will now vote.");

        Assert.DoesNotContain(entities, e => e.Category == "Person");
    }

    [Fact]
    public void Recognize_Entities_HaveExactOffsetsAndConfidenceInRange()
    {
        var text = "Angela Merkel visited Paris and met officials of the European Union and NATO.";

        var entities = Recognize(text);

        Assert.NotEmpty(entities);
        Assert.All(entities, e =>
        {
            Assert.Equal(e.Text, text.Substring(e.Offset, e.Length));
            Assert.InRange(e.ConfidenceScore, 0, 1);
            Assert.Contains(e.Category, new[] { "Person", "Organization", "Location" });
        });
        Assert.Contains(entities, e => e is { Category: "Location", Text: "Paris", Subcategory: "GPE" });
    }
}

public class DocumentConsistencyTests
{
    internal static (string Text, int[] Starts, int[] Lengths) Tokens(params string[] words)
    {
        var text = string.Join(' ', words);
        var starts = new int[words.Length];
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            starts[i] = offset;
            offset += words[i].Length + 1;
        }

        return (text, starts, [.. words.Select(w => w.Length)]);
    }

    [Fact]
    public void ApplyConsistency_ConfidentFullName_AddsLaterSurnameAsPerson()
    {
        var (text, starts, lengths) = Tokens("Marta", "Vexlar", "spoke", ".", "Vexlar", "left", ".");
        List<Mention> mentions = [new(0, 2, 0, 0.9)];

        var result = NamedEntityRecognizer.ApplyConsistency(text, starts, lengths, [(0, 4), (4, 3)], mentions);

        Assert.Equal(2, result.Count);
        Assert.Equal(new Mention(4, 5, 0, 0.9 * 0.9), result[1] with { Confidence = Math.Round(result[1].Confidence, 6) });
    }

    [Fact]
    public void ApplyConsistency_WeakerMentionOfOtherType_IsRetyped()
    {
        var (text, starts, lengths) = Tokens("Marta", "Vexlar", "spoke", ".", "Vexlar", "left", ".");
        List<Mention> mentions = [new(0, 2, 0, 0.9), new(4, 5, 2, 0.4)];

        var result = NamedEntityRecognizer.ApplyConsistency(text, starts, lengths, [(0, 4), (4, 3)], mentions);

        Assert.Equal(0, result[1].Type);
    }

    [Fact]
    public void ApplyConsistency_UnconfidentMention_DoesNotSpread()
    {
        var (text, starts, lengths) = Tokens("Marta", "Vexlar", "spoke", ".", "Vexlar", "left", ".");
        List<Mention> mentions = [new(0, 2, 0, NamedEntityRecognizer.ConsistencyMinConfidence - 0.1)];

        var result = NamedEntityRecognizer.ApplyConsistency(text, starts, lengths, [(0, 4), (4, 3)], mentions);

        Assert.Single(result);
    }

    [Fact]
    public void Recognize_RunOnSentenceOfThousandsOfTokens_DoesNotKeepItsBuffers()
    {
        var recognizer = NamedEntityRecognizer.FromModel(ModelBundle.LoadEmbedded()!)!;
        var runOn = string.Join(' ', Enumerable.Repeat("words without any end and Paris", 1000));

        var entities = recognizer.Recognize(TokenizedText.From(runOn));
        var afterRunOn = recognizer.CurrentScratch.SentenceCapacity;
        recognizer.Recognize(TokenizedText.From("Angela Merkel visited Paris."));

        Assert.Contains(entities, e => e is { Category: "Location", Text: "Paris" });
        Assert.InRange(afterRunOn, 0, NamedEntityRecognizer.RetainedScratchTokens);
        Assert.InRange(recognizer.CurrentScratch.SentenceCapacity, 1, NamedEntityRecognizer.RetainedScratchTokens);
    }
}
