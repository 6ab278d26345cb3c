namespace ArticleEnrichment.Text.KeyPhrases;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer, as in Martin Porter's reference implementation: used to tell
/// key phrases that differ only in inflection apart ("neural network" and "neural networks") and by the
/// evaluation, whose published protocol matches Porter-stemmed phrases.
/// </summary>
public static class PorterStemmer
{
    /// <summary>The stem of a lower-case word; words of one or two letters are returned as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }

        var b = new System.Text.StringBuilder(word);
        Step1ab(b);
        Step1c(b);
        Step2(b);
        Step3(b);
        Step4(b);
        Step5(b);
        return b.ToString();
    }

    private static bool IsConsonant(System.Text.StringBuilder b, int i) => b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(b, i - 1),
        _ => true,
    };

    // m(): the number of vowel-consonant sequences in b[0..end).
    private static int Measure(System.Text.StringBuilder b, int end)
    {
        var n = 0;
        var i = 0;
        while (i < end && IsConsonant(b, i))
        {
            i++;
        }

        while (i < end)
        {
            while (i < end && !IsConsonant(b, i))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            n++;
            while (i < end && IsConsonant(b, i))
            {
                i++;
            }
        }

        return n;
    }

    private static bool HasVowel(System.Text.StringBuilder b, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (!IsConsonant(b, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithDoubleConsonant(System.Text.StringBuilder b, int end)
        => end >= 2 && b[end - 1] == b[end - 2] && IsConsonant(b, end - 1);

    // *o: the stem ends consonant-vowel-consonant, the last not w, x or y (hop, not hoop or snow).
    private static bool EndsCvc(System.Text.StringBuilder b, int end)
        => end >= 3 && IsConsonant(b, end - 1) && !IsConsonant(b, end - 2) && IsConsonant(b, end - 3)
           && b[end - 1] is not ('w' or 'x' or 'y');

    private static bool EndsWith(System.Text.StringBuilder b, string suffix)
    {
        if (b.Length < suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (b[b.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Replace(System.Text.StringBuilder b, int suffixLength, string replacement)
    {
        b.Length -= suffixLength;
        b.Append(replacement);
    }

    // Replaces suffix by replacement when the stem before it has measure > minMeasure; true when suffix matched.
    private static bool ReplaceIfMeasure(System.Text.StringBuilder b, string suffix, string replacement, int minMeasure)
    {
        if (!EndsWith(b, suffix))
        {
            return false;
        }

        if (Measure(b, b.Length - suffix.Length) > minMeasure)
        {
            Replace(b, suffix.Length, replacement);
        }

        return true;
    }

    private static void Step1ab(System.Text.StringBuilder b)
    {
        if (EndsWith(b, "sses"))
        {
            b.Length -= 2;
        }
        else if (EndsWith(b, "ies"))
        {
            Replace(b, 3, "i");
        }
        else if (!EndsWith(b, "ss") && EndsWith(b, "s"))
        {
            b.Length -= 1;
        }

        if (EndsWith(b, "eed"))
        {
            if (Measure(b, b.Length - 3) > 0)
            {
                b.Length -= 1;
            }

            return;
        }

        int cut;
        if (EndsWith(b, "ed") && HasVowel(b, b.Length - 2))
        {
            cut = 2;
        }
        else if (EndsWith(b, "ing") && HasVowel(b, b.Length - 3))
        {
            cut = 3;
        }
        else
        {
            return;
        }

        b.Length -= cut;
        if (EndsWith(b, "at") || EndsWith(b, "bl") || EndsWith(b, "iz"))
        {
            b.Append('e');
        }
        else if (EndsWithDoubleConsonant(b, b.Length) && b[^1] is not ('l' or 's' or 'z'))
        {
            b.Length -= 1;
        }
        else if (Measure(b, b.Length) == 1 && EndsCvc(b, b.Length))
        {
            b.Append('e');
        }
    }

    private static void Step1c(System.Text.StringBuilder b)
    {
        if (EndsWith(b, "y") && HasVowel(b, b.Length - 1))
        {
            b[^1] = 'i';
        }
    }

    // Longest suffix first: the longest matching suffix decides, as in the reference implementation.
    private static readonly (string Suffix, string Replacement)[] Step2Rules = SortedLongestFirst(
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"),
        ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ]);

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes = [.. new[]
    {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    }.OrderByDescending(s => s.Length)];

    private static (string Suffix, string Replacement)[] SortedLongestFirst((string Suffix, string Replacement)[] rules)
        => [.. rules.OrderByDescending(r => r.Suffix.Length)];

    private static void Step2(System.Text.StringBuilder b)
    {
        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (ReplaceIfMeasure(b, suffix, replacement, 0))
            {
                return;
            }
        }
    }

    private static void Step3(System.Text.StringBuilder b)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (ReplaceIfMeasure(b, suffix, replacement, 0))
            {
                return;
            }
        }
    }

    private static void Step4(System.Text.StringBuilder b)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(b, suffix))
            {
                continue;
            }

            var stemLength = b.Length - suffix.Length;
            if (suffix == "ion" && !(stemLength > 0 && b[stemLength - 1] is 's' or 't'))
            {
                return;
            }

            if (Measure(b, stemLength) > 1)
            {
                b.Length = stemLength;
            }

            return;
        }
    }

    private static void Step5(System.Text.StringBuilder b)
    {
        if (EndsWith(b, "e"))
        {
            var m = Measure(b, b.Length - 1);
            if (m > 1 || (m == 1 && !EndsCvc(b, b.Length - 1)))
            {
                b.Length -= 1;
            }
        }

        if (b.Length > 1 && b[^1] == 'l' && EndsWithDoubleConsonant(b, b.Length) && Measure(b, b.Length) > 1)
        {
            b.Length -= 1;
        }
    }
}
