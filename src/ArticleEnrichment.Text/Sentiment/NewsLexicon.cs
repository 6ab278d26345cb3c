namespace ArticleEnrichment.Text.Sentiment;

/// <summary>
/// Our additions to the VADER lexicon for news text, compiled into the sentiment section with it. Valences use
/// VADER's scale (-4 extremely negative .. +4 extremely positive) and were set by hand from the VADER ratings of
/// comparable words (e.g. "killed" -3.5, "crisis" -3.1, "recession" -1.8), never fitted on evaluation data.
/// </summary>
internal static class NewsLexicon
{
    /// <summary>
    /// Words VADER lacks (mostly events that news reports: violence, disasters, economic losses, legal trouble)
    /// and a few VADER words whose everyday sense misleads in news ("party" is a political party, "interest"
    /// is mostly a rate, "like" is mostly a preposition, "supreme" names a court). An entry here replaces the
    /// VADER valence.
    /// </summary>
    public static readonly IReadOnlyList<(string Word, float Valence)> Words =
    [
        // Violence and conflict.
        ("bombing", -2.8f), ("bombings", -2.8f), ("bombed", -2.6f), ("shooting", -2.6f), ("shootings", -2.7f),
        ("casualties", -2.6f), ("wounded", -2.3f), ("massacre", -3.6f), ("massacres", -3.6f), ("genocide", -3.8f),
        ("airstrike", -2.4f), ("airstrikes", -2.4f), ("gunman", -2.2f), ("gunmen", -2.2f), ("militants", -1.5f),
        ("insurgents", -1.5f), ("insurgency", -1.8f), ("clashes", -1.8f), ("clashed", -1.6f), ("looting", -2.3f),
        ("invasion", -2.2f), ("invaded", -2.0f), ("hostage", -2.5f), ("hostages", -2.5f), ("stabbed", -3.0f),
        ("stabbing", -3.0f), ("slain", -3.2f), ("slaughter", -3.4f), ("atrocities", -3.5f), ("atrocity", -3.5f),
        ("bloodshed", -3.0f), ("explosion", -2.0f), ("explosions", -2.0f), ("shelling", -2.4f), ("shelled", -2.2f),
        ("deaths", -2.8f), ("fatality", -2.8f), ("warfare", -2.6f), ("executed", -2.4f), ("abducted", -2.8f),
        ("kidnapped", -2.8f), ("kidnapping", -2.8f), ("extremists", -2.0f), ("extremist", -2.0f), ("coup", -2.0f),
        ("unrest", -1.6f), ("uprising", -1.0f), ("occupation", -0.8f), ("siege", -2.0f), ("besieged", -2.0f),
        ("persecution", -2.8f), ("oppression", -2.8f), ("repression", -2.5f), ("crackdown", -1.8f),
        ("displaced", -1.6f), ("refugees", -1.0f), ("starvation", -3.0f), ("famine", -3.0f),

        // Disasters and health.
        ("earthquake", -2.2f), ("flood", -1.8f), ("flooding", -1.8f), ("floods", -1.8f), ("drought", -1.8f),
        ("wildfire", -1.8f), ("wildfires", -1.8f), ("hurricane", -1.6f), ("tornado", -1.6f), ("tsunami", -2.4f),
        ("epidemic", -2.2f), ("pandemic", -2.0f), ("outbreak", -1.8f), ("disease", -1.8f), ("diseases", -1.8f),
        ("overdose", -2.4f), ("overdoses", -2.4f), ("crashed", -1.8f), ("wreckage", -2.0f), ("derailed", -1.6f),
        ("evacuated", -1.2f), ("evacuation", -1.0f), ("contaminated", -2.0f), ("pollution", -1.8f),

        // Economy and work.
        ("layoff", -2.2f), ("layoffs", -2.3f), ("laid-off", -2.0f), ("plunge", -1.8f), ("plunged", -1.9f),
        ("plunges", -1.8f), ("plummeted", -2.2f), ("plummet", -2.0f), ("slump", -1.7f), ("slumped", -1.7f),
        ("downturn", -1.7f), ("inflation", -0.9f), ("bankruptcy", -2.4f), ("insolvency", -2.2f),
        ("shutdown", -1.4f), ("austerity", -1.2f), ("slowdown", -1.2f), ("stagnation", -1.5f),
        ("unemployed", -1.8f), ("jobless", -1.8f), ("shortfall", -1.3f), ("debts", -1.2f), ("defaulted", -1.8f),
        ("tumbled", -1.5f), ("tumble", -1.4f), ("sank", -1.2f), ("cuts", -0.8f), ("losses", -1.6f),
        ("rebound", 1.2f), ("rebounded", 1.2f), ("recovery", 1.2f), ("recovered", 1.3f), ("soared", 1.3f),
        ("surged", 0.9f), ("breakthrough", 2.2f), ("ceasefire", 1.2f), ("truce", 1.2f),

        // Crime, law and politics.
        ("corruption", -2.6f), ("corrupt", -2.6f), ("bribery", -2.5f), ("bribes", -2.3f), ("embezzlement", -2.5f),
        ("indicted", -2.0f), ("indictment", -1.8f), ("convicted", -2.0f), ("allegations", -1.2f),
        ("alleged", -0.6f), ("allegedly", -0.6f), ("sued", -1.2f), ("impeachment", -1.2f), ("ousted", -1.6f),
        ("deported", -1.6f), ("deportation", -1.4f), ("deportations", -1.4f), ("jailed", -2.0f), ("imprisoned", -2.2f),
        ("sanctions", -1.0f), ("scandals", -1.9f), ("misconduct", -2.0f), ("crimes", -2.5f), ("jail", -1.8f),
        ("racism", -2.9f), ("racist", -3.0f), ("discrimination", -2.4f), ("harassed", -2.5f),
        ("controversial", -0.8f), ("controversy", -1.2f), ("condemned", -2.0f), ("condemn", -1.8f),
        ("turmoil", -1.8f), ("fraudulent", -2.5f), ("scam", -2.4f), ("misleading", -1.6f),

        // Social and policy problems that editorials and reports name.
        ("expensive", -0.8f), ("decline", -1.2f), ("declined", -1.0f), ("declining", -1.2f),
        ("deteriorate", -1.6f), ("deteriorating", -1.7f), ("shrinking", -1.0f), ("underfunded", -1.4f),
        ("uninsured", -1.2f), ("homeless", -1.8f), ("homelessness", -1.9f), ("malnutrition", -2.4f),
        ("addiction", -2.0f), ("addicted", -1.9f), ("trafficking", -2.6f), ("traffickers", -2.6f),
        ("cartel", -1.6f), ("cartels", -1.6f), ("gang", -1.4f), ("gangs", -1.6f), ("lawless", -2.2f),
        ("exploitation", -2.3f), ("toxic", -2.2f), ("extinction", -2.2f), ("inequality", -1.8f),
        ("illegally", -1.8f), ("unconstitutional", -1.8f), ("excessive", -1.3f), ("wasteful", -1.7f),
        ("inefficient", -1.4f), ("negligence", -2.0f), ("mismanagement", -1.9f), ("loophole", -1.0f),
        ("loopholes", -1.0f), ("deficits", -1.7f), ("stalemate", -1.3f), ("gridlock", -1.5f), ("partisan", -0.6f),
        ("bickering", -1.6f), ("rift", -1.3f), ("militant", -1.5f), ("fled", -1.4f), ("fleeing", -1.4f),
        ("exodus", -1.0f), ("evicted", -2.0f), ("insolvent", -2.0f),
        ("impoverished", -2.2f), ("bleak", -2.0f), ("plight", -2.0f), ("hardships", -1.8f), ("endangered", -1.6f),
        ("erosion", -1.2f), ("eroded", -1.2f), ("stagnant", -1.4f), ("bloated", -1.4f), ("overcrowded", -1.4f),
        ("understaffed", -1.3f), ("backlog", -1.0f), ("delays", -1.0f), ("scrapped", -1.0f), ("halted", -1.0f),
        ("censorship", -2.0f), ("surveillance", -0.8f), ("espionage", -1.6f), ("dictator", -2.6f),
        ("dictatorship", -2.6f), ("authoritarian", -2.2f), ("regime", -1.2f), ("junta", -2.0f), ("tyranny", -3.0f),
        ("autocrat", -2.2f), ("disinformation", -2.2f), ("extremism", -2.4f), ("radicalized", -2.0f),
        ("jihadist", -2.4f), ("jihadists", -2.4f), ("insurgent", -1.5f), ("warlord", -2.2f), ("annexation", -1.6f),
        ("annexed", -1.6f), ("blockade", -1.8f), ("embargo", -1.4f), ("subprime", -1.0f), ("veto", -0.6f),
        ("vetoed", -0.8f),
        ("booming", 1.8f), ("boom", 1.2f), ("upturn", 1.4f), ("acclaimed", 2.2f), ("reopened", 1.0f),
        ("recovering", 1.0f), ("cured", 2.0f), ("prosperity", 2.2f), ("thriving", 2.2f), ("flourishing", 2.2f), ("affordable", 1.2f),
        ("reconciliation", 1.6f), ("stability", 1.2f), ("milestone", 1.4f), ("historic", 0.8f),

        // How news reports conflict and criticism between people and institutions.
        ("slammed", -1.8f), ("blasted", -1.8f), ("denounced", -2.0f), ("false", -1.4f), ("falsely", -1.6f),
        ("censure", -1.8f), ("censuring", -1.8f), ("impeach", -1.4f), ("backlash", -1.6f), ("divisive", -1.5f),
        ("disarray", -1.6f), ("obstruction", -1.6f), ("obstruct", -1.4f), ("misled", -1.8f), ("mislead", -1.7f),
        ("sacked", -1.6f), ("concerns", -0.8f), ("lauded", 2.2f), ("achieved", 1.6f), ("victory", 2.4f),
        ("bipartisan", 0.8f), ("cooperation", 1.4f), ("compromise", 0.6f),

        // Evaluative words of editorials and commentary that VADER lacks (judgements of policies, conduct and
        // conditions: "absurd", "inexcusable", "botched", "squalid", "commendable", "prudent").
        ("absurd", -1.8f), ("absurdity", -1.8f), ("preposterous", -2.0f), ("inexcusable", -2.3f),
        ("indefensible", -2.0f), ("deplorable", -2.5f), ("reprehensible", -2.6f), ("despicable", -2.8f),
        ("odious", -2.5f), ("nuisance", -1.3f), ("shabby", -1.6f), ("deficient", -1.5f), ("deficiencies", -1.3f),
        ("mayhem", -2.3f), ("overpriced", -1.2f), ("intrusive", -1.2f), ("misguided", -1.5f), ("shortsighted", -1.4f),
        ("negligent", -1.9f), ("callous", -2.0f), ("hypocrisy", -1.8f), ("deceptive", -1.8f), ("duplicity", -2.0f),
        ("sleazy", -2.0f), ("disgraceful", -2.4f), ("egregious", -2.0f), ("abysmal", -2.5f), ("squalid", -2.0f),
        ("squalor", -2.0f), ("dilapidated", -1.4f), ("decrepit", -1.4f), ("blight", -1.6f), ("blighted", -1.6f),
        ("squander", -1.6f), ("squandered", -1.6f), ("boondoggle", -1.5f), ("stole", -2.2f), ("thefts", -2.0f),
        ("tampering", -1.4f), ("parasites", -1.6f), ("berserk", -1.6f), ("deadbeat", -1.6f), ("exaggerations", -1.0f),
        ("mangle", -1.4f), ("antisocial", -1.6f), ("suffocation", -2.2f), ("aggravation", -1.5f),
        ("unappetizing", -1.4f), ("perilous", -1.8f), ("precarious", -1.3f), ("debacle", -2.2f), ("blunder", -1.6f),
        ("blunders", -1.6f), ("botched", -1.8f), ("mishandled", -1.6f), ("mismanaged", -1.7f), ("inept", -1.8f),
        ("ineptitude", -1.8f), ("bungled", -1.8f), ("cronyism", -1.8f), ("nepotism", -1.6f), ("onerous", -1.4f),
        ("draconian", -1.6f), ("capricious", -1.2f), ("inequitable", -1.5f), ("discriminatory", -1.9f),
        ("intolerable", -2.1f), ("untenable", -1.4f), ("unworkable", -1.3f), ("unwarranted", -1.3f),
        ("unjustified", -1.4f), ("unfounded", -1.2f), ("baseless", -1.4f), ("specious", -1.3f),
        ("disingenuous", -1.6f), ("spineless", -1.6f), ("demagogue", -1.8f), ("demagoguery", -1.8f),
        ("pandering", -1.4f), ("grandstanding", -1.2f), ("charade", -1.5f), ("sham", -1.8f), ("tawdry", -1.6f),
        ("seedy", -1.3f), ("crumbling", -1.4f), ("derelict", -1.4f), ("vandalism", -1.9f), ("vandalized", -1.9f),
        ("congested", -1.0f), ("congestion", -1.0f), ("unsafe", -1.6f), ("hazardous", -1.6f), ("needless", -1.0f),
        ("pointless", -1.4f), ("senseless", -2.0f), ("ill-conceived", -1.6f), ("wrongheaded", -1.5f),
        ("harmful", -1.9f), ("detrimental", -1.7f), ("lax", -1.0f), ("sloppy", -1.4f), ("shoddy", -1.6f),
        ("deteriorated", -1.5f), ("commendable", 1.9f), ("laudable", 1.9f), ("sensible", 1.3f), ("prudent", 1.3f),
        ("judicious", 1.3f), ("farsighted", 1.4f), ("exemplary", 2.0f), ("salutary", 1.4f), ("heartening", 1.9f),
        ("sensibly", 1.2f), ("skillfully", 1.6f), ("deftly", 1.4f), ("constructive", 1.3f),

        // Everyday senses that mislead in news: the news sense is neutral or weaker.
        ("party", 0f), ("parties", 0f), ("interest", 0.4f), ("interests", 0.2f), ("supreme", 0f),
        ("united", 0.3f), ("credit", 0.4f), ("share", 0.2f), ("shares", 0f), ("security", 0.4f),
        ("like", 0.3f), ("well", 0.3f), ("please", 0.4f), ("yes", 0.6f), ("care", 0.8f),
        ("gross", -0.3f), ("fine", 0.2f), ("grand", 0.6f), ("justice", 0.8f), ("intelligence", 0.3f),
        ("chief", 0f), ("reserve", 0f), ("patient", 0.2f), ("vice", 0f), ("arguments", -0.3f), ("argument", -0.5f),

        // More report senses: "support" and "agreement" state positions and name documents ("supported the
        // bill", "the trade agreement"), "clear" and "true" frame claims ("made clear", "it is true that"),
        // "free", "special", "popular", "value" and "safety" name things ("free market", "special counsel",
        // "popular vote", "market value", "safety rules"), "surely" argues, and a "ban" is a policy that reports and
        // editorials as often favour as oppose.
        ("support", 0.8f), ("supported", 0.6f), ("supports", 0.7f), ("supporting", 0.8f), ("agreement", 0.8f),
        ("clear", 0.6f), ("true", 0.8f), ("free", 1.0f), ("special", 0.8f), ("popular", 0.8f), ("value", 0.5f),
        ("values", 0.8f), ("safety", 0.8f), ("surely", 0.5f), ("ban", -0.8f), ("bans", -0.8f), ("banned", -1.0f),
    ];

