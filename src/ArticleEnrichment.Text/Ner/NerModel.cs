using System.Runtime.Intrinsics;

namespace ArticleEnrichment.Text.Ner;

/// <summary>
/// The trained tagger: feature templates (with their gazetteer and lower-case word list), perceptron weights
/// and the confidence temperature, stored as the <see cref="SectionName"/> section of the model file.
/// </summary>
/// <remarks>
/// Decoding is Viterbi (first order) under BILOU transition constraints, and training is the structured
/// perceptron (Collins 2002) on the Viterbi output. Greedy left-to-right decoding was tried first: with BILOU
/// constraints a wrong B forces I/L on the following tokens, and the greedy learner cannot learn its way
/// out of that trap (spans ran on into "Soviet Navy and"; Re-DocRED test F1 went from 0.63 greedy to 0.73 with
/// Viterbi). Viterbi stays cheap because the three features that depend on the previous label each hold a
/// whole transition matrix (see <see cref="Transitions"/>).
/// </remarks>
public sealed class NerModel
{
    /// <summary>Name of the model-file section holding the tagger.</summary>
    public const string SectionName = "ner";

    /// <summary>Layout version of the section itself (the features have their own version).</summary>
    private const int SectionFormat = 1;

    internal NerModel(NerFeatures features, AveragedPerceptron perceptron, AveragedPerceptron transitions, float temperature)
    {
        if (perceptron.LabelCount != NerLabels.Count || transitions.LabelCount != TaggingScratch.TransitionWidth)
        {
            throw new InvalidDataException($"The NER weights have {perceptron.LabelCount}/{transitions.LabelCount} labels; this build expects {NerLabels.Count}/{TaggingScratch.TransitionWidth}.");
        }

        Features = features;
        Perceptron = perceptron;
        Transitions = transitions;
        Temperature = temperature;
    }

    /// <summary>
    /// Weights of the transition features, one per (previous label or sentence start, label) pair: a row holds
    /// the whole 18 × 17 transition matrix for that feature, so a token needs 3 look-ups for all transitions.
    /// </summary>
    internal AveragedPerceptron Transitions { get; }

    internal NerFeatures Features { get; }

    internal AveragedPerceptron Perceptron { get; }

    /// <summary>Scale applied to scores before the softmax that gives confidences (fitted on the development set).</summary>
    public float Temperature { get; internal set; }

    /// <summary>The section bytes.</summary>
    public byte[] Save()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(SectionFormat);
            writer.Write(NerFeatures.Version);
            writer.Write(NerLabels.Types.Length);
            foreach (var type in NerLabels.Types)
            {
                writer.Write(type);
            }

            writer.Write(Temperature);
            Features.Gazetteer.Save(writer);
            var words = Features.LowercaseWords.Order().ToArray();
            writer.Write(words.Length);
            foreach (var word in words)
            {
                writer.Write(word);
            }

            Perceptron.Save(writer);
            Transitions.Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Reads a section written by <see cref="Save"/>; fails loudly when it was built for other features or labels.</summary>
    public static NerModel Load(byte[] section)
    {
        using var reader = new BinaryReader(new MemoryStream(section, writable: false));
        var format = reader.ReadInt32();
        if (format != SectionFormat)
        {
            throw new InvalidDataException($"The NER section has format {format}; this build reads {SectionFormat}. Retrain with 'enrich model train'.");
        }

        var featureVersion = reader.ReadInt32();
        if (featureVersion != NerFeatures.Version)
        {
            throw new InvalidDataException(
                $"The NER model was trained for feature set version {featureVersion}, but this build computes version {NerFeatures.Version}; its weights would be meaningless. Retrain with 'enrich model train'.");
        }

        var typeCount = reader.ReadInt32();
        var types = new string[typeCount];
        for (var i = 0; i < typeCount; i++)
        {
            types[i] = reader.ReadString();
        }

        if (!types.SequenceEqual(NerLabels.Types))
        {
            throw new InvalidDataException($"The NER model has types [{string.Join(", ", types)}]; this build expects [{string.Join(", ", NerLabels.Types)}]. Retrain with 'enrich model train'.");
        }

        var temperature = reader.ReadSingle();
        var gazetteer = Gazetteer.Load(reader);
        var wordCount = reader.ReadInt32();
        var words = new HashSet<ulong>(wordCount);
        for (var i = 0; i < wordCount; i++)
        {
            words.Add(reader.ReadUInt64());
        }

        var perceptron = AveragedPerceptron.Load(reader);
        return new NerModel(new NerFeatures(gazetteer, words), perceptron, AveragedPerceptron.Load(reader), temperature);
    }

