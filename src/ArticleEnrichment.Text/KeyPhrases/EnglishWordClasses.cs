namespace ArticleEnrichment.Text.KeyPhrases;

/// <summary>
/// A rough part of speech for a lower-case English word, enough to keep key-phrase candidates close to noun
/// phrases (adjective and noun words ending in a noun) without a tagger: a compact list of common verbs that
/// are rarely nouns, with their inflections, and suffix rules for adverbs, adjectives and participles.
/// </summary>
internal static class EnglishWordClasses
{
    /// <summary>What a word may do inside a noun phrase.</summary>
    public enum Role
    {
        /// <summary>Noun-like: may start, continue and end a phrase.</summary>
        Noun,

        /// <summary>Adjective or participle: may open or continue a phrase ("distributed systems",
        /// "increasing prices", "dangerous goods") but not end one.</summary>
        Modifier,

        /// <summary>A finite verb or an adverb: never part of a noun phrase.</summary>
        Break,
    }

    // Common verbs whose base form is rarely a noun: their base and "-s" forms are verbs in running text
    // ("strengthen", "provides"), their "-ing" and "-ed" forms participles. General vocabulary, chosen by hand.
    private static readonly string[] VerbBases =
    [
        "accept", "achieve", "acquire", "add", "admit", "adopt", "affect", "agree", "allow", "announce",
        "appear", "apply", "argue", "arrive", "assume", "avoid", "believe", "belong", "build", "buy", "carry",
        "choose", "combine", "compare", "complain", "conclude", "confirm", "consider", "consist", "contain",
        "continue", "contribute", "convince", "create", "decide", "declare", "define", "deliver",
        "demonstrate", "deny", "depend", "derive", "describe", "deserve", "determine", "develop", "disappear",
        "discover", "eliminate", "emerge", "enable", "encourage", "enhance", "ensure", "enter", "establish",
        "evaluate", "examine", "exist", "expand", "expect", "explain", "explore", "extend", "fail", "feel",
        "follow", "generate", "grow", "happen", "hear", "identify", "ignore", "illustrate", "implement",
        "imply", "improve", "indicate", "insist", "introduce", "investigate", "involve", "join", "kill",
        "learn", "live", "lose", "maintain", "manage", "meet", "mention", "obtain", "occur", "operate",
        "perform", "permit", "pick", "possess", "prefer", "prepare", "prevent", "produce", "promise", "prove",
        "provide", "publish", "pull", "pursue", "raise", "reach", "realize", "receive", "recognize",
        "recommend", "reduce", "refer", "reflect", "refuse", "reject", "relate", "rely", "remain", "remember",
        "remove", "replace", "represent", "require", "reveal", "satisfy", "select", "sell", "send", "serve",
        "should", "solve", "speak", "spend", "stay", "strengthen", "succeed", "suggest", "suppose", "survive",
        "tend", "thank", "throw", "treat", "try", "understand", "utilize", "wait", "warn", "weaken", "worry",
        "write", "bring", "seem", "seek", "become", "begin", "leave",
    ];

    // Verbs that are common nouns too ("an increase", "market share"): only their "-ing" and "-ed" forms are
    // participles; the base and "-s" forms stay noun-like.
    private static readonly string[] VerbsAlsoNouns =
    [
        "increase", "decrease", "change", "support", "cause", "claim", "fall", "gain", "hope", "focus", "address",
        "share", "pay", "love", "aim", "lack", "offer", "outline", "plan", "force", "concern", "decline", "hold",
        "improve", "reach", "return", "attack", "vote", "launch", "release", "visit", "need", "want", "help",
    ];

    // "-ing" forms of the verbs above that are mostly nouns ("machine learning", "a meeting"), so they may end a
    // phrase.
    private static readonly string[] GerundNouns =
    [
        "learning", "building", "meeting", "spending", "writing", "publishing", "living", "killing", "offering",
        "understanding", "planning", "funding", "opening", "holding", "reading", "shooting", "following",
        "being", "feeling", "warning", "voting", "findings", "training", "processing", "computing", "setting",
    ];

    // Simple pasts that are no participle ("took", not "taken"): always verbs.
    private static readonly string[] IrregularPasts =
    [
        "began", "bought", "brought", "chose", "did", "drew", "drove", "ate", "fell", "felt", "flew", "forgot",
        "gave", "grew", "held", "kept", "knew", "led", "left", "lost", "meant", "met", "paid", "ran", "rose",
        "sang", "sat", "sent", "sold", "spoke", "spent", "stood", "struck", "swore", "taught", "threw",
        "took", "understood", "went", "won", "wrote", "became", "brought", "caught", "sought", "thought",
        "built", "heard", "lay", "dealt", "fought", "hung", "wore",
    ];

    // Adverbs without "-ly" that sit between content words ("the market soon recovered").
    private static readonly string[] PlainAdverbs =
    [
        "again", "ahead", "almost", "alone", "already", "also", "always", "anyway", "apart", "away", "else",
        "forward", "hardly", "instead", "later", "maybe", "nearly", "never", "not", "often", "perhaps",
        "rather", "seldom", "soon", "still", "then", "thus", "together", "too", "very", "yet", "hence",
        "therefore", "furthermore", "moreover", "nonetheless", "meanwhile", "otherwise", "somewhat",
    ];

