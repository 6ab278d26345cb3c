using ArticleEnrichment.Analysis;
using ArticleEnrichment.Testing;
using ArticleEnrichment.Text.Rules;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Tests.Rules;

public class RuleEntityRecognizerTests
{
    private static readonly RuleEntityRecognizer Recognizer = new();

    private static IReadOnlyList<Entity> Recognize(string text) => Recognizer.Recognize(TokenizedText.From(text));

    private static void AssertFinds(string text, string expected, string category, string? subcategory)
    {
        var entities = Recognize(text);
        Assert.Contains(entities, e => e.Text == expected && e.Category == category && e.Subcategory == subcategory);
        var found = entities.Single(e => e.Text == expected);
        Assert.Equal(expected, text.Substring(found.Offset, found.Length));
    }

    [Theory]
    [InlineData("The talks were held on Friday.", "Friday", EntitySubcategory.Date)]
    [InlineData("The invasion began on Feb. 24 last year.", "Feb. 24", EntitySubcategory.Date)]
    [InlineData("It began on February 24, 2022, at dawn.", "February 24, 2022", EntitySubcategory.Date)]
    [InlineData("He was born 13 March 1963 in Medias.", "13 March 1963", EntitySubcategory.Date)]
    [InlineData("He announced on Friday (12/30) a visit.", "12/30", EntitySubcategory.Date)]
    [InlineData("Trading resumed on 2022-12-30.", "2022-12-30", EntitySubcategory.Date)]
    [InlineData("It closed two years ago.", "two years ago", EntitySubcategory.Date)]
    [InlineData("It will happen tomorrow.", "tomorrow", EntitySubcategory.Date)]
    [InlineData("Xi will visit Russia in spring 2023.", "spring 2023", EntitySubcategory.DateRange)]
    [InlineData("Novak said last month that exports rose.", "last month", EntitySubcategory.DateRange)]
    [InlineData("Earlier this month, Russia and China held drills.", "Earlier this month", EntitySubcategory.DateRange)]
    [InlineData("We are waiting for you next spring.", "next spring", EntitySubcategory.DateRange)]
    [InlineData("Gas was shipped in the first 11 months of 2022.", "the first 11 months of 2022", EntitySubcategory.DateRange)]
    [InlineData("He said in December that shipments grew.", "December", EntitySubcategory.DateRange)]
    [InlineData("In July 2012 he agreed a contract.", "July 2012", EntitySubcategory.DateRange)]
    [InlineData("He served as mayor from 1977 to 1980.", "from 1977 to 1980", EntitySubcategory.DateRange)]
    [InlineData("Prices rose in the 1990s.", "the 1990s", EntitySubcategory.DateRange)]
    [InlineData("He moved there in 1958, as a boy.", "1958", EntitySubcategory.DateRange)]
    [InlineData("They spoke for about eight minutes.", "about eight minutes", EntitySubcategory.Duration)]
    [InlineData("It is a five-year plan.", "five-year", EntitySubcategory.Duration)]
    [InlineData("The meeting ends at 10:30 a.m. GMT on the day.", "10:30 a.m. GMT", EntitySubcategory.Time)]
    [InlineData("Doors open at 3 p.m. sharp.", "3 p.m.", EntitySubcategory.Time)]
    [InlineData("The board meets every week.", "every week", EntitySubcategory.Set)]
    [InlineData("Dividends are paid annually.", "annually", EntitySubcategory.Set)]
    [InlineData("We met last Friday.", "last Friday", EntitySubcategory.Date)]
    [InlineData("It took 11 months to build.", "11 months", EntitySubcategory.Duration)]
    [InlineData("Lunch is at noon.", "noon", EntitySubcategory.Time)]
    [InlineData("Prices fell between 1998-2002 sharply.", "1998-2002", EntitySubcategory.DateRange)]
    [InlineData("The summit is held twice a year.", "twice a year", EntitySubcategory.Set)]
    public void Recognize_DateTimeExamples_FindsSpanAndSubcategory(string text, string expected, string subcategory)
        => AssertFinds(text, expected, EntityCategory.DateTime, subcategory);

