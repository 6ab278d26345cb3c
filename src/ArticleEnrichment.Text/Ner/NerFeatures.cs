namespace ArticleEnrichment.Text.Ner;

/// <summary>
/// The tagger's named feature templates. Every token's per-word values (hashes of its forms, shape, affixes,
/// gazetteer match) are computed once per sentence into <see cref="SentenceFeatures"/>; a feature is then
/// <c>StableHash.Combine(template, value[, value])</c>, so extraction allocates nothing per token.
/// </summary>
public sealed class NerFeatures(Gazetteer gazetteer, IReadOnlySet<ulong> lowercaseWords)
{
    /// <summary>
    /// Version of the templates below. Stored with the weights; a model built for another version fails at
    /// load, because its weights would silently mean nothing. Bump it whenever a template or value changes.
    /// </summary>
    public const int Version = 7;

    /// <summary>Upper bound of features per token (the templates below emit at most this many).</summary>
    public const int MaxFeatures = 48;

    /// <summary>Characters of a word used for its affixes and shape; longer words keep their first/last ones.</summary>
    private const int MaxShapeLength = 12;

    private enum Template : ulong
    {
        Bias = 1, Lower, Word, Shape, ShortShape, Prefix1, Prefix2, Prefix3, Suffix1, Suffix2, Suffix3, Suffix4,
        LowerPrev, LowerNext, LowerPrev2, LowerNext2, ShapePrev, ShapeNext, ShapeTrigram, BigramPrev, BigramNext,
        PrevLabel, PrevLabelLower, PrevLabelShape, SentenceStartShape, Gazetteer, GazetteerPrev,
        GazetteerNext, GazetteerShape, LowercaseWord, LowercaseWordPrev, SuffixPrev, ShortShapeBigramPrev,
        ShortShapeBigramNext, Length, SentenceCaseShape, SentenceCaseLower, GazetteerWord,
    }

    /// <summary>The gazetteer these features consult.</summary>
    public Gazetteer Gazetteer => gazetteer;

    /// <summary>Lower-case hashes of words seen mostly in lower case in training (common words, not names).</summary>
    public IReadOnlySet<ulong> LowercaseWords => lowercaseWords;