    /// <summary>
    /// Multi-word expressions whose meaning is not the sum of their words: names and set terms that contain a
    /// sentiment word ("Supreme Court", "health care", "free trade") and news idioms that carry sentiment none of
    /// their words has ("death toll", "opened fire", "laid off"). The valence goes to the last word; the other
    /// words count as neutral. Negation and boosters before the expression still apply.
    /// </summary>
    public static readonly IReadOnlyList<(string Phrase, float Valence)> Phrases =
    [
        // Names and set terms: neutral.
        ("supreme court", 0f), ("health care", 0f), ("united states", 0f), ("united nations", 0f),
        ("united kingdom", 0f), ("security council", 0f), ("security forces", 0f), ("national security", 0f),
        ("social security", 0f), ("homeland security", 0f), ("interest rate", 0f), ("interest rates", 0f),
        ("federal reserve", 0f), ("great britain", 0f), ("good friday", 0f), ("free trade", 0.4f),
        ("stock market", 0f), ("climate change", 0f), ("prime minister", 0f), ("vice president", 0f),
        ("best known", 0f), ("as well", 0f), ("as well as", 0f), ("more or less", 0f), ("at large", 0f),
        ("defense department", 0f), ("defense minister", 0f), ("defense secretary", 0f), ("trust fund", 0f),
        ("friendly fire", -2.0f), ("free agent", 0f), ("grand jury", -0.5f), ("natural gas", 0f),
        ("intelligence agency", 0f), ("intelligence agencies", 0f), ("civil rights", 0.5f), ("human rights", 0.5f),
        ("with respect to", 0f), ("in favor of", 0f), ("in favour of", 0f),

        // News idioms that carry sentiment.
        ("death toll", -2.8f), ("opened fire", -3.0f), ("open fire", -2.8f), ("shot dead", -3.5f),
        ("laid off", -2.2f), ("lay off", -2.0f), ("job cuts", -2.2f), ("cut jobs", -2.2f),
        ("state of emergency", -2.0f), ("cold war", -1.4f), ("civil war", -3.0f), ("world war", -2.6f),
        ("great depression", -2.4f), ("war crimes", -3.6f), ("suicide bomber", -3.6f), ("car bomb", -3.2f),
        ("stepped down", -0.8f), ("step down", -0.6f), ("pay tribute", 1.6f), ("paid tribute", 1.6f),
        ("record high", 1.4f), ("record low", -1.4f), ("fell short", -1.4f), ("falls short", -1.4f),
        ("gave up", -1.0f), ("broke down", -1.6f), ("went bankrupt", -2.6f), ("out of work", -1.8f),
        ("under fire", -1.8f), ("under pressure", -1.2f), ("in crisis", -2.4f), ("on the brink", -1.6f),
        ("peace talks", 1.0f), ("peace deal", 1.6f), ("peace agreement", 1.6f), ("rule of law", 0.6f),
    ];
}
