using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Rules;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Ner;

/// <summary>A recognized mention over document token positions [Start, End) with its type index and confidence.</summary>
internal record struct Mention(int Start, int End, int Type, double Confidence);

/// <summary>
/// Person, Location and Organization from the statistical tagger, with titles kept out of names and
/// document-level consistency. MISC is tagged internally (it keeps products and events out of the other
/// types) but never returned.
/// </summary>
/// <remarks>
/// <para><b>Confidence</b>: each token gets the probability of its entity type from the max-marginals of the
/// sentence's labelling (see <c>NerModel.Tag</c>); an entity's confidence is the mean over its tokens. A mention
/// added by document consistency takes 0.9 times the confidence of the mention it agrees with (the link itself
/// may be wrong).</para>
/// <para><b>Titles</b>: a Person span that starts with a title or honorific ("President", "Mr", "Dr.") loses it
/// ("President Vladimir Putin" → "Vladimir Putin"); a span made only of titles ("Mr Chairman") is no Person.</para>
/// <para><b>Consistency</b>: a mention tagged with confidence of at least <see cref="ConsistencyMinConfidence"/>
/// fixes the type of the same words elsewhere in the document, and a multi-word Person also claims its last
/// word ("Vladimir Putin" → later "Putin"): untagged capitalized occurrences are added, and weaker mentions of
/// another type are retyped. A two-word Person's first word ("Xi Jinping" → later "Xi") is only added where
/// untagged, and never when it is a listed place or a common word.</para>
/// <para><b>Abbreviations</b>: a short form defined in brackets names what its long form names ("North Atlantic
/// Treaty Organization (NATO)"), or nothing when the long form is in lower case ("liquefied natural gas (LNG)").</para>
/// </remarks>
public sealed class NamedEntityRecognizer
{
    /// <summary>Lowest confidence of a mention that may decide other mentions' types (below it, a guess should not spread).</summary>
    public const double ConsistencyMinConfidence = 0.6;

    /// <summary>Longest name, in words, taken after a role ("Kim Jong Un"); a longer capitalized run is more likely a title or an organisation.</summary>
    private const int MaxNameWordsAfterRole = 3;

    /// <summary>
    /// Confidence of a person added after a role, set by hand: the rule fired only 3 times on the development set
    /// and the held-out training slices together (1 right), too few to fit a value. It stays below
    /// <see cref="ConsistencyMinConfidence"/>, so such a name does not spread to other mentions.
    /// </summary>
    private const double NameAfterRoleConfidence = 0.5;

    /// <summary>Confidence factor of a mention added or retyped by consistency.</summary>
    private const double PropagatedConfidenceFactor = 0.9;

