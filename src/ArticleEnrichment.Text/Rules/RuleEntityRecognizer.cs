using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Rules;

/// <summary>
/// Finds the entities a pattern decides better than a statistical model, in Azure AI Language's taxonomy:
/// URL, Email, IP, PhoneNumber, DateTime (Date, Time, DateRange, Duration, Set), Quantity (Number, Percentage,
/// Ordinal, Age, Currency, Dimension, Temperature) and PersonType (roles such as "president" or "army chief").
/// </summary>
/// <remarks>
/// Matching walks the tokens of each sentence left to right; at each token the rules are tried in a fixed
/// order (addresses, age, dates and times, quantities with a unit, bare years, ordinals, numbers, roles) and
/// the first that matches takes its tokens, so the entities never overlap and never cross a sentence.
/// Spans follow Azure's habit: a role without its holder's name ("president"), an approximation inside a
/// duration ("about eight minutes"), "the" inside a period it makes definite ("the first 11 months of 2022").
/// </remarks>
public sealed class RuleEntityRecognizer
{
    /// <summary>
    /// URL, Email and IP: the token's syntax decides, so only a look-alike (a version number shaped like an
    /// address) is wrong; 0.9 rather than 1 leaves room for that.
    /// </summary>
    public const double AddressConfidence = 0.9;

    /// <summary>
    /// DateTime, Quantity and PhoneNumber matched on a calendar word, a unit, a currency sign or a phone layout:
    /// right in form almost always, but the span edges can differ from Azure's (0.8, Azure's usual score for these).
    /// </summary>
    public const double PatternConfidence = 0.8;

    /// <summary>
    /// PersonType from the role list: a role word is sometimes used for a thing ("the leader in sales"),
    /// so a little below the pattern rules.
    /// </summary>
    public const double RoleConfidence = 0.75;

    /// <summary>A four-digit number taken as a year only from where it stands (no "in", no month): often right, not always.</summary>
    public const double BareYearConfidence = 0.65;

    /// <summary>Rule entities of <paramref name="text"/>, ordered by offset and never overlapping.</summary>
    public IReadOnlyList<Entity> Recognize(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entities = new List<Entity>();
        foreach (var sentence in text.Sentences)
        {
            var scan = new SentenceScan(text.Text, text.Tokens, sentence.FirstToken, sentence.EndToken);
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var match = scan.MatchAt(i);
                if (match.End <= i)
                {
                    i++;
                    continue;
                }

                var start = text.Tokens[i].Start;
                var length = text.Tokens[match.End - 1].End - start;
                entities.Add(new Entity(text.Text.Substring(start, length), match.Category, match.Subcategory, start, length, match.Confidence));
                i = match.End;
            }
        }

