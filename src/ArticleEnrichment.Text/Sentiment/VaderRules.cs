using System.Collections.Frozen;

namespace ArticleEnrichment.Text.Sentiment;

/// <summary>
/// The rule constants of VADER (Hutto and Gilbert, ICWSM 2014; vaderSentiment.py, MIT), kept as published so
/// that our scores on plain text match VADER's. The empirically derived values come from the paper.
/// </summary>
internal static class VaderRules
{
    /// <summary>Added to (or taken from) a word's valence by a booster ("very good").</summary>
    public const float BoosterIncrement = 0.293f;

    /// <summary>Added to a sentiment word written in capitals when the rest of the sentence is not.</summary>
    public const float CapsIncrement = 0.733f;

    /// <summary>A negated valence is multiplied by this ("not good" is weaker than "bad").</summary>
    public const float NegationScalar = -0.74f;

    /// <summary>Per '!' (at most 4 count).</summary>
    public const float ExclamationIncrement = 0.292f;

    /// <summary>Per '?' when there are 2 or 3; 4 or more add <see cref="QuestionMaximum"/>.</summary>
    public const float QuestionIncrement = 0.18f;

    public const float QuestionMaximum = 0.96f;

    /// <summary>Normalisation constant: compound = sum / sqrt(sum^2 + alpha), about the largest expected sum.</summary>
    public const float NormalisationAlpha = 15f;

    /// <summary>Words before "but" count half, words after it one and a half times.</summary>
    public const float BeforeButScale = 0.5f;

    public const float AfterButScale = 1.5f;

    public static readonly FrozenSet<string> Negations = new[]
    {
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
        // A tokenizer that splits contractions leaves "n't" (and "nt") as words of their own.
        "n't", "nt",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, float> Boosters = new Dictionary<string, float>
    {
        ["absolutely"] = BoosterIncrement, ["amazingly"] = BoosterIncrement, ["awfully"] = BoosterIncrement,
        ["completely"] = BoosterIncrement, ["considerable"] = BoosterIncrement, ["considerably"] = BoosterIncrement,
        ["decidedly"] = BoosterIncrement, ["deeply"] = BoosterIncrement, ["effing"] = BoosterIncrement,
        ["enormous"] = BoosterIncrement, ["enormously"] = BoosterIncrement, ["entirely"] = BoosterIncrement,
        ["especially"] = BoosterIncrement, ["exceptional"] = BoosterIncrement, ["exceptionally"] = BoosterIncrement,
        ["extreme"] = BoosterIncrement, ["extremely"] = BoosterIncrement, ["fabulously"] = BoosterIncrement,
        ["flipping"] = BoosterIncrement, ["flippin"] = BoosterIncrement, ["frackin"] = BoosterIncrement,
        ["fracking"] = BoosterIncrement, ["fricking"] = BoosterIncrement, ["frickin"] = BoosterIncrement,
        ["frigging"] = BoosterIncrement, ["friggin"] = BoosterIncrement, ["fully"] = BoosterIncrement,
        ["fuckin"] = BoosterIncrement, ["fucking"] = BoosterIncrement, ["fuggin"] = BoosterIncrement,
        ["fugging"] = BoosterIncrement, ["greatly"] = BoosterIncrement, ["hella"] = BoosterIncrement,
        ["highly"] = BoosterIncrement, ["hugely"] = BoosterIncrement, ["incredible"] = BoosterIncrement,
        ["incredibly"] = BoosterIncrement, ["intensely"] = BoosterIncrement, ["major"] = BoosterIncrement,
        ["majorly"] = BoosterIncrement, ["more"] = BoosterIncrement, ["most"] = BoosterIncrement,
        ["particularly"] = BoosterIncrement, ["purely"] = BoosterIncrement, ["quite"] = BoosterIncrement,
        ["really"] = BoosterIncrement, ["remarkably"] = BoosterIncrement, ["so"] = BoosterIncrement,
        ["substantially"] = BoosterIncrement, ["thoroughly"] = BoosterIncrement, ["total"] = BoosterIncrement,
        ["totally"] = BoosterIncrement, ["tremendous"] = BoosterIncrement, ["tremendously"] = BoosterIncrement,
        ["uber"] = BoosterIncrement, ["unbelievably"] = BoosterIncrement, ["unusually"] = BoosterIncrement,
        ["utter"] = BoosterIncrement, ["utterly"] = BoosterIncrement, ["very"] = BoosterIncrement,
        ["almost"] = -BoosterIncrement, ["barely"] = -BoosterIncrement, ["hardly"] = -BoosterIncrement,
        ["just enough"] = -BoosterIncrement, ["kind of"] = -BoosterIncrement, ["kinda"] = -BoosterIncrement,
        ["kindof"] = -BoosterIncrement, ["kind-of"] = -BoosterIncrement, ["less"] = -BoosterIncrement,
        ["little"] = -BoosterIncrement, ["marginal"] = -BoosterIncrement, ["marginally"] = -BoosterIncrement,
        ["occasional"] = -BoosterIncrement, ["occasionally"] = -BoosterIncrement, ["partly"] = -BoosterIncrement,
        ["scarce"] = -BoosterIncrement, ["scarcely"] = -BoosterIncrement, ["slight"] = -BoosterIncrement,
        ["slightly"] = -BoosterIncrement, ["somewhat"] = -BoosterIncrement, ["sort of"] = -BoosterIncrement,
        ["sorta"] = -BoosterIncrement, ["sortof"] = -BoosterIncrement, ["sort-of"] = -BoosterIncrement,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>VADER's idioms and special cases: the valence of the whole sequence replaces the word's.</summary>
    public static readonly FrozenDictionary<string, float> SpecialCases = new Dictionary<string, float>
    {
        ["the shit"] = 3f, ["the bomb"] = 3f, ["bad ass"] = 1.5f, ["badass"] = 1.5f, ["bus stop"] = 0f,
        ["yeah right"] = -2f, ["kiss of death"] = -1.5f, ["to die for"] = 3f, ["beating heart"] = 3.1f,
        ["broken heart"] = -2.9f, ["cut the mustard"] = 2f, ["hand to mouth"] = -2f, ["back handed"] = -2f,
        ["blow smoke"] = -2f, ["blowing smoke"] = -2f, ["upper hand"] = 1f, ["break a leg"] = 2f,
        ["cooking with gas"] = 2f, ["in the black"] = 2f, ["in the red"] = -2f, ["on the ball"] = 2f,
        ["under the weather"] = -2f,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static float Normalise(float sum)
    {
        var score = sum / MathF.Sqrt((sum * sum) + NormalisationAlpha);
        return Math.Clamp(score, -1f, 1f);
    }
}