    /// <summary>
    /// Tags one sentence: Viterbi over BILOU labels under the transition constraints. Each token's confidence
    /// comes from the max-marginals: for every label, the score of the best whole-sentence labelling that gives
    /// the token that label; a softmax over them (divided by <see cref="Temperature"/>) says how far ahead the chosen
    /// labelling is of the best one that labels the token otherwise. The token's confidence is the probability of its
    /// entity type (summed over that type's B, I, L and U labels, since where a span starts or ends is the span's
    /// business, not the type's), or of O. The chosen labelling holds the highest max-marginal at every token, so a
    /// returned entity never has a type the model itself rates below another.
    /// </summary>
    internal void Tag(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, TaggingScratch scratch, Span<int> labels, Span<float> confidences)
    {
        Features.Prepare(text, starts, lengths, scratch.Sentence);
        ScoreSentence(scratch);
        Viterbi(scratch, labels);
        BestContinuations(scratch);
        const int L = TaggingScratch.Labels;
        Span<float> probabilities = stackalloc float[L];
        for (var i = 0; i < starts.Length; i++)
        {
            var label = labels[i];
            if (label == NerLabels.Outside)
            {
                confidences[i] = float.NaN; // not needed: only entity tokens' confidences are used
            }
            else
            {
                TokenProbabilities(scratch, i, Temperature, probabilities);
                var first = 1 + ((label - 1) / 4 * 4);
                float sum = 0;
                for (var c = first; c < first + 4; c++)
                {
                    sum += probabilities[c];
                }

                confidences[i] = Math.Min(sum, 1f);
            }
        }
    }

    /// <summary>
    /// After <see cref="Viterbi(TaggingScratch, Span{int})"/>: for every token and label, the best score of the rest of the sentence after
    /// that label (transitions and label scores of the tokens that follow), into <see cref="TaggingScratch.Ahead"/>.
    /// </summary>
    internal static void BestContinuations(TaggingScratch scratch) => BestContinuations(scratch, TaggingScratch.VectorDecoding);

    /// <inheritdoc cref="BestContinuations(TaggingScratch)"/>
    /// <param name="scratch">The scratch Viterbi filled.</param>
    /// <param name="vectors">Whether the closing labels are taken together (<see cref="TaggingScratch.VectorDecoding"/>);
    /// false gives the plain loop, which tests compare against.</param>
    internal static void BestContinuations(TaggingScratch scratch, bool vectors)
    {
        const int L = TaggingScratch.Labels;
        var n = scratch.Sentence.Count;
        var ahead = scratch.Ahead;
        for (var c = 0; c < L; c++)
        {
            ahead[((n - 1) * L) + c] = TaggingScratch.AllowedAtEnd[c] ? 0 : float.NegativeInfinity;
        }

        // The pairs after label c are the row of c in the compact transition scores, successors in label order.
        var pairs = TaggingScratch.PairCount;
        var rowStart = TaggingScratch.PairRowStart;
        var pairLabel = TaggingScratch.PairLabel;
        for (var i = n - 2; i >= 0; i--)
        {
            var transitions = scratch.Transition.AsSpan((i + 1) * pairs, pairs);
            var scores = scratch.Static.AsSpan((i + 1) * L, L);
            var next = ahead.AsSpan((i + 1) * L, L);
            var here = ahead.AsSpan(i * L, L);
            if (vectors)
            {
                AheadOfClosingLabels(transitions, scores, next, here);
            }

            for (var c = 0; c < L; c++)
            {
                if (vectors && TaggingScratch.IsClosing[c])
                {
                    continue;
                }

                var top = float.NegativeInfinity;
                for (var k = rowStart[c + 1]; k < rowStart[c + 2]; k++)
                {
                    var d = pairLabel[k];
                    var rest = next[d];
                    if (float.IsNegativeInfinity(rest))
                    {
                        continue;
                    }

                    var value = transitions[k] + scores[d] + rest;
                    if (value > top)
                    {
                        top = value;
                    }
                }

                here[c] = top;
            }
        }
    }