    /// <summary>Titles and honorifics that precede names but are not part of them (lower case, without a final period).</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "vice",
        "prime", "minister", "chancellor", "premier", "chairman", "chairwoman", "chair", "secretary", "general",
        "gen", "ambassador", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "judge",
        "justice", "king", "queen", "prince", "princess", "pope", "emperor", "sheikh", "colonel", "col", "captain",
        "capt", "lt", "sgt", "commander", "admiral", "director", "ceo", "chief", "spokesman", "spokeswoman",
        "deputy", "foreign", "defence", "defense", "state", "former", "late", "st", "saint", "rev", "reverend",
        "father", "archbishop", "bishop", "cardinal", "coach", "officer", "minister-president",
    };

    private static readonly string[] Categories = ["Person", "Organization", "Location"];

    /// <summary>Adjectives of direction that the tagger may take for places when capitalized.</summary>
    private static readonly HashSet<string> CompassAdjectives = new(StringComparer.OrdinalIgnoreCase) { "western", "eastern", "northern", "southern" };

    /// <summary>Single-word names in the city and region lists that are ordinary words of direction or landform.</summary>
    private static readonly HashSet<string> GenericPlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "central", "centre", "center", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "islands", "lakes", "coast", "capital", "mountains", "valley", "plains", "highlands", "lowlands",
    };

    /// <summary>Prefixes that stand for a nationality in compounds ("Sino-Russian", "Anglo-French").</summary>
    private static readonly HashSet<string> CombiningForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "sino", "anglo", "franco", "russo", "indo", "afro", "euro", "greco", "italo", "austro", "hispano", "judeo", "turco", "serbo",
    };

    /// <summary>
    /// Lower-case words that belong inside a person's name: particles ("Ursula von der Leyen", "Lula da Silva",
    /// "Osama bin Laden") and the "of" and "the" of names by place or epithet ("Catherine of Aragon", "Alexander the
    /// Great"). Any other common lower-case word between two capitalized words of a Person splits it (see
    /// <see cref="AddSplitAtJoiningWords"/>).
    /// </summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "of", "the", "de", "del", "della", "der", "den", "van", "von", "zu", "ter", "ten", "da", "das", "do", "dos", "di",
        "du", "la", "le", "y", "e", "al", "el", "bin", "ibn", "ben", "bint", "abu", "st",
    };

    /// <summary>Type index of MISC, tagged internally and never returned.</summary>
    private static readonly int MiscType = NerLabels.TypeIndex("MISC");

    private static readonly int LocationType = NerLabels.TypeIndex("LOC");

    private readonly NerModel model;

    /// <summary>
    /// Longest sentence (in tokens) whose buffers a thread keeps for the next document. The scores take 0.7 KB a
    /// token, so a scratch grown for a run-on "sentence" of a 1 MiB text without punctuation would hold over a
    /// hundred megabytes per thread; such buffers are let go after their document. News sentences run to 20-60
    /// tokens, so 1,000 (0.7 MB) is never reached in practice.
    /// </summary>
    internal const int RetainedScratchTokens = 1000;

    // One scratch per thread, kept across documents: its buffers and token-score cache (TokenScoreCache) are
    // reused instead of rebuilt per article; a recognizer may serve several threads at once (backfill).
    private readonly ThreadLocal<TaggingScratch> scratches = new(() => new TaggingScratch(cacheTokenScores: true));

    internal NamedEntityRecognizer(NerModel model) => this.model = model;

    internal NerModel Model => model;

    /// <summary>The calling thread's tagging scratch (for tests).</summary>
    internal TaggingScratch CurrentScratch => scratches.Value!;

    /// <summary>The recognizer for the model's NER section, or null when the model has none.</summary>
    /// <exception cref="InvalidDataException">The section was built for another feature set or label set.</exception>
    public static NamedEntityRecognizer? FromModel(ModelBundle model)
        => model.TryGetSection(NerModel.SectionName, out var section) ? new NamedEntityRecognizer(NerModel.Load(section)) : null;

    /// <summary>Person, Organization and Location entities of a tokenized text, in text order.</summary>
    public IReadOnlyList<Entity> Recognize(TokenizedText text)
    {
        var tokens = text.Tokens;
        var starts = new int[tokens.Length];
        var lengths = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            starts[i] = tokens[i].Start;
            lengths[i] = tokens[i].Length;
        }

        // The splitter already ends a sentence at every line break, so no name runs into the next line.
        var sentences = Array.ConvertAll(text.Sentences, s => (s.FirstToken, s.TokenCount));

        var mentions = TagDocument(text.Text, starts, lengths, sentences);
        var entities = new List<Entity>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.Type == MiscType)
            {
                continue;
            }

            var offset = starts[mention.Start];
            var length = starts[mention.End - 1] + lengths[mention.End - 1] - offset;
            var surface = text.Text.Substring(offset, length);
            var category = Categories[mention.Type];
            string? subcategory = null;
            if (category == "Location")
            {
                subcategory = IsGeopoliticalEntity(surface)
                    ? EntitySubcategory.Gpe
                    : LocationSubcategories.Of(
                        text.Text.AsSpan(starts[mention.Start], lengths[mention.Start]),
                        text.Text.AsSpan(starts[mention.End - 1], lengths[mention.End - 1]),
                        mention.End - mention.Start,
                        mention.End < starts.Length ? text.Text.AsSpan(starts[mention.End], lengths[mention.End]) : default);
            }

            entities.Add(new Entity(surface, category, subcategory, offset, length, Math.Round(mention.Confidence, 2)));
        }

        return entities;
    }

    /// <summary>
    /// Tags a document given as tokens (offsets into <paramref name="text"/>) grouped into sentences, then applies
    /// title trimming and document consistency. Mentions come back in token order.
    /// </summary>
    internal List<Mention> TagDocument(string text, int[] starts, int[] lengths, IReadOnlyList<(int First, int Count)> sentences)
    {
        var scratch = scratches.Value!;
        var labels = new int[starts.Length];
        var confidences = new float[starts.Length];
        var spans = new List<TokenSpan>();
        var mentions = new List<Mention>();
        foreach (var (first, count) in sentences)
        {
            if (count == 0)
            {
                continue;
            }

            model.Tag(text, starts.AsSpan(first, count), lengths.AsSpan(first, count), scratch, labels.AsSpan(first, count), confidences.AsSpan(first, count));
            spans.Clear();
            NerLabels.Decode(labels.AsSpan(first, count), spans);
            foreach (var span in spans)
            {
                double sum = 0;
                for (var i = span.Start; i < span.End; i++)
                {
                    sum += confidences[first + i];
                }

                var mention = new Mention(first + span.Start, first + span.End, span.Type, sum / (span.End - span.Start));
                if (TrimTitles(text, starts, lengths, mention) is { } trimmed)
                {
                    AddSplitAtJoiningWords(text, starts, lengths, trimmed, mentions);
                }
            }
        }

        scratch.ReleaseBuffersOver(RetainedScratchTokens);

        AddNamesAfterRoles(text, starts, lengths, sentences, mentions);
        var commonNouns = ApplyAbbreviations(text, starts, lengths, sentences, mentions);
        var result = ApplyConsistency(text, starts, lengths, sentences, mentions, MayStandForPerson);
        if (commonNouns is not null)
        {
            result.RemoveAll(m => m.End - m.Start == 1 && commonNouns.Contains(text.Substring(starts[m.Start], lengths[m.Start])));
        }

        return result;
    }

    /// <summary>
    /// Adds the mention, split where a Person runs over a common lower-case word between two capitalized words: the
    /// tagger, reading "Putin met Xi in Beijing", can carry one name into the next over a short verb or "and". In
    /// the 6,857 gold Person spans of the training files, a lower-case word other than a
    /// <see cref="NameParticles">particle</see> stands between two capitalized words 5 times ("Nuri al- Maliki",
    /// "Grace gal Mahary"; "Duke and Duchess of Cambridge", twice, would become two). Each part keeps the mention's
    /// confidence and is retyped by its own words.
    /// </summary>
    internal void AddSplitAtJoiningWords(string text, int[] starts, int[] lengths, Mention mention, List<Mention> mentions)
    {
        var start = mention.Start;
        if (mention.Type == 0)
        {
            bool Capitalized(int i) => lengths[i] > 1 && char.IsUpper(text[starts[i]]); // not the pronoun "I"
            for (var i = mention.Start + 1; i < mention.End - 1; i++)
            {
                var word = text.AsSpan(starts[i], lengths[i]);
                if (char.IsLower(word[0]) && Capitalized(i - 1) && Capitalized(i + 1)
                    && model.Features.LowercaseWords.Contains(NerTrainer.LowerKey(word))
                    && !NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    mentions.Add(RetypeByItsWords(text, starts, lengths, mention with { Start = start, End = i }));
                    start = i + 1;
                }
            }
        }

        mentions.Add(RetypeByItsWords(text, starts, lengths, mention with { Start = start }));
    }

    /// <summary>
    /// The type a mention's own words decide, whatever the tagger said: a nationality or direction word alone is MISC
    /// (<see cref="IsNationalityOrDirection"/>), a name ending in a structure word a Location
    /// (<see cref="LocationSubcategories.IsNamedStructure"/>).
    /// </summary>
    private Mention RetypeByItsWords(string text, int[] starts, int[] lengths, Mention mention)
    {
        if (IsNationalityOrDirection(text, starts, lengths, mention))
        {
            return mention with { Type = MiscType };
        }

        var lastWord = text.AsSpan(starts[mention.End - 1], lengths[mention.End - 1]);
        return mention.Type != LocationType && LocationSubcategories.IsNamedStructure(lastWord, mention.End - mention.Start)
            ? mention with { Type = LocationType }
            : mention;
    }

    /// <summary>
    /// A short form defined in the text (<see cref="AbbreviationDefinitions"/>) names what its long form names: after
    /// a name the tagger found ("North Atlantic Treaty Organization (NATO)") it takes that mention's type, with
    /// <see cref="PropagatedConfidenceFactor"/> times its confidence, so consistency carries the type to every later
    /// "NATO"; after words in lower case ("liquefied natural gas (LNG)") it names a thing, not a person, organisation
    /// or place. Returns those common-noun short forms (null when none), whose mentions the caller drops everywhere
    /// in the document once consistency has run.
    /// </summary>
    private static HashSet<string>? ApplyAbbreviations(string text, int[] starts, int[] lengths, IReadOnlyList<(int First, int Count)> sentences, List<Mention> mentions)
    {
        List<AbbreviationDefinition>? definitions = null;
        foreach (var (first, count) in sentences)
        {
            // Cheap test first: most sentences have no bracket at all.
            if (count > 0 && TextOf(text, starts, lengths, first, first + count).Contains('('))
            {
                AbbreviationDefinitions.Find(text, starts, lengths, first, count, definitions ??= []);
            }
        }

        if (definitions is not { Count: > 0 })
        {
            return null;
        }

        HashSet<string>? commonNouns = null;
        foreach (var (shortForm, longStart, longEnd) in definitions)
        {
            if (!AbbreviationDefinitions.HasCapital(TextOf(text, starts, lengths, longStart, longEnd)))
            {
                (commonNouns ??= new(StringComparer.Ordinal)).Add(text.Substring(starts[shortForm], lengths[shortForm]));
                continue;
            }

            // The mention that ends where the long form ends names what the short form names. If it holds only the
            // end of a long form written as a name ("Organization of the [Petroleum Exporting Countries] (OPEC)"),
            // the whole long form is the name; if the long form's first words are not written as a name, no claim.
            var named = mentions.FindIndex(m => m.End == longEnd);
            if (named < 0)
            {
                continue;
            }

            var name = mentions[named];
            if (name.Start > longStart)
            {
                if (!AbbreviationDefinitions.IsWrittenAsName(text, starts, lengths, longStart, name.Start))
                {
                    continue;
                }

                mentions.RemoveAll(m => m.Start < name.Start && m.End > longStart);
                name = name with { Start = longStart };
                mentions[mentions.FindIndex(m => m.End == longEnd)] = name;
            }

            mentions.RemoveAll(m => m.Start <= shortForm && m.End > shortForm);
            mentions.Add(new Mention(shortForm, shortForm + 1, name.Type, name.Confidence * PropagatedConfidenceFactor));
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return commonNouns;
    }

    /// <summary>
    /// A listed country, capital, city or region. The city and region lists also hold plain words ("Central" is a
    /// town in Brazil and a district of Botswana, "North" and "Islands" are regions); those alone are no GPE, and
    /// neither is a region whose name is a common word.
    /// </summary>
    private bool IsGeopoliticalEntity(string surface)
    {
        if (GenericPlaceWords.Contains(surface))
        {
            return false;
        }

        var kinds = model.Features.Gazetteer.Lookup(surface);
        return (kinds & (GazetteerKind.Country | GazetteerKind.Capital | GazetteerKind.City)) != 0
            || ((kinds & GazetteerKind.Region) != 0 && !model.Features.LowercaseWords.Contains(NerTrainer.LowerKey(surface)));
    }

    /// <summary>A word that is neither a listed place, nationality or organisation nor a common lower-case word.</summary>
    private bool MayStandForPerson(string word)
        => model.Features.Gazetteer.Lookup(word) == GazetteerKind.None && !model.Features.LowercaseWords.Contains(NerTrainer.LowerKey(word));

    /// <summary>
    /// A name the tagger left untagged (or called MISC) right after a role or title ("his Chinese counterpart Xi
    /// Jinping", "the spokesman Dmitry Peskov") is a person: one to three capitalized words, each with a lower-case
    /// letter (not an acronym), none a listed place, nationality or organisation, a month or weekday, or a common
    /// word, and no capitalized word after them. Such a mention gets <see cref="NameAfterRoleConfidence"/>, since
    /// the tagger itself did not choose it.
    /// </summary>
    internal void AddNamesAfterRoles(string text, int[] starts, int[] lengths, IReadOnlyList<(int First, int Count)> sentences, List<Mention> mentions)
    {
        // MISC mentions do not count: a name after a role is a person's even where the tagger called it MISC.
        var covered = Covered(starts.Length, mentions.Where(m => m.Type != MiscType));

        bool IsNameWord(int i)
        {
            var word = text.AsSpan(starts[i], lengths[i]);
            if (covered[i] || word.Length < 2 || !char.IsUpper(word[0]) || !word.ContainsAnyInRange('a', 'z')
                || RuleLexicon.Months.Contains(word) || RuleLexicon.Weekdays.Contains(word) || IsTitle(word))
            {
                return false;
            }

            // MayStandForPerson already found the word itself unlisted; of the nationality test only the plural is left.
            var surface = word.ToString();
            return MayStandForPerson(surface) && !IsNationalityPlural(surface);
        }

        // A role word, or a title written as one ("President", "Mr"); "general" and "chief" only lead a name in
        // capitals: in lower case they are mostly adjectives ("in general Americans", "the chief Brexit negotiator").
        static bool IsRole(ReadOnlySpan<char> word)
            => (RuleLexicon.RoleLastWords.Contains(word) && !word.Equals("general", StringComparison.Ordinal) && !word.Equals("chief", StringComparison.Ordinal))
               || (word.Length > 0 && char.IsUpper(word[0]) && IsTitle(word));

        var added = false;
        foreach (var (first, count) in sentences)
        {
            var end = first + count;
            for (var role = first; role < end - 1; role++)
            {
                var roleWord = text.AsSpan(starts[role], lengths[role]);
                if (!IsRole(roleWord))
                {
                    continue;
                }

                var nameEnd = role + 1;
                while (nameEnd < end && nameEnd - role <= MaxNameWordsAfterRole && IsNameWord(nameEnd))
                {
                    nameEnd++;
                }

                var nameLength = nameEnd - role - 1;
                var next = nameEnd < end ? text.AsSpan(starts[nameEnd], lengths[nameEnd]) : default;
                if (nameLength == 0 || nameLength > MaxNameWordsAfterRole || (next.Length > 0 && char.IsUpper(next[0])))
                {
                    continue;
                }

                RemoveMiscOverlapping(mentions, role + 1, nameEnd);
                mentions.Add(new Mention(role + 1, nameEnd, 0, NameAfterRoleConfidence));
                covered.AsSpan(role + 1, nameLength).Fill(true);
                added = true;
                role = nameEnd - 1;
            }
        }

        if (added)
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// Removes the MISC mentions that overlap tokens [<paramref name="start"/>, <paramref name="end"/>). A method of its
    /// own so the lambda's captures are allocated only when a name is added, not for every token AddNamesAfterRoles reads.
    /// </summary>
    private static void RemoveMiscOverlapping(List<Mention> mentions, int start, int end)
        => mentions.RemoveAll(m => m.Type == MiscType && m.Start < end && m.End > start);

    /// <summary>
    /// A nationality word alone ("Russian", "Israelis", "Russian-Chinese", "Sino-Russian") or a compass adjective ("Western") names
    /// no person, organisation or place. Azure AI Language does not return it as a Location, and the corpora
    /// disagree (LOC in DocRED, MISC in CoNLL, nothing in UNER), so the tagger learned a mixture. Such a mention
    /// becomes MISC, which is never returned.
    /// </summary>
    private bool IsNationalityOrDirection(string text, int[] starts, int[] lengths, Mention mention)
    {
        if (mention.Type == MiscType || mention.End - mention.Start != 1)
        {
            return false;
        }

        var word = text.AsSpan(starts[mention.Start], lengths[mention.Start]);
        if (CompassAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        foreach (var range in word.Split('-'))
        {
            if (!CombiningForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[range]) && !IsNationalityWord(word[range].ToString()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A nationality word of the gazetteer that names no place, or its plural ("Russian", "Israelis").</summary>
    private bool IsNationalityWord(string word)
    {
        var kinds = model.Features.Gazetteer.Lookup(word);
        return kinds == GazetteerKind.None ? IsNationalityPlural(word) : IsNationality(kinds);
    }

    /// <summary>The plural of a nationality word ("Israelis"): the gazetteer lists the singular.</summary>
    private bool IsNationalityPlural(string word)
        => word.Length > 3 && word.EndsWith('s') && IsNationality(model.Features.Gazetteer.Lookup(word[..^1]));

    private static bool IsNationality(GazetteerKind kinds)
    {
        const GazetteerKind Places = GazetteerKind.Country | GazetteerKind.Capital | GazetteerKind.City | GazetteerKind.Region;
        return (kinds & GazetteerKind.Demonym) != 0 && (kinds & Places) == 0;
    }

    private static bool IsTitle(ReadOnlySpan<char> token)
    {
        token = token.TrimEnd('.');
        return token.Length > 0 && Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
    }

    /// <summary>Drops a leading lower-case "the" from any mention (not part of a name, as in CoNLL and Azure) and titles from a Person.</summary>
    private static Mention? TrimTitles(string text, int[] starts, int[] lengths, Mention mention)
    {
        if (mention.End - mention.Start > 1 && text.AsSpan(starts[mention.Start], lengths[mention.Start]).SequenceEqual("the"))
        {
            mention = mention with { Start = mention.Start + 1 };
        }

        if (mention.Type != 0)
        {
            return mention;
        }

        var start = mention.Start;
        while (start < mention.End && IsTitle(text.AsSpan(starts[start], lengths[start])))
        {
            start++;
        }

        return start == mention.End ? null : mention with { Start = start };
    }

    /// <summary>
    /// Document consistency (see the class remarks). <paramref name="mayClaimFirstWord"/> says whether a two-word
    /// Person's first word may stand for the person elsewhere (null: every word); the recognizer refuses listed
    /// places and common words, so "Israel Katz" does not make "Israel" a person and "Will Smith" does not claim "Will".
    /// </summary>
    internal static List<Mention> ApplyConsistency(
        string text, int[] starts, int[] lengths, IReadOnlyList<(int First, int Count)> sentences, List<Mention> mentions, Func<string, bool>? mayClaimFirstWord = null)
    {
        // Surface form (tokens joined by one space) -> type and confidence of its most confident mention; the
        // earliest wins a tie so the result does not depend on anything but the text. A first-word claim only adds
        // untagged occurrences (AddOnly): it is a guess about a name, not a fact strong enough to retype a mention.
        var known = new Dictionary<string, (int Type, double Confidence, bool AddOnly)>(StringComparer.Ordinal);
        var maxTokens = 0;
        void Learn(string key, int type, double confidence, int tokenCount, bool addOnly = false)
        {
            var replaces = !known.TryGetValue(key, out var existing)
                || (existing.AddOnly && !addOnly)
                || (existing.AddOnly == addOnly && confidence > existing.Confidence);
            if (replaces)
            {
                known[key] = (type, confidence, addOnly);
                maxTokens = Math.Max(maxTokens, tokenCount);
            }
        }

        // Surfaces are built in a buffer and looked up as spans: most are no known name, and need no string.
        var phrase = new SpaceJoinedWords();
        foreach (var mention in mentions)
        {
            if (mention.Confidence < ConsistencyMinConfidence)
            {
                continue;
            }

            Learn(Surface(text, starts, lengths, mention.Start, mention.End, phrase).ToString(), mention.Type, mention.Confidence, mention.End - mention.Start);
            var lastToken = text.AsSpan(starts[mention.End - 1], lengths[mention.End - 1]);
            if (mention.Type == 0 && mention.End - mention.Start >= 2 && lastToken.Length > 1 && char.IsUpper(lastToken[0]))
            {
                Learn(lastToken.ToString(), 0, mention.Confidence, 1);
            }

            // A two-word Person also claims its first word: Chinese, Korean and Vietnamese names put the family
            // name first ("Xi Jinping" ... "Xi said"), and elsewhere a lone first name is the same person.
            var firstToken = text.AsSpan(starts[mention.Start], lengths[mention.Start]);
            if (mention.Type == 0 && mention.End - mention.Start == 2 && firstToken.Length > 1 && char.IsUpper(firstToken[0])
                && (mayClaimFirstWord is null || mayClaimFirstWord(firstToken.ToString())))
            {
                Learn(firstToken.ToString(), 0, mention.Confidence, 1, addOnly: true);
            }
        }

        if (known.Count == 0)
        {
            return mentions;
        }

        var bySurface = known.GetAlternateLookup<ReadOnlySpan<char>>();

        // Retype weaker mentions whose words are known with another type.
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (bySurface.TryGetValue(Surface(text, starts, lengths, mention.Start, mention.End, phrase), out var fact)
                && !fact.AddOnly && fact.Type != mention.Type && fact.Confidence > mention.Confidence)
            {
                mentions[m] = mention with { Type = fact.Type, Confidence = fact.Confidence * PropagatedConfidenceFactor };
            }
        }

        // Add untagged occurrences (longest first, within a sentence, starting with a capital letter).
        var covered = Covered(starts.Length, mentions);

        var added = new List<Mention>();
        foreach (var (first, count) in sentences)
        {
            var end = first + count;
            var i = first;
            while (i < end)
            {
                var token = text.AsSpan(starts[i], lengths[i]);
                var matched = 0;
                if (!covered[i] && token.Length > 0 && char.IsUpper(token[0]))
                {
                    for (var length = Math.Min(maxTokens, end - i); length >= 1 && matched == 0; length--)
                    {
                        if (covered.AsSpan(i, length).Contains(true))
                        {
                            continue;
                        }

                        if (bySurface.TryGetValue(Surface(text, starts, lengths, i, i + length, phrase), out var fact))
                        {
                            added.Add(new Mention(i, i + length, fact.Type, fact.Confidence * PropagatedConfidenceFactor));
                            matched = length;
                        }
                    }
                }

                i += Math.Max(matched, 1);
            }
        }

        if (added.Count > 0)
        {
            mentions.AddRange(added);
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return mentions;
    }

    /// <summary>Which of <paramref name="tokenCount"/> tokens lie inside one of <paramref name="mentions"/>.</summary>
    private static bool[] Covered(int tokenCount, IEnumerable<Mention> mentions)
    {
        var covered = new bool[tokenCount];
        foreach (var mention in mentions)
        {
            covered.AsSpan(mention.Start, mention.End - mention.Start).Fill(true);
        }

        return covered;
    }

    /// <summary>The text from token <paramref name="start"/> to the end of token <paramref name="end"/> − 1, as written.</summary>
    private static ReadOnlySpan<char> TextOf(string text, int[] starts, int[] lengths, int start, int end)
        => text.AsSpan(starts[start], starts[end - 1] + lengths[end - 1] - starts[start]);

    /// <summary>
    /// The tokens from <paramref name="start"/> to <paramref name="end"/> − 1 joined by one space, as a span: the text
    /// itself for one token, else written into <paramref name="phrase"/>.
    /// </summary>
    private static ReadOnlySpan<char> Surface(string text, int[] starts, int[] lengths, int start, int end, SpaceJoinedWords phrase)
    {
        if (end - start == 1)
        {
            return text.AsSpan(starts[start], lengths[start]);
        }

        phrase.Clear();
        for (var i = start; i < end; i++)
        {
            phrase.Append(text.AsSpan(starts[i], lengths[i]));
        }

        return phrase.Text;
    }
}
