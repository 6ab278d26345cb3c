using ArticleEnrichment.Analysis;

namespace ArticleEnrichment.Azure.Language;

/// <summary>
/// The one place that maps the service's entity labels into our taxonomy (<see cref="EntityCategory"/>,
/// <see cref="EntitySubcategory"/>). 2023-04-01 answers with a classic category and subcategory; 2024-11-01
/// adds a fine-grained <c>type</c> and <c>tags</c> (general to specific, e.g. Location, GPE, City) and often
/// drops the subcategory, so the subcategory is recovered from the type and tags (City -> GPE,
/// SportsEvent -> Event). Names follow Microsoft's "GA to preview mapping" of NER types.
/// </summary>
public static class EntityCategoryMapping
{
    /// <summary>Fine-grained type or tag name -> our category, for the names that are not a category already.</summary>
    private static readonly Dictionary<string, string> CategoryOfType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GPE"] = EntityCategory.Location, ["City"] = EntityCategory.Location, ["State"] = EntityCategory.Location,
        ["CountryRegion"] = EntityCategory.Location, ["Continent"] = EntityCategory.Location,
        ["Structural"] = EntityCategory.Location, ["Airport"] = EntityCategory.Location,
        ["Geological"] = EntityCategory.Location, ["Geographical"] = EntityCategory.Location,
        ["MedicalOrganization"] = EntityCategory.Organization, ["StockExchange"] = EntityCategory.Organization,
        ["SportsOrganization"] = EntityCategory.Organization,
        ["CulturalEvent"] = EntityCategory.Event, ["NaturalEvent"] = EntityCategory.Event, ["SportsEvent"] = EntityCategory.Event,
        ["ComputingProduct"] = EntityCategory.Product,
        ["Temporal"] = EntityCategory.DateTime, ["Date"] = EntityCategory.DateTime, ["Time"] = EntityCategory.DateTime,
        ["DateRange"] = EntityCategory.DateTime, ["TimeRange"] = EntityCategory.DateTime, ["Duration"] = EntityCategory.DateTime,
        ["SetTemporal"] = EntityCategory.DateTime, ["Set"] = EntityCategory.DateTime, ["DateTimeRange"] = EntityCategory.DateTime,
        ["Numeric"] = EntityCategory.Quantity, ["Number"] = EntityCategory.Quantity, ["Percentage"] = EntityCategory.Quantity,
        ["Ordinal"] = EntityCategory.Quantity, ["Age"] = EntityCategory.Quantity, ["Currency"] = EntityCategory.Quantity,
        ["Dimension"] = EntityCategory.Quantity, ["Temperature"] = EntityCategory.Quantity, ["NumericRange"] = EntityCategory.Quantity,
        ["Length"] = EntityCategory.Quantity, ["Weight"] = EntityCategory.Quantity, ["Height"] = EntityCategory.Quantity,
        ["Speed"] = EntityCategory.Quantity, ["Area"] = EntityCategory.Quantity, ["Volume"] = EntityCategory.Quantity,
        ["Information"] = EntityCategory.Quantity,
    };

    /// <summary>Fine-grained type or tag name -> (its category, our subcategory).</summary>
    private static readonly Dictionary<string, (string Category, string Subcategory)> SubcategoryOfType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GPE"] = (EntityCategory.Location, EntitySubcategory.Gpe),
        ["City"] = (EntityCategory.Location, EntitySubcategory.Gpe),
        ["State"] = (EntityCategory.Location, EntitySubcategory.Gpe),
        ["CountryRegion"] = (EntityCategory.Location, EntitySubcategory.Gpe),
        ["Continent"] = (EntityCategory.Location, EntitySubcategory.Gpe),
        ["Structural"] = (EntityCategory.Location, EntitySubcategory.Structural),
        ["Airport"] = (EntityCategory.Location, EntitySubcategory.Structural),
        ["Geological"] = (EntityCategory.Location, EntitySubcategory.Geographical),
        ["Geographical"] = (EntityCategory.Location, EntitySubcategory.Geographical),
        ["Medical"] = (EntityCategory.Organization, EntitySubcategory.Medical),
        ["MedicalOrganization"] = (EntityCategory.Organization, EntitySubcategory.Medical),
        ["Stock"] = (EntityCategory.Organization, EntitySubcategory.Stock),
        ["StockExchange"] = (EntityCategory.Organization, EntitySubcategory.Stock),
        ["Sports"] = (EntityCategory.Organization, EntitySubcategory.Sports),
        ["SportsOrganization"] = (EntityCategory.Organization, EntitySubcategory.Sports),
        ["Date"] = (EntityCategory.DateTime, EntitySubcategory.Date),
        ["Time"] = (EntityCategory.DateTime, EntitySubcategory.Time),
        ["DateRange"] = (EntityCategory.DateTime, EntitySubcategory.DateRange),
        ["TimeRange"] = (EntityCategory.DateTime, EntitySubcategory.TimeRange),
        ["Duration"] = (EntityCategory.DateTime, EntitySubcategory.Duration),
        ["Set"] = (EntityCategory.DateTime, EntitySubcategory.Set),
        ["SetTemporal"] = (EntityCategory.DateTime, EntitySubcategory.Set),
        ["Number"] = (EntityCategory.Quantity, EntitySubcategory.Number),
        ["Percentage"] = (EntityCategory.Quantity, EntitySubcategory.Percentage),
        ["Ordinal"] = (EntityCategory.Quantity, EntitySubcategory.Ordinal),
        ["Age"] = (EntityCategory.Quantity, EntitySubcategory.Age),
        ["Currency"] = (EntityCategory.Quantity, EntitySubcategory.Currency),
        ["Dimension"] = (EntityCategory.Quantity, EntitySubcategory.Dimension),
        ["Length"] = (EntityCategory.Quantity, EntitySubcategory.Dimension),
        ["Weight"] = (EntityCategory.Quantity, EntitySubcategory.Dimension),
        ["Height"] = (EntityCategory.Quantity, EntitySubcategory.Dimension),
        ["Speed"] = (EntityCategory.Quantity, EntitySubcategory.Dimension),
        ["Area"] = (EntityCategory.Quantity, EntitySubcategory.Dimension),
        ["Volume"] = (EntityCategory.Quantity, EntitySubcategory.Dimension),
        ["Information"] = (EntityCategory.Quantity, EntitySubcategory.Dimension),
        ["Temperature"] = (EntityCategory.Quantity, EntitySubcategory.Temperature),
    };

    /// <summary>
    /// Our (category, subcategory) for a service entity, or null when none of its labels is in our taxonomy
    /// (the analyzer then drops it and says so in a warning).
    /// </summary>
    public static (string Category, string? Subcategory)? Map(RecognizedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        // Most specific first: the type, then the tags from the last (finest) to the first (broadest).
        string[] fine = [.. (entity.Type is { Length: > 0 } type ? [type] : Array.Empty<string>()), .. entity.Tags.Reverse()];

        var category = Canonical(entity.Category) ?? fine.Select(Canonical).FirstOrDefault(c => c is not null)
            ?? fine.Select(n => CategoryOfType.GetValueOrDefault(n)).FirstOrDefault(c => c is not null);
        if (category is null)
        {
            return null;
        }

        string? subcategory = null;
        if (entity.Subcategory is { Length: > 0 } classic
            && SubcategoryOfType.TryGetValue(classic, out var fromClassic) && fromClassic.Category == category)
        {
            subcategory = fromClassic.Subcategory;
        }
        else
        {
            foreach (var name in fine)
            {
                if (SubcategoryOfType.TryGetValue(name, out var found) && found.Category == category)
                {
                    subcategory = found.Subcategory;
                    break;
                }
            }
        }

        return (category, subcategory);
    }

    /// <summary>The category as we spell it when <paramref name="name"/> is one of ours (any casing), else null.</summary>
    private static string? Canonical(string? name)
        => name is { Length: > 0 } ? EntityCategory.All.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) : null;
}
