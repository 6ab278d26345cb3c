namespace ArticleEnrichment.Text.Rules;

/// <summary>
/// The word lists the rule recognizers match against. Every set compares case-insensitively and is looked up
/// with spans of the text, so matching allocates nothing per token.
/// </summary>
internal static class RuleLexicon
{
    public static readonly WordSet Months = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    // Month abbreviations count only before a day number ("Feb. 24", "Sept 1"): alone "Jan" and "Mar" are names.
    public static readonly WordSet MonthAbbreviations = new(
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    public static readonly WordSet Weekdays = new("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    // "fall" only counts with a year or a relative word ("fall 2023", "last fall"), like every season.
    public static readonly WordSet Seasons = new("spring", "summer", "autumn", "fall", "winter");

    // Words that make the next calendar word relative to now: "last month", "next spring", "this year".
    public static readonly WordSet RelativeMarkers = new("last", "next", "this", "past", "coming", "previous", "current");

    // A period after which a marker adds to a relative date: "earlier this month", "later this year".
    public static readonly WordSet RelativeLeads = new("earlier", "later", "early", "late");

    public static readonly WordSet TimeUnits = new(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend", "weekends",
        "month", "months", "year", "years", "decade", "decades", "century", "centuries", "quarter", "quarters", "fortnight");

    // Units that make a span of time on their own; "second" is left out because it is mostly the ordinal.
    public static readonly WordSet DurationUnits = new(
        "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries");

    public static readonly WordSet PointDays = new("today", "tomorrow", "yesterday", "tonight");

    public static readonly WordSet PartsOfDay = new("morning", "afternoon", "evening", "night");

    public static readonly WordSet Meridiem = new("a.m.", "p.m.", "am", "pm");

    public static readonly WordSet TimeZones = new("gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "bst", "msk");

    public static readonly WordSet NamedTimes = new("noon", "midnight");

    public static readonly WordSet SetAdverbs = new("annually", "yearly", "weekly", "monthly", "hourly");

    public static readonly WordSet SetMarkers = new("every", "each");

    // "about eight minutes": the approximation belongs to the quantity, as in Azure's spans.
    public static readonly WordSet Approximations = new("about", "around", "nearly", "almost", "roughly", "approximately");

    public static readonly WordSet YearLeads = new(
        "in", "since", "until", "till", "by", "of", "from", "during", "before", "after", "through", "to", "and", "early", "late", "mid", "(");

    public static readonly WordSet NumberWords = new(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "dozens", "hundreds", "thousands", "millions", "billions");

    public static readonly WordSet Scales = new("thousand", "million", "billion", "trillion", "bn", "mn", "tn");

    // Words after which "one" is a pronoun, not a number ("no one", "this one").
    public static readonly WordSet PronounOneLeads = new("no", "any", "every", "some", "each", "the", "this", "that", "which", "someone", "anyone");

    public static readonly WordSet OrdinalWords = new(
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth", "thousandth");

    // Words before which "second" is the unit of time ("a second", "per second").
    public static readonly WordSet SecondUnitLeads = new("a", "one", "per", "every", "each", "split", "fraction");

    public static readonly WordSet PercentWords = new("percent", "pct", "%");

    public static readonly WordSet CurrencySymbols = new("$", "€", "£", "¥", "₹", "₽", "₩", "₺", "₴", "₪");

    // Letters glued before "$" name the dollar: US$, A$, C$, HK$, NZ$.
    public static readonly WordSet DollarPrefixes = new("us", "u.s.", "a", "c", "hk", "nz", "s");

    public static readonly WordSet CurrencyCodes = new("usd", "eur", "gbp", "cny", "rmb", "rub", "jpy", "inr", "chf", "uah", "try");

    public static readonly WordSet CurrencyWords = new(
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "renminbi", "ruble", "rubles",
        "rouble", "roubles", "rupee", "rupees", "franc", "francs", "cent", "cents", "pence", "won", "peso", "pesos",
        "lira", "dinar", "dinars", "riyal", "riyals", "hryvnia", "hryvnias", "reais", "shekel", "shekels");

    public static readonly WordSet DimensionModifiers = new("cubic", "square", "sq");

    public static readonly WordSet DimensionUnits = new(
        "meter", "meters", "metre", "metres", "kilometer", "kilometers", "kilometre", "kilometres", "km", "centimeter",
        "centimeters", "centimetre", "centimetres", "cm", "millimeter", "millimeters", "millimetre", "millimetres", "mm",
        "mile", "miles", "foot", "feet", "ft", "inch", "inches", "yard", "yards", "hectare", "hectares", "acre", "acres",
        "ton", "tons", "tonne", "tonnes", "kilogram", "kilograms", "kg", "gram", "grams", "lb", "lbs", "ounce", "ounces",
        "liter", "liters", "litre", "litres", "gallon", "gallons", "barrel", "barrels", "bpd", "mw", "gw", "kw", "kwh", "mwh",
        "gwh", "twh", "megawatt", "megawatts", "gigawatt", "gigawatts", "kilowatt", "kilowatts", "mph", "knots",
        "byte", "bytes", "kb", "gb", "tb", "megabytes", "gigabytes", "terabytes");

    // "C" and "F" alone are temperatures only right after a number ("2.8 C"); the words are checked the same way.
    public static readonly WordSet TemperatureUnits = new("c", "f", "°c", "°f", "celsius", "fahrenheit", "centigrade", "kelvin");

    public static readonly WordSet Degrees = new("degree", "degrees", "°");

    public static readonly WordSet AgeWords = new("aged", "age");

    /// <summary>Words that may stand before a role and belong to it ("deputy prime minister", "vice president").</summary>
    public static readonly WordSet RoleModifiers = new("deputy", "vice", "acting", "assistant", "associate", "interim");

    /// <summary>
    /// Roles Azure AI Language marks as PersonType, singular (plurals are derived). Words that are more often
    /// something else are left out: "official" (mostly the adjective: "official visit"), "general", "head", "chair".
    /// </summary>
    private static readonly string[] RoleHeads =
    [
        "president", "president-elect", "prime minister", "minister", "foreign minister", "defense minister", "defence minister",
        "finance minister", "energy minister", "interior minister", "economy minister", "trade minister", "chancellor", "premier",
        "spokesman", "spokeswoman", "spokesperson", "secretary", "foreign secretary", "home secretary", "press secretary",
        "secretary-general", "secretary general", "senior fellow", "research fellow", "army chief", "military chief",
        "intelligence chief", "police chief", "defense chief", "defence chief", "spy chief", "chief executive",
        "chief executive officer", "ceo", "cfo", "chairman", "chairwoman", "chairperson", "director", "director-general",
        "director general", "governor", "mayor", "senator", "lawmaker", "legislator", "congressman", "congresswoman",
        "ambassador", "envoy", "diplomat", "leader", "opposition leader", "party leader", "counterpart", "king", "queen",
        "prince", "princess", "emperor", "pope", "monarch", "commander", "commander-in-chief", "soldier", "officer",
        "analyst", "economist", "expert", "researcher", "scientist", "professor", "journalist", "reporter", "correspondent",
        "editor", "author", "writer", "columnist", "activist", "protester", "lawyer", "attorney", "judge", "prosecutor",
        "doctor", "nurse", "teacher", "student", "worker", "employee", "farmer", "investor", "trader", "banker", "citizen",
        "resident", "voter", "negotiator", "mediator", "coach", "player", "athlete", "politician", "alderman", "trustee",
        "founder", "co-founder", "owner", "manager", "executive", "regulator", "policymaker", "priest", "bishop",
    ];

    // Plurals that the simple suffix rules below would get wrong, and roles that only count in the plural.
    private static readonly string[] RoleExtraForms =
    [
        "secretaries-general", "secretaries general", "commanders-in-chief", "heads of state", "head of state",
        "secretary of state", "secretaries of state", "officials", "troops", "staff members", "chiefs of staff", "chief of staff",
        "attorneys general", "attorney general",
    ];

    /// <summary>
    /// Every word a rule can start with. Most words of a text start nothing; one lookup here lets the
    /// recognizer skip them without trying each rule (words with a digit or a hyphen are always tried).
    /// </summary>
    public static readonly WordSet StartWords = new(
    [
        .. Months.Words, .. MonthAbbreviations.Words, .. Weekdays.Words, .. Seasons.Words, .. RelativeMarkers.Words,
        .. RelativeLeads.Words, .. PointDays.Words, .. NamedTimes.Words, .. SetAdverbs.Words, .. SetMarkers.Words,
        .. Approximations.Words, .. NumberWords.Words, .. OrdinalWords.Words, .. AgeWords.Words, .. DollarPrefixes.Words,
        .. CurrencyCodes.Words, .. RoleModifiers.Words, .. RoleHeads.Select(r => r.Split(' ')[0]),
        .. RoleHeads.Select(r => Plural(r).Split(' ')[0]), .. RoleExtraForms.Select(r => r.Split(' ')[0]),
        "the", "a", "an", "from", "between", "recent", "once", "twice", "mid",
    ]);

    /// <summary>The last words of the singular roles ("counterpart", "minister", "spokesman"): a name that follows one is a person's.</summary>
    public static readonly WordSet RoleLastWords = new([.. RoleHeads.Select(r => r.Split(' ')[^1]).Distinct(StringComparer.Ordinal)]);

    /// <summary>Role phrases by their first word, longest first, each as its words.</summary>
    public static readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> RolesByFirstWord = BuildRoles();

    private static Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> BuildRoles()
    {
        var phrases = RoleHeads.Concat(RoleHeads.Select(Plural)).Concat(RoleExtraForms).Distinct(StringComparer.Ordinal);
        var byFirst = phrases
            .Select(p => p.Split(' '))
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        return byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>English plural of a role's last word (spokesman → spokesmen, chairwoman → chairwomen, secretary → secretaries).</summary>
    internal static string Plural(string phrase)
    {
        var cut = phrase.LastIndexOf(' ') + 1;
        var head = phrase[..cut];
        var last = phrase[cut..];
        var plural = last switch
        {
            _ when last.EndsWith("man", StringComparison.Ordinal) => last[..^3] + "men",
            _ when last.EndsWith("ss", StringComparison.Ordinal) || last.EndsWith("sh", StringComparison.Ordinal) || last.EndsWith("ch", StringComparison.Ordinal) => last + "es",
            _ when last.Length > 1 && last[^1] == 'y' && "aeiou".IndexOf(last[^2]) < 0 => last[..^1] + "ies",
            _ => last + "s",
        };
        return head + plural;
    }
}

/// <summary>A case-insensitive set of words looked up by span.</summary>
/// <remarks>
/// The rules ask these sets about nearly every token, and a case-insensitive hash costs more than the rest of the
/// test. Two exact filters answer most of them first: case-insensitive equality (ordinal) needs equal lengths, and,
/// when every word starts with an ASCII character, a token starting with an ASCII character must start with one of
/// theirs (ignoring case). A token starting with any other character goes to the set itself.
/// </remarks>
internal sealed class WordSet(params string[] words)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup =
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly int shortest = words.Length == 0 ? 0 : words.Min(w => w.Length);

    private readonly int longest = words.Length == 0 ? int.MaxValue : words.Max(w => w.Length);

    /// <summary>Bit c is set for each upper-cased ASCII first character c; all bits when a word starts otherwise.</summary>
    private readonly UInt128 firstCharacters = words.Aggregate(
        UInt128.Zero,
        (bits, w) => w.Length > 0 && char.IsAscii(w[0]) ? bits | (UInt128.One << AsciiUpper(w[0])) : UInt128.MaxValue);

    public IReadOnlyList<string> Words => words;

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length < shortest || word.Length > longest)
        {
            return false;
        }

        if (word.Length > 0 && char.IsAscii(word[0]) && (firstCharacters & (UInt128.One << AsciiUpper(word[0]))) == UInt128.Zero)
        {
            return false;
        }

        return lookup.Contains(word);
    }

    private static int AsciiUpper(char c) => c is >= 'a' and <= 'z' ? c - ('a' - 'A') : c;
}