    /// <summary>
    /// One Viterbi step for the labels that open a span or stay outside (O, B-*, U-*:
    /// <see cref="TaggingScratch.Opening"/>). All nine may follow exactly the same nine labels (O, L-*, U-*:
    /// <see cref="TaggingScratch.Closing"/>), and the pairs after each of those are nine consecutive transition
    /// scores; so each predecessor updates all nine labels at once, eight in a vector and one alone. Predecessors
    /// come in label order and only a strictly greater sum replaces the best, as in the scalar loop: the same sums,
    /// the same comparisons, the same ties.
    /// </summary>
    private static void ViterbiOpeningLabels(ReadOnlySpan<float> previous, ReadOnlySpan<float> transitions, ReadOnlySpan<float> scores, Span<float> current, Span<int> from)
    {
        var opening = TaggingScratch.Opening;
        var rowStart = TaggingScratch.PairRowStart;
        var top = Vector256.Create(float.NegativeInfinity);
        var source = Vector256.Create(-1);
        var lastTop = float.NegativeInfinity;
        var lastSource = -1;
        foreach (var p in TaggingScratch.Closing)
        {
            var path = previous[p];
            if (float.IsNegativeInfinity(path))
            {
                continue;
            }

            var row = transitions.Slice(rowStart[p + 1], opening.Length);
            var values = Vector256.Create(path) + Vector256.Create(row);
            var better = Vector256.GreaterThan(values, top);
            top = Vector256.ConditionalSelect(better, values, top);
            source = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), source);
            var last = path + row[8];
            if (last > lastTop)
            {
                lastTop = last;
                lastSource = p;
            }
        }

        Span<float> tops = stackalloc float[8];
        Span<int> sources = stackalloc int[8];
        top.CopyTo(tops);
        source.CopyTo(sources);
        for (var k = 0; k < 8; k++)
        {
            var c = opening[k];
            current[c] = float.IsNegativeInfinity(tops[k]) ? tops[k] : tops[k] + scores[c];
            from[c] = sources[k];
        }

        var lastLabel = opening[8];
        current[lastLabel] = float.IsNegativeInfinity(lastTop) ? lastTop : lastTop + scores[lastLabel];
        from[lastLabel] = lastSource;
    }

    /// <summary>
    /// One step of <see cref="BestContinuations(TaggingScratch)"/> for the labels after which only the nine opening labels may come
    /// (<see cref="TaggingScratch.Closing"/>): for each, the best over those nine of transition + label score +
    /// rest, eight in a vector and one alone. Each value is the same two additions in the same order as in the scalar
    /// loop, and the largest of them is the same number however it is found (an impossible rest, −∞, gives −∞).
    /// </summary>
    private static void AheadOfClosingLabels(ReadOnlySpan<float> transitions, ReadOnlySpan<float> scores, ReadOnlySpan<float> next, Span<float> here)
    {
        var opening = TaggingScratch.Opening;
        var rowStart = TaggingScratch.PairRowStart;
        var openingScores = Vector256.Create(
            scores[opening[0]], scores[opening[1]], scores[opening[2]], scores[opening[3]],
            scores[opening[4]], scores[opening[5]], scores[opening[6]], scores[opening[7]]);
        var openingRests = Vector256.Create(
            next[opening[0]], next[opening[1]], next[opening[2]], next[opening[3]],
            next[opening[4]], next[opening[5]], next[opening[6]], next[opening[7]]);
        var (lastScore, lastRest) = (scores[opening[8]], next[opening[8]]);
        foreach (var c in TaggingScratch.Closing)
        {
            var row = transitions.Slice(rowStart[c + 1], opening.Length);
            var values = Vector256.Create(row) + openingScores + openingRests;
            var half = Vector128.Max(values.GetLower(), values.GetUpper());
            half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(2, 3, 0, 1)));
            half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(1, 0, 3, 2)));
            var top = half.ToScalar();
            if (!float.IsNegativeInfinity(lastRest))
            {
                var last = row[8] + lastScore + lastRest;
                if (last > top)
                {
                    top = last;
                }
            }

            here[c] = top;
        }
    }

    /// <summary>
    /// Token <paramref name="i"/>'s max-marginals: for each label, the best path score up to and including it (from
    /// <see cref="Viterbi(TaggingScratch, Span{int})"/>) plus its best continuation (from <see cref="BestContinuations(TaggingScratch)"/>); −∞ where impossible.
    /// </summary>
    internal static void MaxMarginals(TaggingScratch scratch, int i, Span<float> values)
    {
        const int L = TaggingScratch.Labels;
        for (var c = 0; c < L; c++)
        {
            values[c] = scratch.Best[(i * L) + c] + scratch.Ahead[(i * L) + c];
        }
    }

    /// <summary>Softmax at <paramref name="temperature"/> over token <paramref name="i"/>'s max-marginals; impossible labels get 0.</summary>
    internal static void TokenProbabilities(TaggingScratch scratch, int i, float temperature, Span<float> probabilities)
    {
        MaxMarginals(scratch, i, probabilities);
        Softmax(probabilities, temperature);
    }

    /// <summary>Replaces <paramref name="values"/> by their softmax at <paramref name="temperature"/> (−∞ becomes 0).</summary>
    internal static void Softmax(Span<float> values, float temperature)
    {
        var max = float.NegativeInfinity;
        foreach (var value in values)
        {
            max = Math.Max(max, value);
        }

        float sum = 0;
        for (var c = 0; c < values.Length; c++)
        {
            var weight = float.IsNegativeInfinity(values[c]) ? 0 : MathF.Exp((values[c] - max) / temperature);
            values[c] = weight;
            sum += weight;
        }

        for (var c = 0; c < values.Length; c++)
        {
            values[c] /= sum;
        }
    }

    /// <summary>Fills the scratch with every token's label scores and every (previous label → label) transition score.</summary>
    internal void ScoreSentence(TaggingScratch scratch)
    {
        const int L = TaggingScratch.Labels;
        var sentence = scratch.Sentence;
        var n = sentence.Count;
        scratch.EnsureCapacity(n);
        if (n == 0)
        {
            return;
        }

        var features = scratch.Features.AsSpan();

        // The first transition feature is the same for every token (the plain label-pair scores): looked up once
        // per sentence and copied, instead of cleared, looked up and added at every token. Only the allowed
        // pairs are scored, the only ones the decoders read.
        var pairs = TaggingScratch.AllowedPairs;
        NerFeatures.ExtractTransition(sentence, 0, features);
        Span<float> plainTransitions = stackalloc float[TaggingScratch.PairCount];
        Transitions.WeightsOf(features[0], pairs, plainTransitions);
        for (var i = 0; i < n; i++)
        {
            var count = NerFeatures.ExtractStatic(sentence, i, features);
            var scores = scratch.Static.AsSpan(i * L, L);
            if (scratch.TokenScores is { } cache)
            {
                // The features of the token alone come first, so their sum is the same prefix of the same additions.
                const int Own = NerFeatures.TokenOwnFeatures;
                if (!cache.TryCopy(sentence.Word[i], scores))
                {
                    Perceptron.Score(features[..Own], scores);
                    cache.Store(sentence.Word[i], scores);
                }

                Perceptron.AddScores(features[Own..count], scores);
            }
            else
            {
                Perceptron.Score(features[..count], scores);
            }

            count = NerFeatures.ExtractTransition(sentence, i, features);
            var transitions = scratch.Transition.AsSpan(i * pairs.Count, pairs.Count);
            plainTransitions.CopyTo(transitions);
            Transitions.AddScores(features[1..count], transitions, pairs);
        }
    }

    /// <summary>The best allowed label sequence for the scores in the scratch; ties go to the lower label index.</summary>
    internal static void Viterbi(TaggingScratch scratch, Span<int> labels) => Viterbi(scratch, labels, TaggingScratch.VectorDecoding);

    /// <inheritdoc cref="Viterbi(TaggingScratch, Span{int})"/>
    /// <param name="scratch">The scratch ScoreSentence filled.</param>
    /// <param name="labels">The best labels, one per token.</param>
    /// <param name="vectors">Whether the opening labels are taken together (<see cref="TaggingScratch.VectorDecoding"/>);
    /// false gives the plain loop, which tests compare against.</param>
    internal static void Viterbi(TaggingScratch scratch, Span<int> labels, bool vectors)
    {
        const int L = TaggingScratch.Labels;
        var n = scratch.Sentence.Count;
        var best = scratch.Best;
        var back = scratch.Back;
        var pairs = TaggingScratch.PairCount;

        // The first token follows the sentence start (row 0 of the compact transition scores).
        var startPositions = TaggingScratch.AllowedPairs.Positions;
        for (var c = 0; c < L; c++)
        {
            var k = startPositions[TaggingScratch.Pair(-1, c)];
            best[c] = k < 0 ? float.NegativeInfinity : scratch.Transition[k] + scratch.Static[c];
            back[c] = -1;
        }

        var stepStart = TaggingScratch.PredecessorStart;
        var stepLabel = TaggingScratch.PredecessorLabel;
        var stepPair = TaggingScratch.PredecessorPair;
        for (var i = 1; i < n; i++)
        {
            var previous = best.AsSpan((i - 1) * L, L);
            var transitions = scratch.Transition.AsSpan(i * pairs, pairs);
            var scores = scratch.Static.AsSpan(i * L, L);
            var current = best.AsSpan(i * L, L);
            var from = back.AsSpan(i * L, L);
            if (vectors)
            {
                ViterbiOpeningLabels(previous, transitions, scores, current, from);
            }

            for (var c = 0; c < L; c++)
            {
                if (vectors && TaggingScratch.IsOpening[c])
                {
                    continue;
                }

                var top = float.NegativeInfinity;
                var source = -1;
                for (var j = stepStart[c]; j < stepStart[c + 1]; j++)
                {
                    var p = stepLabel[j];
                    if (float.IsNegativeInfinity(previous[p]))
                    {
                        continue;
                    }

                    var value = previous[p] + transitions[stepPair[j]];
                    if (source < 0 || value > top)
                    {
                        top = value;
                        source = p;
                    }
                }

                current[c] = float.IsNegativeInfinity(top) ? top : top + scores[c];
                from[c] = source;
            }
        }

        // The sentence may not end inside a span (on B or I).
        var last = -1;
        for (var c = 0; c < L; c++)
        {
            var value = best[((n - 1) * L) + c];
            if (TaggingScratch.AllowedAtEnd[c] && !float.IsNegativeInfinity(value) && (last < 0 || value > best[((n - 1) * L) + last]))
            {
                last = c;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = back[(i * L) + last];
        }
    }
}

