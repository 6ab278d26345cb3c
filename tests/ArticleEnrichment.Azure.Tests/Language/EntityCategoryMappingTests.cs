using ArticleEnrichment.Analysis;
using ArticleEnrichment.Azure.Language;

namespace ArticleEnrichment.Azure.Tests.Language;

public sealed class EntityCategoryMappingTests
{
    private static RecognizedEntity Entity(string category, string? subcategory = null, string? type = null, params string[] tags)
        => new("x", category, subcategory, type, tags, 0, 1, 0.9);

    [Theory]
    [InlineData("Location", "GPE", "Location", "GPE")]
    [InlineData("Organization", "Sports", "Organization", "Sports")]
    [InlineData("DateTime", "DateRange", "DateTime", "DateRange")]
    [InlineData("Quantity", "Currency", "Quantity", "Currency")]
    [InlineData("Person", null, "Person", null)]
    [InlineData("URL", null, "URL", null)]
    public void Map_ClassicCategoryAndSubcategory_KeepsThem(string category, string? subcategory, string expectedCategory, string? expectedSubcategory)
        => Assert.Equal((expectedCategory, expectedSubcategory), EntityCategoryMapping.Map(Entity(category, subcategory)));

    [Theory]
    [InlineData("Location", "City", new[] { "Location", "GPE", "City" }, "Location", "GPE")] // Amsterdam in the spec example
    [InlineData("Location", "Structural", new[] { "Location", "Structural" }, "Location", "Structural")] // LAX
    [InlineData("Location", "Geological", new[] { "Location", "Geological" }, "Location", "Geographical")] // the Nile
    [InlineData("Event", "SportsEvent", new[] { "Event", "SportsEvent" }, "Event", null)] // Worldcup
    [InlineData("Organization", "StockExchange", new[] { "Organization", "StockExchange" }, "Organization", "Stock")]
    [InlineData("DateTime", "SetTemporal", new[] { "Temporal", "SetTemporal" }, "DateTime", "Set")]
    [InlineData("Quantity", "Length", new[] { "Numeric", "Dimension", "Length" }, "Quantity", "Dimension")]
    public void Map_TypeAndTags_RecoversTheSubcategory(string category, string type, string[] tags, string expectedCategory, string? expectedSubcategory)
        => Assert.Equal((expectedCategory, expectedSubcategory), EntityCategoryMapping.Map(Entity(category, null, type, tags)));

    [Theory]
    [InlineData("Numeric", "Percentage", "Quantity", "Percentage")]
    [InlineData("Temporal", "Date", "DateTime", "Date")]
    [InlineData("", "City", "Location", "GPE")]
    [InlineData("", "ComputingProduct", "Product", null)]
    public void Map_CategoryNotOurs_TakesItFromTheType(string category, string type, string expectedCategory, string? expectedSubcategory)
        => Assert.Equal((expectedCategory, expectedSubcategory), EntityCategoryMapping.Map(Entity(category, null, type)));

    [Fact]
    public void Map_SubcategoryOfAnotherCategory_IsDropped()
        => Assert.Equal((EntityCategory.Person, (string?)null), EntityCategoryMapping.Map(Entity("Person", "GPE", "City")));

    [Fact]
    public void Map_NothingOurs_ReturnsNull()
        => Assert.Null(EntityCategoryMapping.Map(Entity("USSocialSecurityNumber", null, "Unheard", "Unheard")));

    [Fact]
    public void Map_AnyResult_IsInOurTaxonomy()
    {
        string[] names = ["Location", "GPE", "City", "Structural", "Numeric", "Temporal", "SportsEvent", "Person", "Skill", "Address", "IP", "Email", "PhoneNumber", "Currency", "Age"];
        foreach (var category in names)
        {
            foreach (var type in names)
            {
                if (EntityCategoryMapping.Map(Entity(category, null, type, category, type)) is { } mapped)
                {
                    Assert.Contains(mapped.Category, EntityCategory.All);
                }
            }
        }
    }
}
