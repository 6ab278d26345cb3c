namespace ArticleEnrichment.Analysis;

/// <summary>The Azure AI Language general NER categories and the subcategories we emit.</summary>
public static class EntityCategory
{
    public const string Person = "Person";
    public const string PersonType = "PersonType";
    public const string Location = "Location";
    public const string Organization = "Organization";
    public const string Event = "Event";
    public const string Product = "Product";
    public const string Skill = "Skill";
    public const string Address = "Address";
    public const string PhoneNumber = "PhoneNumber";
    public const string Email = "Email";
    public const string Url = "URL";
    public const string IP = "IP";
    public const string DateTime = "DateTime";
    public const string Quantity = "Quantity";

    /// <summary>Every category above, for validation and schema tests.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Person, PersonType, Location, Organization, Event, Product, Skill, Address,
        PhoneNumber, Email, Url, IP, DateTime, Quantity,
    };
}

/// <summary>Subcategories of the Azure AI Language general NER taxonomy.</summary>
public static class EntitySubcategory
{
    // Location
    public const string Gpe = "GPE";
    public const string Geographical = "Geographical";
    public const string Structural = "Structural";
    // Organization
    public const string Medical = "Medical";
    public const string Stock = "Stock";
    public const string Sports = "Sports";
    // DateTime
    public const string Date = "Date";
    public const string Time = "Time";
    public const string DateRange = "DateRange";
    public const string TimeRange = "TimeRange";
    public const string Duration = "Duration";
    public const string Set = "Set";
    // Quantity
    public const string Number = "Number";
    public const string Percentage = "Percentage";
    public const string Ordinal = "Ordinal";
    public const string Age = "Age";
    public const string Currency = "Currency";
    public const string Dimension = "Dimension";
    public const string Temperature = "Temperature";
}