/// <summary>Buffers reused while tagging (one per call or thread; not shared), and the fixed transition constraints.</summary>
internal sealed class TaggingScratch
{
    /// <summary>Number of labels, as a constant for index arithmetic.</summary>
    public const int Labels = 17;

    /// <summary>Transition scores per token: (previous label + 1) × label, row 0 being the sentence start.</summary>
    public const int TransitionWidth = (Labels + 1) * Labels;

    /// <summary>Index of a (previous label, label) pair in a transition row.</summary>
    public static int Pair(int previous, int label) => ((previous + 1) * Labels) + label;

    private static readonly bool[][] AllowedTable = BuildAllowed();

    /// <summary>
    /// The (previous label, label) pairs the BILOU constraints allow, 106 of the 306, in pair order (sentence start
    /// first): the only transition scores the decoders read, so the only ones <see cref="Transition"/> holds.
    /// </summary>
    public static readonly LabelSelection AllowedPairs =
        new(TransitionWidth, Enumerable.Range(0, TransitionWidth).Where(pair => AllowedAfter((pair / Labels) - 1)[pair % Labels]));

    /// <summary>Transition scores per token (<see cref="AllowedPairs"/>).</summary>
    public static readonly int PairCount = AllowedPairs.Count;

    /// <summary>The label of each allowed pair (the label the pair leads to).</summary>
    public static readonly int[] PairLabel = [.. AllowedPairs.Labels.Select(pair => pair % Labels)];