        return entities;
    }

    /// <summary>A rule's result: the tokens [start, End) and what they are; End 0 means no match.</summary>
    private readonly record struct Match(int End, string Category, string? Subcategory, double Confidence)
    {
        public static readonly Match None = new(0, "", null, 0);
    }

    private readonly struct SentenceScan(string text, Token[] tokens, int first, int end)
    {
        private const int NoMatch = -1;

        public Match MatchAt(int i)
        {
            int j;
            switch (tokens[i].Kind)
            {
                case TokenKind.Url:
                    return new Match(i + 1, EntityCategory.Url, null, AddressConfidence);
                case TokenKind.Email:
                    return new Match(i + 1, EntityCategory.Email, null, AddressConfidence);
                case TokenKind.Mention or TokenKind.Hashtag:
                    return Match.None;
                case TokenKind.Number when IsIpV4(i):
                    return new Match(i + 1, EntityCategory.IP, null, AddressConfidence);
                case TokenKind.Word when !RuleLexicon.StartWords.Contains(W(i)) && !char.IsAsciiDigit(W(i)[0]) && !W(i).Contains('-'):
                    return Match.None;
            }

            if ((j = Phone(i)) > 0)
            {
                return new Match(j, EntityCategory.PhoneNumber, null, PatternConfidence);
            }

            if ((j = Age(i)) > 0)
            {
                return Quantity(j, EntitySubcategory.Age);
            }

            var dateTime = DateTime(i);
            if (dateTime.End > 0)
            {
                return dateTime;
            }

            var quantity = QuantityWithUnit(i);
            if (quantity.End > 0)
            {
                return quantity;
            }

            if (IsYear(i))
            {
                var led = Is(i - 1, RuleLexicon.YearLeads);
                if (led || !IsLowerWord(i + 1))
                {
                    return new Match(i + 1, EntityCategory.DateTime, EntitySubcategory.DateRange, led ? PatternConfidence : BareYearConfidence);
                }
            }

            if (IsOrdinal(i))
            {
                return Quantity(i + 1, EntitySubcategory.Ordinal);
            }

            if ((j = NumberPhrase(i)) > 0)
            {
                return Quantity(j, EntitySubcategory.Number);
            }

            if ((j = Role(i)) > 0)
            {
                return new Match(j, EntityCategory.PersonType, null, RoleConfidence);
            }

            return Match.None;
        }

        private static Match Quantity(int end, string subcategory) => new(end, EntityCategory.Quantity, subcategory, PatternConfidence);

        private static Match Date(int end, string subcategory) => new(end, EntityCategory.DateTime, subcategory, PatternConfidence);

        // ---- token tests ----

        private bool In(int i) => i >= first && i < end;

        private ReadOnlySpan<char> W(int i) => tokens[i].Span(text);

        private bool Is(int i, WordSet set) => In(i) && set.Contains(W(i));

        private bool IsText(int i, string word) => In(i) && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsCapitalized(int i) => In(i) && char.IsUpper(text[tokens[i].Start]);

        private bool IsLowerWord(int i) => In(i) && tokens[i].Kind == TokenKind.Word && char.IsLower(text[tokens[i].Start]);

        private bool Adjacent(int a, int b) => In(a) && In(b) && tokens[a].End == tokens[b].Start;

        private bool IsKind(int i, TokenKind kind) => In(i) && tokens[i].Kind == kind;

        /// <summary>Digits with optional thousands and decimal separators only (13.8, 1,000), not 12/30 or 10:30.</summary>
        private bool IsPlainNumber(int i)
        {
            if (!IsKind(i, TokenKind.Number))
            {
                return false;
            }

            foreach (var c in W(i))
            {
                if (!char.IsAsciiDigit(c) && c is not ('.' or ','))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The value of a token of at most four plain digits, else -1.</summary>
        private int SmallInteger(int i)
        {
            if (!IsKind(i, TokenKind.Number))
            {
                return -1;
            }

            var word = W(i);
            if (word.Length > 4)
            {
                return -1;
            }

            var value = 0;
            foreach (var c in word)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        // Years from 1800 to 2100: the range news text speaks of; outside it a four-digit number is a count.
        private bool IsYear(int i) => W0Length(i) == 4 && SmallInteger(i) is >= 1800 and <= 2100;

        private int W0Length(int i) => In(i) ? tokens[i].Length : 0;

        private bool IsDay(int i)
        {
            if (SmallInteger(i) is >= 1 and <= 31)
            {
                return true;
            }

            return IsOrdinalNumber(i) && W(i).Length <= 4 && int.TryParse(W(i)[..^2], out var day) && day is >= 1 and <= 31;
        }

        private bool IsOrdinalNumber(int i)
        {
            if (!IsKind(i, TokenKind.Number) || W(i).Length < 3)
            {
                return false;
            }

            var suffix = W(i)[^2..];
            return char.IsAsciiDigit(W(i)[^3]) && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase));
        }

        private bool IsOrdinal(int i)
        {
            if (IsOrdinalNumber(i))
            {
                return true;
            }

            if (!Is(i, RuleLexicon.OrdinalWords))
            {
                return false;
            }

            // "a second", "per second", "two seconds": the unit of time, not the ordinal.
            return !(IsText(i, "second") && (Is(i - 1, RuleLexicon.SecondUnitLeads) || IsPlainNumber(i - 1)));
        }

        private bool IsNumberWord(int i)
        {
            if (!In(i) || tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }

            var word = W(i);
            if (word.Equals("one", StringComparison.OrdinalIgnoreCase) && Is(i - 1, RuleLexicon.PronounOneLeads))
            {
                return false;
            }

            // twenty-five: every part a number word
            foreach (var part in word.Split('-'))
            {
                if (!RuleLexicon.NumberWords.Contains(word[part]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A number in digits or words, with its scale ("13.8 billion", "two hundred", "eight"); the end, or -1.</summary>
        private int NumberPhrase(int i)
        {
            int j;
            if (IsPlainNumber(i))
            {
                j = i + 1;
            }
            else if (IsNumberWord(i))
            {
                j = i + 1;
                while (IsNumberWord(j))
                {
                    j++;
                }
            }
            else
            {
                return NoMatch;
            }

            while (Is(j, RuleLexicon.Scales))
            {
                j++;
            }

            return j;
        }

        // ---- addresses ----

        private bool IsIpV4(int i)
        {
            var word = W(i);
            var parts = 0;
            foreach (var range in word.Split('.'))
            {
                var part = word[range];
                if (part.Length is 0 or > 3 || !int.TryParse(part, out var value) || value > 255 || !IsAsciiDigits(part))
                {
                    return false;
                }

                parts++;
            }

            return parts == 4;
        }

        private static bool IsAsciiDigits(ReadOnlySpan<char> span)
        {
            foreach (var c in span)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// +country code and groups ("+1 425-555-0100", "+44 20 7946 0958"), an area code in brackets
        /// ("(425) 555-0100"), or one token laid out as a phone number ("425-555-0100", "555-0100").
        /// </summary>
        private int Phone(int i)
        {
            var j = i;
            var plus = false;
            var brackets = false;
            if (IsText(j, "+") && Adjacent(j, j + 1) && IsKind(j + 1, TokenKind.Number))
            {
                plus = true;
                j++;
            }

            var digits = 0;
            var groups = 0;
            var separated = 0;
            while (In(j))
            {
                var gapOk = j == i || tokens[j].Start - tokens[j - 1].End <= 1;
                if (!gapOk)
                {
                    break;
                }

                if (IsText(j, "(") && (groups == 0 || plus) && IsKind(j + 1, TokenKind.Number) && IsAsciiDigits(W(j + 1)) && IsText(j + 2, ")"))
                {
                    brackets = true;
                    digits += W(j + 1).Length;
                    groups++;
                    j += 3;
                    continue;
                }

                if (IsKind(j, TokenKind.Number) && IsPhoneGroups(W(j), out var tokenDigits, out var tokenGroups))
                {
                    digits += tokenDigits;
                    groups += tokenGroups;
                    separated += tokenGroups > 1 ? 1 : 0;
                    j++;
                    continue;
                }

                break;
            }

            if (groups == 0)
            {
                return NoMatch;
            }

            // International and bracketed forms: 8 to 15 digits (E.164 allows at most 15).
            if ((plus || brackets) && digits is >= 8 and <= 15 && groups >= 2)
            {
                return j;
            }

            // A single token: the North American layouts 3-3-4 (10 digits) and 3-4 (7 digits); dates and
            // year ranges (2022-12-30, 1998-2002) have other layouts.
            if (j == i + 1 && separated == 1)
            {
                var word = W(i);
                return IsLayout(word, [3, 3, 4]) || IsLayout(word, [3, 4]) || IsLayout(word, [1, 3, 3, 4]) ? j : NoMatch;
            }

            return NoMatch;
        }

        private static bool IsPhoneGroups(ReadOnlySpan<char> word, out int digits, out int groups)
        {
            digits = 0;
            groups = 1;
            foreach (var c in word)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else if (c is '-' or '.')
                {
                    groups++;
                }
                else
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLayout(ReadOnlySpan<char> word, ReadOnlySpan<int> layout)
        {
            var group = 0;
            var length = 0;
            char? separator = null;
            foreach (var c in word)
            {
                if (char.IsAsciiDigit(c))
                {
                    length++;
                    continue;
                }

                if (group >= layout.Length || length != layout[group] || (separator is { } s && s != c))
                {
                    return false;
                }

                separator = c;
                group++;
                length = 0;
            }

            return group == layout.Length - 1 && length == layout[group];
        }

        // ---- age ----

        /// <summary>"5 years old", "five-year-old", "aged 64", "at age 5".</summary>
        private int Age(int i)
        {
            if (Is(i, RuleLexicon.AgeWords) && NumberPhrase(i + 1) is var n and > 0 && IsPlainOrWordNumber(i + 1))
            {
                return n;
            }

            var m = NumberPhrase(i);
            if (m > 0 && (IsText(m, "years") || IsText(m, "year") || IsText(m, "months")) && IsText(m + 1, "old"))
            {
                return m + 2;
            }

            if (IsKind(i, TokenKind.Word) && W(i).EndsWith("-old", StringComparison.OrdinalIgnoreCase))
            {
                var word = W(i);
                var firstHyphen = word.IndexOf('-');
                var head = word[..firstHyphen];
                return IsAsciiDigits(head) || RuleLexicon.NumberWords.Contains(head) ? i + 1 : NoMatch;
            }

            return NoMatch;
        }

        private bool IsPlainOrWordNumber(int i) => IsPlainNumber(i) || IsNumberWord(i);

        // ---- date and time ----

        private Match DateTime(int i)
        {
            int j;
            if (tokens[i].Kind == TokenKind.Number && NumericDate(i) is { } numeric)
            {
                return Date(i + 1, numeric);
            }

            if ((j = Time(i)) > 0)
            {
                return Date(j, EntitySubcategory.Time);
            }

            if ((j = Relative(i, out var relative)) > 0)
            {
                return Date(j, relative);
            }

            if ((j = MonthDate(i, out var monthKind)) > 0)
            {
                return Date(j, monthKind);
            }

            if (Is(i, RuleLexicon.Weekdays) && IsCapitalized(i))
            {
                return Date(Is(i + 1, RuleLexicon.PartsOfDay) ? i + 2 : i + 1, EntitySubcategory.Date);
            }

            if (Is(i, RuleLexicon.Seasons))
            {
                if (IsYear(i + 1))
                {
                    return Date(i + 2, EntitySubcategory.DateRange);
                }

                if (IsText(i + 1, "of") && IsYear(i + 2))
                {
                    return Date(i + 3, EntitySubcategory.DateRange);
                }
            }

            if ((j = PartOfPeriod(i)) > 0 || (j = Decade(i)) > 0 || (j = YearRange(i)) > 0)
            {
                return Date(j, EntitySubcategory.DateRange);
            }

            if ((j = Set(i)) > 0)
            {
                return Date(j, EntitySubcategory.Set);
            }

            if ((j = Duration(i)) > 0)
            {
                return Date(j, EntitySubcategory.Duration);
            }

            return Match.None;
        }

        /// <summary>12/30, 12/30/2022, 2022-12-30 (Date); 2022-23, 1998-2002 (DateRange).</summary>
        private string? NumericDate(int i)
        {
            var word = W(i);
            Span<int> parts = stackalloc int[4];
            Span<int> lengths = stackalloc int[4];
            var count = 0;
            var separator = '\0';
            var value = 0;
            var length = 0;
            foreach (var c in word)
            {
                if (char.IsAsciiDigit(c))
                {
                    value = (value * 10) + (c - '0');
                    length++;
                    continue;
                }

                if (c is not ('/' or '-') || (separator != '\0' && separator != c) || count == 3 || length is 0 or > 4)
                {
                    return null;
                }

                separator = c;
                parts[count] = value;
                lengths[count++] = length;
                value = 0;
                length = 0;
            }

            if (separator == '\0' || length is 0 or > 4)
            {
                return null;
            }

            parts[count] = value;
            lengths[count++] = length;
            if (separator == '/')
            {
                // month/day or day/month, with an optional year
                var plausible = parts[0] is >= 1 and <= 31 && parts[1] is >= 1 and <= 31 && (parts[0] <= 12 || parts[1] <= 12)
                                && lengths[0] <= 2 && lengths[1] <= 2 && (count == 2 || lengths[2] is 2 or 4);
                return plausible && count <= 3 ? EntitySubcategory.Date : null;
            }

            if (count == 3 && lengths[0] == 4 && parts[1] is >= 1 and <= 12 && parts[2] is >= 1 and <= 31)
            {
                return EntitySubcategory.Date;
            }

            if (count == 2 && lengths[0] == 4 && parts[0] is >= 1800 and <= 2100
                && ((lengths[1] == 4 && parts[1] > parts[0] && parts[1] <= 2100) || (lengths[1] == 2 && parts[1] > parts[0] % 100)))
            {
                return EntitySubcategory.DateRange;
            }

            return null;
        }

        /// <summary>10:30, 10:30 a.m. GMT, 3 p.m., noon.</summary>
        private int Time(int i)
        {
            var j = NoMatch;
            if (IsKind(i, TokenKind.Number) && W(i) is var word && word.IndexOf(':') is var colon and > 0)
            {
                if (colon <= 2 && word.Length == colon + 3 && IsAsciiDigits(word[..colon]) && IsAsciiDigits(word[(colon + 1)..])
                    && int.Parse(word[..colon]) <= 24 && int.Parse(word[(colon + 1)..]) <= 59)
                {
                    j = i + 1;
                }
            }
            else if (SmallInteger(i) is >= 1 and <= 12 && Is(i + 1, RuleLexicon.Meridiem))
            {
                j = i + 1;
            }
            else if (Is(i, RuleLexicon.NamedTimes))
            {
                return i + 1;
            }

            if (j < 0)
            {
                return NoMatch;
            }

            if (Is(j, RuleLexicon.Meridiem))
            {
                j++;
            }

            if (Is(j, RuleLexicon.TimeZones) && IsCapitalized(j))
            {
                j++;
            }

            return j;
        }

        /// <summary>"last month", "earlier this year", "next spring", "last Friday", "recent years", "today", "two years ago".</summary>
        private int Relative(int i, out string subcategory)
        {
            subcategory = EntitySubcategory.DateRange;
            var k = i;
            if (Is(k, RuleLexicon.RelativeLeads) && Is(k + 1, RuleLexicon.RelativeMarkers))
            {
                k++;
            }

            if (Is(k, RuleLexicon.RelativeMarkers))
            {
                var next = k + 1;
                if (Is(next, RuleLexicon.Weekdays))
                {
                    subcategory = EntitySubcategory.Date;
                    return next + 1;
                }

                if (Is(next, RuleLexicon.TimeUnits) && !W(next).EndsWith('s') || Is(next, RuleLexicon.Seasons) || (Is(next, RuleLexicon.Months) && IsCapitalized(next)))
                {
                    return next + 1;
                }

                return NoMatch;
            }

            if (IsText(i, "recent") && Is(i + 1, RuleLexicon.DurationUnits) && W(i + 1).EndsWith('s'))
            {
                return i + 2;
            }

            if (Is(i, RuleLexicon.PointDays))
            {
                subcategory = EntitySubcategory.Date;
                return i + 1;
            }

            var amount = IsText(i, "a") || IsText(i, "an") ? i + 1 : NumberPhrase(i);
            if (amount > 0 && Is(amount, RuleLexicon.TimeUnits) && IsText(amount + 1, "ago"))
            {
                subcategory = EntitySubcategory.Date;
                return amount + 2;
            }

            return NoMatch;
        }

        /// <summary>"Feb. 24", "February 24, 2022", "13 March 1963", "December 2022" (DateRange), "in December" (DateRange).</summary>
        private int MonthDate(int i, out string subcategory)
        {
            subcategory = EntitySubcategory.Date;
            var k = i;
            if ((IsText(k, "early") || IsText(k, "late") || IsText(k, "mid")) && (IsMonth(k + 1) || IsYear(k + 1)))
            {
                k++;
            }

            if (IsDay(k) && IsMonth(k + 1))
            {
                return IsYear(k + 2) ? k + 3 : k + 2;
            }

            var abbreviated = Is(k, RuleLexicon.MonthAbbreviations) && IsCapitalized(k);
            if (!IsMonth(k) && !abbreviated)
            {
                return NoMatch;
            }

            if (IsDay(k + 1))
            {
                if (IsText(k + 2, ",") && IsYear(k + 3))
                {
                    return k + 4;
                }

                return IsYear(k + 2) ? k + 3 : k + 2;
            }

            subcategory = EntitySubcategory.DateRange;
            if (IsYear(k + 1))
            {
                return k + 2;
            }

            if (IsText(k + 1, "of") && IsYear(k + 2))
            {
                return k + 3;
            }

            if (abbreviated)
            {
                return NoMatch;
            }

            // A month alone: "May" and "March" are also a verb, so only after a word that leads a date.
            var ambiguous = IsText(k, "may") || IsText(k, "march");
            return !ambiguous || k > i || Is(k - 1, RuleLexicon.YearLeads) ? k + 1 : NoMatch;
        }

        private bool IsMonth(int i) => Is(i, RuleLexicon.Months) && IsCapitalized(i);

        /// <summary>"the first 11 months of 2022", "the past two years", "the first half of 2023".</summary>
        private int PartOfPeriod(int i)
        {
            var k = IsText(i, "the") ? i + 1 : i;
            if (!(IsText(k, "first") || IsText(k, "last") || IsText(k, "past") || IsText(k, "next") || IsText(k, "previous") || IsText(k, "coming")))
            {
                return NoMatch;
            }

            int j;
            var amount = NumberPhrase(k + 1);
            if (amount > 0 && Is(amount, RuleLexicon.TimeUnits))
            {
                j = amount + 1;
            }
            else if ((IsText(k + 1, "half") || IsText(k + 1, "quarter")) && IsText(k + 2, "of") && IsYear(k + 3))
            {
                return k + 4;
            }
            else
            {
                return NoMatch;
            }

            return IsText(j, "of") && IsYear(j + 1) ? j + 2 : j;
        }

        /// <summary>"the 1990s", "1930s".</summary>
        private int Decade(int i)
        {
            var k = IsText(i, "the") ? i + 1 : i;
            if (!IsKind(k, TokenKind.Number))
            {
                return NoMatch;
            }

            var word = W(k);
            return word.Length == 5 && word[4] == 's' && IsAsciiDigits(word[..4]) && word[3] == '0' ? k + 1 : NoMatch;
        }

        /// <summary>"from 1977 to 1980", "between 2010 and 2015", "1998–2002".</summary>
        private int YearRange(int i)
        {
            if ((IsText(i, "from") && IsYear(i + 1) && (IsText(i + 2, "to") || IsText(i + 2, "until") || IsText(i + 2, "through") || IsDash(i + 2)) && IsYear(i + 3))
                || (IsText(i, "between") && IsYear(i + 1) && IsText(i + 2, "and") && IsYear(i + 3)))
            {
                return i + 4;
            }

            return IsYear(i) && IsDash(i + 1) && IsYear(i + 2) ? i + 3 : NoMatch;
        }

        private bool IsDash(int i) => IsText(i, "–") || IsText(i, "—") || IsText(i, "-");

        /// <summary>"every week", "each year", "annually", "twice a year", "three times a week".</summary>
        private int Set(int i)
        {
            if (Is(i, RuleLexicon.SetMarkers) && (Is(i + 1, RuleLexicon.TimeUnits) || Is(i + 1, RuleLexicon.Weekdays) || IsMonth(i + 1) || Is(i + 1, RuleLexicon.Seasons)))
            {
                return i + 2;
            }

            if (Is(i, RuleLexicon.SetAdverbs))
            {
                return i + 1;
            }

            var per = IsText(i, "once") || IsText(i, "twice") ? i + 1 : NumberPhrase(i) is var n and > 0 && IsText(n, "times") ? n + 1 : NoMatch;
            return per > 0 && (IsText(per, "a") || IsText(per, "per")) && Is(per + 1, RuleLexicon.TimeUnits) ? per + 2 : NoMatch;
        }

        /// <summary>"eight minutes", "about eight minutes", "11 months", "five-year".</summary>
        private int Duration(int i)
        {
            var k = Is(i, RuleLexicon.Approximations) ? i + 1 : i;
            var amount = NumberPhrase(k);
            if (amount > 0 && Is(amount, RuleLexicon.DurationUnits))
            {
                return amount + 1;
            }

            if (k == i && IsKind(i, TokenKind.Word) && W(i) is var word && word.IndexOf('-') is var hyphen and > 0 && word.LastIndexOf('-') == hyphen)
            {
                var head = word[..hyphen];
                var unit = word[(hyphen + 1)..];
                if ((IsAsciiDigits(head) || RuleLexicon.NumberWords.Contains(head)) && RuleLexicon.DurationUnits.Contains(unit))
                {
                    return i + 1;
                }
            }

            return NoMatch;
        }

        // ---- quantities ----

        private Match QuantityWithUnit(int i)
        {
            // Currency sign first: "$172.406 billion", "US$5 million", "€10", "$90.00 dollars".
            var k = i;
            if (Is(k, RuleLexicon.DollarPrefixes) && IsText(k + 1, "$") && Adjacent(k, k + 1) && IsCapitalized(k))
            {
                k++;
            }

            if (Is(k, RuleLexicon.CurrencySymbols) && Adjacent(k, k + 1) && NumberPhrase(k + 1) is var afterSign and > 0)
            {
                return Quantity(Is(afterSign, RuleLexicon.CurrencyWords) ? afterSign + 1 : afterSign, EntitySubcategory.Currency);
            }

            if (Is(i, RuleLexicon.CurrencyCodes) && IsUpperWord(i) && NumberPhrase(i + 1) is var afterCode and > 0)
            {
                return Quantity(afterCode, EntitySubcategory.Currency);
            }

            var m = NumberPhrase(i);
            if (m < 0)
            {
                return Match.None;
            }

            if (Is(m, RuleLexicon.PercentWords))
            {
                return Quantity(m + 1, EntitySubcategory.Percentage);
            }

            if ((IsText(m, "per") && IsText(m + 1, "cent")) || (IsText(m, "percentage") && IsText(m + 1, "points")))
            {
                return Quantity(m + 2, EntitySubcategory.Percentage);
            }

            if (Is(m, RuleLexicon.CurrencyWords) || (Is(m, RuleLexicon.CurrencyCodes) && IsUpperWord(m)))
            {
                return Quantity(m + 1, EntitySubcategory.Currency);
            }

            var t = Temperature(m);
            if (t > 0)
            {
                return Quantity(t, EntitySubcategory.Temperature);
            }

            var d = Is(m, RuleLexicon.DimensionModifiers) ? m + 1 : m;
            if (Is(d, RuleLexicon.DimensionUnits))
            {
                return Quantity(d + 1, EntitySubcategory.Dimension);
            }

            return Match.None;
        }

        private bool IsUpperWord(int i)
        {
            foreach (var c in W(i))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>After a number at <paramref name="m"/>: "2.8 C", "2.8°C", "30 degrees Celsius", "-5 °F", "40 degrees".</summary>
        private int Temperature(int m)
        {
            var k = m;
            var degrees = Is(k, RuleLexicon.Degrees);
            if (degrees)
            {
                k++;
            }

            if (Is(k, RuleLexicon.TemperatureUnits))
            {
                var word = W(k);
                if (word.Length == 1)
                {
                    // A lone C or F: upper-case and not the start of a name ("5 C Street" is rare, "2.8 C" is not).
                    return char.IsUpper(word[0]) && !IsCapitalized(k + 1) || (IsKind(k + 1, TokenKind.Punctuation)) ? k + 1 : (degrees ? k : NoMatch);
                }

                return k + 1;
            }

            return degrees ? k : NoMatch;
        }

        // ---- roles ----

        /// <summary>A role from the list, with up to two modifiers before it ("deputy prime minister").</summary>
        private int Role(int i)
        {
            var k = i;
            while (k - i < 2 && Is(k, RuleLexicon.RoleModifiers))
            {
                k++;
            }

            if (!In(k) || tokens[k].Kind != TokenKind.Word || !RuleLexicon.RolesByFirstWord.TryGetValue(W(k), out var phrases))
            {
                return NoMatch;
            }

            foreach (var phrase in phrases)
            {
                var matched = true;
                for (var w = 0; w < phrase.Length && matched; w++)
                {
                    matched = IsText(k + w, phrase[w]);
                }

                if (matched)
                {
                    return k + phrase.Length;
                }
            }

            return NoMatch;
        }
    }
}