    /// <summary>Computes the per-token values of one sentence (tokens given as offsets into <paramref name="text"/>).</summary>
    public void Prepare(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, SentenceFeatures sentence)
    {
        var n = starts.Length;
        sentence.EnsureCapacity(n);
        sentence.Count = n;
        Span<char> shape = stackalloc char[MaxShapeLength * 2];
        for (var i = 0; i < n; i++)
        {
            var token = text.AsSpan(starts[i], lengths[i]);
            sentence.Word[i] = StableHash.Of(token);
            var lower = StableHash.Seed;
            foreach (var c in token)
            {
                lower = StableHash.Append(lower, char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
            }

            sentence.Lower[i] = lower;
            sentence.IsLowercaseWord[i] = lowercaseWords.Contains(lower);

            var head = token.Length > MaxShapeLength ? token[..MaxShapeLength] : token;
            var tail = token.Length > MaxShapeLength ? token[^MaxShapeLength..] : token;
            sentence.Prefix1[i] = Affix(head, 0, 1);
            sentence.Prefix2[i] = Affix(head, 0, 2);
            sentence.Prefix3[i] = Affix(head, 0, 3);
            sentence.Suffix1[i] = Affix(tail, tail.Length - 1, 1);
            sentence.Suffix2[i] = Affix(tail, tail.Length - 2, 2);
            sentence.Suffix3[i] = Affix(tail, tail.Length - 3, 3);
            sentence.Suffix4[i] = Affix(tail, tail.Length - 4, 4);

            // Shape: X upper, x lower, d digit, other characters as they are; runs longer than 3 cut to 3
            // (Shape: "Xxxx", "dd.dd") or to 1 (ShortShape: "Xx", "d.d").
            int full = 0, brief = 0;
            var previousClass = '\0';
            var run = 0;
            Span<char> shortShape = shape[MaxShapeLength..];
            foreach (var c in head)
            {
                var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                run = cls == previousClass ? run + 1 : 1;
                if (run <= 3)
                {
                    shape[full++] = cls;
                }

                if (run == 1)
                {
                    shortShape[brief++] = cls;
                }

                previousClass = cls;
            }

            sentence.Shape[i] = StableHash.Of(shape[..full]);
            sentence.ShortShape[i] = StableHash.Of(shortShape[..brief]);
            sentence.IsCapitalized[i] = token.Length > 0 && char.IsUpper(token[0]);
            sentence.LengthBucket[i] = (ulong)Math.Min(token.Length, 8);
        }

        gazetteer.Match(text, starts, lengths, sentence.GazetteerKinds, sentence.GazetteerParts, sentence.GazetteerWordKinds);

        // How the sentence uses capitals: tweets written all in lower case, headlines in Title Or ALL Caps, and
        // ordinary prose make the same shape mean different things. 0 prose, 1 no capitals, 2 mostly capitals.
        int words = 0, capitalized = 0;
        for (var i = 0; i < n; i++)
        {
            if (lengths[i] > 0 && char.IsLetter(text[starts[i]]))
            {
                words++;
                capitalized += char.IsUpper(text[starts[i]]) ? 1 : 0;
            }
        }

        sentence.CaseStyle = words < 3 ? 0UL : capitalized == 0 ? 1UL : capitalized * 4 > words * 3 ? 2UL : 0UL;

        static ulong Affix(ReadOnlySpan<char> word, int start, int length)
        {
            if (start < 0 || start + length > word.Length)
            {
                return 0;
            }

            var hash = StableHash.Seed;
            foreach (var c in word.Slice(start, length))
            {
                hash = StableHash.Append(hash, char.ToLowerInvariant(c));
            }

            return hash;
        }
    }

    /// <summary>
    /// Features of token <paramref name="i"/> whose weights are per (previous label, label) pair: the plain
    /// transition (always first, the same for every token), and the transition given the token's short shape or
    /// lower-cased word. Always 3.
    /// </summary>
    public static int ExtractTransition(SentenceFeatures s, int i, Span<ulong> output)
    {
        output[0] = StableHash.Combine((ulong)Template.PrevLabel, 0);
        output[1] = StableHash.Combine((ulong)Template.PrevLabelShape, s.ShortShape[i]);
        output[2] = StableHash.Combine((ulong)Template.PrevLabelLower, s.Lower[i]);
        return 3;
    }

    /// <summary>
    /// How many of <see cref="ExtractStatic"/>'s features, written first, depend on the token's own text only (bias,
    /// lower case, word, shapes, length, prefixes, suffixes): <see cref="TokenScoreCache"/> reuses their scores.
    /// </summary>
    public const int TokenOwnFeatures = 13;

    /// <summary>
    /// Writes the label-independent features of token <paramref name="i"/> into <paramref name="output"/> and returns
    /// how many; the first <see cref="TokenOwnFeatures"/> depend on the token alone.
    /// </summary>
    public static int ExtractStatic(SentenceFeatures s, int i, Span<ulong> output)
    {
        var n = 0;
        var n1 = s.Count;
        const ulong None = 0x5EB7;
        ulong Lower(int j) => j < 0 ? None : j >= n1 ? None + 1 : s.Lower[j];
        ulong ShapeAt(int j) => j < 0 ? None : j >= n1 ? None + 1 : s.Shape[j];
        ulong ShortAt(int j) => j < 0 ? None : j >= n1 ? None + 1 : s.ShortShape[j];
        void Add(Span<ulong> o, Template t, ulong a, ulong b = 0) => o[n++] = StableHash.Combine((ulong)t, a, b);

        Add(output, Template.Bias, 0);
        Add(output, Template.Lower, s.Lower[i]);
        Add(output, Template.Word, s.Word[i]);
        Add(output, Template.Shape, s.Shape[i]);
        Add(output, Template.ShortShape, s.ShortShape[i]);
        Add(output, Template.Length, s.LengthBucket[i]);
        Add(output, Template.Prefix1, s.Prefix1[i]);
        Add(output, Template.Prefix2, s.Prefix2[i]);
        Add(output, Template.Prefix3, s.Prefix3[i]);
        Add(output, Template.Suffix1, s.Suffix1[i]);
        Add(output, Template.Suffix2, s.Suffix2[i]);
        Add(output, Template.Suffix3, s.Suffix3[i]);
        Add(output, Template.Suffix4, s.Suffix4[i]);
        Add(output, Template.LowerPrev, Lower(i - 1));
        Add(output, Template.LowerNext, Lower(i + 1));
        Add(output, Template.LowerPrev2, Lower(i - 2));
        Add(output, Template.LowerNext2, Lower(i + 2));
        Add(output, Template.ShapePrev, ShapeAt(i - 1));
        Add(output, Template.ShapeNext, ShapeAt(i + 1));
        Add(output, Template.ShapeTrigram, ShortAt(i - 1), StableHash.Combine(ShortAt(i), ShortAt(i + 1)));
        Add(output, Template.ShortShapeBigramPrev, ShortAt(i - 1), ShortAt(i));
        Add(output, Template.ShortShapeBigramNext, ShortAt(i), ShortAt(i + 1));
        Add(output, Template.BigramPrev, Lower(i - 1), s.Lower[i]);
        Add(output, Template.BigramNext, s.Lower[i], Lower(i + 1));
        Add(output, Template.SuffixPrev, i > 0 ? s.Suffix3[i - 1] : None);
        if (i == 0)
        {
            Add(output, Template.SentenceStartShape, s.ShortShape[i]);
        }

        if (s.CaseStyle != 0)
        {
            Add(output, Template.SentenceCaseShape, s.CaseStyle, s.ShortShape[i]);
            Add(output, Template.SentenceCaseLower, s.CaseStyle, s.Lower[i]);
        }

        var capitalized = s.IsCapitalized[i] ? 1UL : 0UL;
        if (s.IsLowercaseWord[i])
        {
            Add(output, Template.LowercaseWord, capitalized, i == 0 ? 1UL : 0UL);
        }

        if (i > 0 && s.IsLowercaseWord[i - 1])
        {
            Add(output, Template.LowercaseWordPrev, s.IsCapitalized[i - 1] ? 1UL : 0UL);
        }

        var kinds = (ulong)s.GazetteerKinds[i];
        if (kinds != 0)
        {
            Add(output, Template.Gazetteer, kinds, s.GazetteerParts[i]);
            Add(output, Template.GazetteerShape, kinds, s.ShortShape[i]);
        }

        // Only for capitalized words: in lower case most words of names are ordinary words ("new", "bay").
        if (s.GazetteerWordKinds[i] != 0 && s.IsCapitalized[i])
        {
            Add(output, Template.GazetteerWord, (ulong)s.GazetteerWordKinds[i]);
        }

        if (i > 0 && s.GazetteerKinds[i - 1] != 0)
        {
            Add(output, Template.GazetteerPrev, (ulong)s.GazetteerKinds[i - 1], s.GazetteerParts[i - 1]);
        }

        if (i + 1 < n1 && s.GazetteerKinds[i + 1] != 0)
        {
            Add(output, Template.GazetteerNext, (ulong)s.GazetteerKinds[i + 1], s.GazetteerParts[i + 1]);
        }

        return n;
    }
}

/// <summary>Per-token values of one sentence, reused across sentences (grown, never shrunk).</summary>
public sealed class SentenceFeatures
{
    internal int Count;
    internal ulong CaseStyle;
    internal ulong[] Word = [], Lower = [], Shape = [], ShortShape = [], LengthBucket = [];
    internal ulong[] Prefix1 = [], Prefix2 = [], Prefix3 = [], Suffix1 = [], Suffix2 = [], Suffix3 = [], Suffix4 = [];
    internal bool[] IsCapitalized = [], IsLowercaseWord = [];
    internal GazetteerKind[] GazetteerKinds = [], GazetteerWordKinds = [];
    internal byte[] GazetteerParts = [];

    internal void EnsureCapacity(int n)
    {
        if (Word.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, Word.Length * 2);
        Word = new ulong[size]; Lower = new ulong[size]; Shape = new ulong[size]; ShortShape = new ulong[size];
        LengthBucket = new ulong[size];
        Prefix1 = new ulong[size]; Prefix2 = new ulong[size]; Prefix3 = new ulong[size];
        Suffix1 = new ulong[size]; Suffix2 = new ulong[size]; Suffix3 = new ulong[size]; Suffix4 = new ulong[size];
        IsCapitalized = new bool[size]; IsLowercaseWord = new bool[size];
        GazetteerKinds = new GazetteerKind[size]; GazetteerWordKinds = new GazetteerKind[size]; GazetteerParts = new byte[size];
    }
}