    /// <summary>
    /// Where the allowed pairs after each previous label begin: those after label c are
    /// [PairRowStart[c + 1], PairRowStart[c + 2]), after the sentence start [PairRowStart[0], PairRowStart[1]).
    /// </summary>
    public static readonly int[] PairRowStart = [.. Enumerable.Range(0, Labels + 2).Select(row => AllowedPairs.Labels.Count(pair => pair / Labels < row))];

    /// <summary>
    /// For Viterbi, each label's predecessors in label order: those of label c are entries [PredecessorStart[c],
    /// PredecessorStart[c + 1]) of <see cref="PredecessorLabel"/>, with the pair's place in
    /// <see cref="AllowedPairs"/> in <see cref="PredecessorPair"/>.
    /// </summary>
    public static readonly int[] PredecessorStart = [.. Enumerable.Range(0, Labels + 1).Select(c => Enumerable.Range(0, c).Sum(d => Predecessors(d).Length))];

    /// <inheritdoc cref="PredecessorStart"/>
    public static readonly int[] PredecessorLabel = [.. Enumerable.Range(0, Labels).SelectMany(Predecessors)];

    /// <inheritdoc cref="PredecessorStart"/>
    public static readonly int[] PredecessorPair = [.. Enumerable.Range(0, Labels).SelectMany(c => Predecessors(c).Select(p => AllowedPairs.Positions[Pair(p, c)]))];