    [Theory]
    [InlineData("Exports rose 64 percent in value.", "64 percent", EntitySubcategory.Percentage)]
    [InlineData("Support fell to 32% in the poll.", "32%", EntitySubcategory.Percentage)]
    [InlineData("Rates rose 1.5 percentage points.", "1.5 percentage points", EntitySubcategory.Percentage)]
    [InlineData("Trade reached $172.406 billion last year.", "$172.406 billion", EntitySubcategory.Currency)]
    [InlineData("He had US$5 million in the bank.", "US$5 million", EntitySubcategory.Currency)]
    [InlineData("A fine of 10 million euros was paid.", "10 million euros", EntitySubcategory.Currency)]
    [InlineData("It shipped 13.8 billion cubic meters of gas.", "13.8 billion cubic meters", EntitySubcategory.Dimension)]
    [InlineData("The lake is 40 km long.", "40 km", EntitySubcategory.Dimension)]
    [InlineData("They pump 5,000 barrels a day.", "5,000 barrels", EntitySubcategory.Dimension)]
    [InlineData("It was 2.8°C warmer.", "2.8°C", EntitySubcategory.Temperature)]
    [InlineData("I had $90.00 dollars to my name.", "$90.00 dollars", EntitySubcategory.Currency)]
    [InlineData("Exports rose 18 percent over obligations.", "18 percent", EntitySubcategory.Percentage)]
    [InlineData("The anomaly was 2.8 C above average.", "2.8 C", EntitySubcategory.Temperature)]
    [InlineData("It was 30 degrees Celsius outside.", "30 degrees Celsius", EntitySubcategory.Temperature)]
    [InlineData("The boy, 5 years old, was found.", "5 years old", EntitySubcategory.Age)]
    [InlineData("A 64-year-old man was arrested.", "64-year-old", EntitySubcategory.Age)]
    [InlineData("He died aged 92 at home.", "aged 92", EntitySubcategory.Age)]
    [InlineData("It is the fourth largest supplier.", "fourth", EntitySubcategory.Ordinal)]
    [InlineData("The 11th round starts.", "11th", EntitySubcategory.Ordinal)]
    [InlineData("The two leaders spoke.", "two", EntitySubcategory.Number)]
    [InlineData("About 1,000 people came.", "1,000", EntitySubcategory.Number)]
    public void Recognize_QuantityExamples_FindsSpanAndSubcategory(string text, string expected, string subcategory)
        => AssertFinds(text, expected, EntityCategory.Quantity, subcategory);

    [Theory]
    [InlineData("Contact press@example.org today.", "press@example.org", EntityCategory.Email)]
    [InlineData("Read https://example.org/news, then.", "https://example.org/news", EntityCategory.Url)]
    [InlineData("Visit www.reuters.com for more.", "www.reuters.com", EntityCategory.Url)]
    [InlineData("The server 192.168.0.1 failed.", "192.168.0.1", EntityCategory.IP)]
    [InlineData("Call +1 (555) 010-2030 now.", "+1 (555) 010-2030", EntityCategory.PhoneNumber)]
    [InlineData("Call +44 20 7946 0958 now.", "+44 20 7946 0958", EntityCategory.PhoneNumber)]
    [InlineData("Call 425-555-0100 now.", "425-555-0100", EntityCategory.PhoneNumber)]
    [InlineData("Call (425) 555-0100 now.", "(425) 555-0100", EntityCategory.PhoneNumber)]
    [InlineData("Call 555-0100 now.", "555-0100", EntityCategory.PhoneNumber)]
    public void Recognize_AddressExamples_FindsSpanAndCategory(string text, string expected, string category)
        => AssertFinds(text, expected, category, null);

    [Theory]
    [InlineData("The Russian president Vladimir Putin spoke.", "president")]
    [InlineData("Russian President Vladimir Putin spoke.", "President")]
    [InlineData("A Kremlin spokesman declined to comment.", "spokesman")]
    [InlineData("Russian Deputy Prime Minister Alexander Novak said so.", "Deputy Prime Minister")]
    [InlineData("He is a senior fellow at the institute.", "senior fellow")]
    [InlineData("The Russian army chief described it.", "army chief")]
    [InlineData("Western officials were cautious.", "officials")]
    [InlineData("Both spokesmen declined.", "spokesmen")]
    [InlineData("His Chinese counterpart Xi Jinping agreed.", "counterpart")]
    public void Recognize_Roles_ArePersonType(string text, string expected)
        => AssertFinds(text, expected, EntityCategory.PersonType, null);

    [Theory]
    [InlineData("He will pay an official visit.")]
    [InlineData("May I ask a question?")]
    [InlineData("Nobody knew, and no one asked.")]
    [InlineData("It happened a second time.")]
    [InlineData("Leaves fall in the park.")]
    [InlineData("The Jan Smuts airport.")]
    public void Recognize_LookAlikes_NoEntity(string text)
    {
        Assert.Empty(Recognize(text));
    }

