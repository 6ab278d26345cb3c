namespace ArticleEnrichment.Text.KeyPhrases;

/// <summary>
/// Words that never start or end a key phrase: function words, and the reporting and light verbs that fill
/// news ("said", "told", "make") and that no reader would take for a topic. Without a part-of-speech tagger
/// this list is what keeps candidates close to noun phrases.
/// </summary>
internal static class EnglishStopWords
{
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "across", "after", "afterwards", "again", "against", "ago", "all", "almost",
        "alone", "along", "already", "also", "although", "always", "am", "among", "amongst", "an", "and",
        "another", "any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are", "around", "as", "at",
        "back", "be", "became", "because", "become", "becomes", "becoming", "been", "before", "beforehand",
        "behind", "being", "below", "beside", "besides", "between", "beyond", "both", "but", "by", "can",
        "cannot", "could", "did", "do", "does", "doing", "done", "down", "due", "during", "each", "either",
        "else", "elsewhere", "enough", "etc", "even", "ever", "every", "everyone", "everything", "everywhere",
        "except", "few", "for", "former", "formerly", "from", "further", "had", "has", "have", "having", "he",
        "hence", "her", "here", "hereafter", "hereby", "herein", "hers", "herself", "him", "himself", "his",
        "how", "however", "i", "ie", "if", "in", "indeed", "into", "is", "it", "its", "itself", "just", "last",
        "latter", "least", "less", "let", "lets", "like", "likely", "many", "may", "me", "meanwhile", "might",
        "mine", "more", "moreover", "most", "mostly", "much", "must", "my", "myself", "namely", "neither",
        "never", "nevertheless", "next", "no", "nobody", "none", "nor", "not", "nothing", "now", "nowhere",
        "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our",
        "ours", "ourselves", "out", "over", "own", "per", "perhaps", "please", "quite", "rather", "really",
        "same", "several", "she", "should", "since", "so", "some", "somehow", "someone", "something",
        "sometime", "sometimes", "somewhere", "still", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "thence", "there", "thereafter", "thereby", "therefore", "therein",
        "these", "they", "this", "those", "though", "through", "throughout", "thru", "thus", "to", "together",
        "too", "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very", "via", "was", "we",
        "well", "were", "what", "whatever", "when", "whence", "whenever", "where", "whereas", "whereby",
        "wherein", "whether", "which", "while", "whither", "who", "whoever", "whole", "whom", "whose", "why",
        "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
        "yes", "oh", "ok", "okay", "mr", "mrs", "ms", "dr", "st", "s", "t", "d", "ll", "m", "re", "ve",
        "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't",
        "couldn't", "shouldn't", "hasn't", "haven't", "hadn't", "it's", "i'm", "he's", "she's", "that's",
        "there's", "they're", "we're", "you're", "i've", "we've", "they've", "i'd", "he'd", "we'll", "i'll",
        "first", "second", "third", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "new", "many", "good", "great", "big", "high", "low", "long", "little", "old", "right", "left", "able",
        "say", "says", "said", "saying", "tell", "tells", "told", "ask", "asks", "asked", "make", "makes",
        "made", "making", "get", "gets", "got", "getting", "take", "takes", "took", "taken", "go", "goes",
        "went", "gone", "going", "come", "comes", "came", "coming", "see", "sees", "saw", "seen", "know",
        "knows", "knew", "known", "think", "thinks", "thought", "want", "wants", "wanted", "give", "gives",
        "gave", "given", "use", "uses", "used", "using", "find", "finds", "found", "seem", "seems", "seemed",
        "put", "puts", "keep", "keeps", "kept", "include", "includes", "included", "including", "show",
        "shows", "showed", "shown", "become", "set", "way", "ways", "thing", "things", "lot", "lots", "day",
        "days", "year", "years", "time", "times", "today", "yesterday", "tomorrow", "week", "weeks", "month",
        "months", "according", "based", "present", "presents", "presented", "propose", "proposes",
        "proposed", "describe", "describes", "described", "discuss", "discusses", "discussed", "paper",
        "article", "new", "various", "different", "certain", "particular", "possible", "important", "main",
        "also", "around", "despite", "amid", "whilst", "upon", "let's",
        // Pointers inside a paper ("see Figure 3", "in Section 2", "so called"), never its topic.
        "figure", "figures", "fig", "section", "sections", "called",
    };

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);
}