    /// <summary>The labels that open a span or stay outside (O, B-*, U-*): those allowed after O, in label order.</summary>
    public static readonly int[] Opening = [.. Enumerable.Range(0, Labels).Where(c => AllowedAfter(NerLabels.Outside)[c])];

    /// <summary>The labels the <see cref="Opening"/> ones may follow (O, L-*, U-*), in label order.</summary>
    public static readonly int[] Closing = Predecessors(NerLabels.Outside);

    /// <summary>Which labels are <see cref="Opening"/>.</summary>
    public static readonly bool[] IsOpening = [.. Enumerable.Range(0, Labels).Select(c => Opening.Contains(c))];

    /// <summary>Which labels are <see cref="Closing"/>.</summary>
    public static readonly bool[] IsClosing = [.. Enumerable.Range(0, Labels).Select(c => Closing.Contains(c))];

    /// <summary>
    /// Whether the decoders take the nine <see cref="Opening"/> labels together (NerModel.ViterbiOpeningLabels,
    /// AheadOfClosingLabels): every opening label follows exactly the <see cref="Closing"/> labels, every closing
    /// label is followed by exactly the opening ones, and they fill one eight-lane vector and one scalar.
    /// </summary>
    public static readonly bool VectorDecoding = Vector256.IsHardwareAccelerated && Vector256<float>.Count == 8 && Opening.Length == 9
        && Opening.All(c => Predecessors(c).SequenceEqual(Closing))
        && Closing.All(p => Enumerable.Range(0, Labels).Where(d => AllowedAfter(p)[d]).SequenceEqual(Opening));

    /// <summary>Labels a sentence may end on (not B or I).</summary>
    public static readonly bool[] AllowedAtEnd = [.. Enumerable.Range(0, Labels).Select(c => c == NerLabels.Outside || (c - 1) % 4 >= 2)];

    /// <summary>
    /// A scratch for a model that no longer learns may remember token scores across sentences and documents
    /// (<see cref="TokenScoreCache"/>); one used while training must not, since the weights move.
    /// </summary>
    public TaggingScratch(bool cacheTokenScores = false) => TokenScores = cacheTokenScores ? new TokenScoreCache() : null;

    /// <summary>Scores of each token's own features, by token; null when not cached.</summary>
    public TokenScoreCache? TokenScores { get; }

    public SentenceFeatures Sentence { get; } = new();