    [Fact]
    public void Recognize_YearRangeAndIsoDate_AreNotPhoneNumbers()
    {
        var entities = Recognize("Between 1998-2002 and on 2022-12-30 prices rose.");
        Assert.DoesNotContain(entities, e => e.Category == EntityCategory.PhoneNumber);
        Assert.Contains(entities, e => e.Text == "1998-2002" && e.Subcategory == EntitySubcategory.DateRange);
    }

    [Fact]
    public void Recognize_YearBeforeLowercaseNoun_IsANumber()
    {
        AssertFinds("They bought 1500 tanks.", "1500", EntityCategory.Quantity, EntitySubcategory.Number);
    }

    [Fact]
    public void Recognize_Confidence_IsTheDocumentedValueOfEachRule()
    {
        var entities = Recognize("The president said on Friday that 64 percent of www.example.com users came in 1958 and 1500 tanks.");
        Assert.Equal(RuleEntityRecognizer.RoleConfidence, entities.Single(e => e.Text == "president").ConfidenceScore);
        Assert.Equal(RuleEntityRecognizer.PatternConfidence, entities.Single(e => e.Text == "Friday").ConfidenceScore);
        Assert.Equal(RuleEntityRecognizer.PatternConfidence, entities.Single(e => e.Text == "64 percent").ConfidenceScore);
        Assert.Equal(RuleEntityRecognizer.AddressConfidence, entities.Single(e => e.Text == "www.example.com").ConfidenceScore);
        Assert.Equal(RuleEntityRecognizer.PatternConfidence, entities.Single(e => e.Text == "1958").ConfidenceScore);
    }

    [Fact]
    public void Recognize_Entities_NeverCrossASentence()
    {
        var entities = Recognize("It rose 5.\nPercent of them left.");
        Assert.DoesNotContain(entities, e => e.Subcategory == EntitySubcategory.Percentage);
    }

    [Fact]
    public void Recognize_BlogSample_FindsTheIssueExamples()
    {
        var text = File.ReadAllText(RepoPaths.SharedFile("samples", "articles", "blog-repost-putin-xi.txt"));
        var found = Recognize(text).Select(e => (e.Text, e.Category, e.Subcategory)).ToHashSet();
        (string, string, string?)[] expected =
        [
            ("Friday", EntityCategory.DateTime, EntitySubcategory.Date),
            ("last month", EntityCategory.DateTime, EntitySubcategory.DateRange),
            ("the first 11 months of 2022", EntityCategory.DateTime, EntitySubcategory.DateRange),
            ("February 24", EntityCategory.DateTime, EntitySubcategory.Date),
            ("about eight minutes", EntityCategory.DateTime, EntitySubcategory.Duration),
            ("64 percent", EntityCategory.Quantity, EntitySubcategory.Percentage),
            ("13.8 billion cubic meters", EntityCategory.Quantity, EntitySubcategory.Dimension),
            ("fourth", EntityCategory.Quantity, EntitySubcategory.Ordinal),
            ("president", EntityCategory.PersonType, null),
            ("army chief", EntityCategory.PersonType, null),
            ("Deputy Prime Minister", EntityCategory.PersonType, null),
        ];
        foreach (var entity in expected)
        {
            Assert.Contains(entity, found);
        }
    }

    public static TheoryData<string> SharedTexts() =>
    [
        .. Directory.GetFiles(RepoPaths.SharedFile("samples", "articles"), "*.txt").Select(file => Path.GetFileName(file)),
        "../../peers/bench_text.txt",
        "../../peers/demo_paragraph.txt",
    ];

    [Theory]
    [MemberData(nameof(SharedTexts))]
    public void Recognize_SharedTexts_TextIsTheSubstringAndEntitiesDoNotOverlap(string name)
    {
        var text = File.ReadAllText(Path.GetFullPath(Path.Combine(RepoPaths.SharedFile("samples", "articles"), name)));
        var entities = Recognize(text);
        Assert.NotEmpty(entities);
        var previousEnd = 0;
        foreach (var entity in entities)
        {
            Assert.Equal(entity.Text, text.Substring(entity.Offset, entity.Length));
            Assert.True(entity.Offset >= previousEnd, $"'{entity.Text}' at {entity.Offset} overlaps the entity before it");
            Assert.Contains(entity.Category, EntityCategory.All);
            Assert.InRange(entity.ConfidenceScore, 0, 1);
            previousEnd = entity.Offset + entity.Length;
        }
    }
}