    // Nouns ending in "-ly", which the adverb rule must not drop.
    private static readonly string[] LyNouns =
    [
        "family", "supply", "assembly", "anomaly", "monopoly", "reply", "rally", "ally", "italy", "july",
        "poly", "jelly", "belly", "bully", "lily", "fly", "butterfly", "firefly", "oligopoly", "homily",
        "melancholy", "holy", "ugly", "jolly", "folly", "tally", "gully", "sully", "dolly", "trolley",
        "duopoly", "quarterly", "weekly", "daily", "monthly", "panoply", "doily",
    ];

    // Nouns ending in "-able"/"-ible" or "-ful" (adjective suffixes otherwise).
    private static readonly string[] SuffixNouns =
    [
        "table", "cable", "variable", "vegetable", "timetable", "constable", "fable", "stable", "bible",
        "syllable", "receivable", "payable", "deliverable", "handful", "spoonful", "mouthful",
    ];

    private static readonly Dictionary<string, Role> Known = Build();

    private static readonly HashSet<string> LyNounSet = new(LyNouns, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="lowerWord"/> is a noun ending in "-ly" ("family", "supply").</summary>
    public static bool IsLyNoun(string lowerWord) => LyNounSet.Contains(lowerWord);

    /// <summary>
    /// The role of <paramref name="lowerWord"/> (lower case), from the lists first and suffixes next; with
    /// <paramref name="listsOnly"/>, a word on no list is a noun (no suffix rules).
    /// </summary>
    public static Role Of(string lowerWord, bool listsOnly = false)
    {
        if (Known.TryGetValue(lowerWord, out var role))
        {
            return role;
        }

        if (listsOnly)
        {
            return Role.Noun;
        }

        var n = lowerWord.Length;
        // Suffix rules apply to words long enough to carry a suffix ("bed", "fly" and "ugly" do not).
        if (n > 4 && lowerWord.EndsWith("ly", StringComparison.Ordinal))
        {
            return Role.Break;
        }

        if (n > 4 && lowerWord.EndsWith("ed", StringComparison.Ordinal) && !lowerWord.EndsWith("eed", StringComparison.Ordinal))
        {
            return Role.Modifier;
        }

        if (n > 5 && (lowerWord.EndsWith("ous", StringComparison.Ordinal) || lowerWord.EndsWith("ful", StringComparison.Ordinal)
                      || lowerWord.EndsWith("able", StringComparison.Ordinal) || lowerWord.EndsWith("ible", StringComparison.Ordinal)
                      || lowerWord.EndsWith("ical", StringComparison.Ordinal) || lowerWord.EndsWith("less", StringComparison.Ordinal)))
        {
            return Role.Modifier;
        }

        return Role.Noun;
    }

    private static Dictionary<string, Role> Build()
    {
        var known = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var verb in VerbBases)
        {
            known[verb] = Role.Break;
            known[ThirdPerson(verb)] = Role.Break;
            known[Participle(verb, "ed")] = Role.Modifier;
            known[Participle(verb, "ing")] = Role.Modifier;
        }

        foreach (var verb in VerbsAlsoNouns)
        {
            known[Participle(verb, "ed")] = Role.Modifier;
            known[Participle(verb, "ing")] = Role.Modifier;
        }

        foreach (var gerund in GerundNouns)
        {
            known[gerund] = Role.Noun;
        }

        foreach (var past in IrregularPasts)
        {
            known[past] = Role.Break;
        }

        foreach (var adverb in PlainAdverbs)
        {
            known[adverb] = Role.Break;
        }

        foreach (var noun in LyNouns.Concat(SuffixNouns))
        {
            known[noun] = Role.Noun;
        }

        return known;
    }

    private static string ThirdPerson(string verb)
    {
        if (verb.EndsWith('y') && !IsVowel(verb[^2]))
        {
            return verb[..^1] + "ies";
        }

        return verb.EndsWith("ss", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal)
               || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('o')
            ? verb + "es"
            : verb + "s";
    }

    // Regular "-ed"/"-ing" forms: "provide" gives "provided"/"providing", "apply" gives "applied", "plan" gives
    // "planned" (a short final consonant after one vowel doubles). Irregular participles ("taken") are left
    // to the suffix rules or the stop words.
    private static string Participle(string verb, string suffix)
    {
        if (suffix == "ed" && verb.EndsWith('y') && !IsVowel(verb[^2]))
        {
            return verb[..^1] + "ied";
        }

        if (verb.EndsWith('e') && verb != "be" && !verb.EndsWith("ee", StringComparison.Ordinal))
        {
            return suffix == "ed" ? verb + "d" : verb[..^1] + "ing";
        }

        if (verb.Length <= 4 && verb.Length >= 3 && !IsVowel(verb[^1]) && verb[^1] is not ('w' or 'x' or 'y')
            && IsVowel(verb[^2]) && !IsVowel(verb[^3]))
        {
            return verb + verb[^1] + suffix;
        }

        return verb + suffix;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