    public ulong[] Features { get; } = new ulong[NerFeatures.MaxFeatures];

    public float[] Static { get; private set; } = [];

    public float[] Transition { get; private set; } = [];

    public float[] Best { get; private set; } = [];

    public int[] Back { get; private set; } = [];

    /// <summary>Per token and label, the best score of the rest of the sentence (see <see cref="NerModel.BestContinuations(TaggingScratch)"/>).</summary>
    public float[] Ahead { get; private set; } = [];

    /// <summary>Which labels may follow <paramref name="previous"/> (-1: sentence start).</summary>
    public static bool[] AllowedAfter(int previous) => AllowedTable[previous + 1];

    /// <summary>The labels <paramref name="label"/> may follow, in label order.</summary>
    private static int[] Predecessors(int label) => [.. Enumerable.Range(0, Labels).Where(c => AllowedAfter(c)[label])];

    /// <summary>Longest sentence, in tokens, the buffers hold without growing.</summary>
    public int SentenceCapacity => Static.Length / Labels;

    /// <summary>
    /// Lets go of the sentence buffers when they hold more than <paramref name="tokens"/> tokens (the next sentence
    /// allocates what it needs); the token-score cache is kept.
    /// </summary>
    public void ReleaseBuffersOver(int tokens)
    {
        if (SentenceCapacity > tokens)
        {
            Static = Transition = Best = Ahead = [];
            Back = [];
        }
    }

    public void EnsureCapacity(int n)
    {
        if (Static.Length >= n * Labels)
        {
            return;
        }

        var size = Math.Max(n, Static.Length / Labels * 2);
        Static = new float[size * Labels];
        Transition = new float[size * PairCount];
        Best = new float[size * Labels];
        Back = new int[size * Labels];
        Ahead = new float[size * Labels];
    }

    private static bool[][] BuildAllowed()
    {
        if (NerLabels.Count != Labels)
        {
            throw new InvalidOperationException("TaggingScratch.Labels must equal NerLabels.Count.");
        }

        var table = new bool[Labels + 1][];
        for (var previous = -1; previous < Labels; previous++)
        {
            table[previous + 1] = new bool[Labels];
            NerLabels.Allowed(previous, table[previous + 1]);
        }

        return table;
    }
}

/// <summary>
/// The label scores of the features a token has by itself (<see cref="NerFeatures.TokenOwnFeatures"/>: the word,
/// its lower case, shape, length and affixes), by the token's exact text. News repeats its words ("the", "said",
/// the names of the day), and one probe here replaces 13 probes of the weight table, which is too large for the
/// processor's caches. Direct-mapped: a token's slot is fixed by its hash and a newer token simply replaces an
/// older one. 16,384 slots of 76 bytes (1.2 MB per thread): a probe reads one slot, cached or not, where a miss costs
/// 13 look-ups. On bench_text.txt (189,607 tokens, read once) 82% of the probes hit, against 73% with 4,096 slots.
/// </summary>
internal sealed class TokenScoreCache
{
    private const int Slots = 16384;
    private readonly ulong[] keys = new ulong[Slots];
    private readonly float[] scores = new float[Slots * TaggingScratch.Labels];

    /// <summary>Copies the cached scores of <paramref name="token"/> (its exact-text hash) into <paramref name="destination"/>.</summary>
    public bool TryCopy(ulong token, Span<float> destination)
    {
        var slot = SlotOf(token);
        if (token == 0 || keys[slot] != token)
        {
            return false;
        }

        scores.AsSpan(slot * TaggingScratch.Labels, TaggingScratch.Labels).CopyTo(destination);
        return true;
    }

    /// <summary>Remembers the scores of <paramref name="token"/> (0, the empty-slot mark, is not cached).</summary>
    public void Store(ulong token, ReadOnlySpan<float> values)
    {
        if (token == 0)
        {
            return;
        }

        var slot = SlotOf(token);
        keys[slot] = token;
        values.CopyTo(scores.AsSpan(slot * TaggingScratch.Labels, TaggingScratch.Labels));
    }

    private static int SlotOf(ulong token) => (int)((token ^ (token >> 32)) & (Slots - 1));
}
