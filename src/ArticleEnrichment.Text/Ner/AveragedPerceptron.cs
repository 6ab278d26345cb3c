namespace ArticleEnrichment.Text.Ner;

/// <summary>
/// A multi-class averaged perceptron over hashed features. It knows only weights: score, predict, update,
/// average, save and load; feature templates, labels and the training loop belong to the tagger.
/// </summary>
/// <remarks>
/// Weights live in dense rows (one float per label) reached through a feature-key dictionary. Averaging uses
/// the "lazy" form (Daumé III): besides the weights <c>w</c> it keeps <c>u = Σ c·δ</c>, where <c>c</c> counts
/// training examples, so the average is <c>w − u / c</c> without touching every weight at every step.
/// </remarks>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> rows;
    private FeatureTable? frozen;
    private float[] weights;
    private double[]? accumulated;
    private long examples;

    /// <summary>A perceptron for <paramref name="labelCount"/> labels, ready for training.</summary>
    public AveragedPerceptron(int labelCount, int expectedFeatures = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 2);
        LabelCount = labelCount;
        rows = new Dictionary<ulong, int>(expectedFeatures);
        weights = new float[expectedFeatures * labelCount];
        accumulated = new double[expectedFeatures * labelCount];
    }

    private AveragedPerceptron(int labelCount, Dictionary<ulong, int> rows, float[] weights)
    {
        LabelCount = labelCount;
        this.rows = rows;
        this.weights = weights;
        frozen = new FeatureTable(rows, weights, labelCount);
    }

    /// <summary>Number of labels (classes).</summary>
    public int LabelCount { get; }

    /// <summary>Number of features that have a weight row.</summary>
    public int FeatureCount => rows.Count;

    /// <summary>
    /// Gives <paramref name="feature"/> a weight row so updates can move it. Features never added are ignored
    /// by <see cref="Update(ReadOnlySpan{ulong}, int, float)"/>; that is how the trainer applies its frequency cut-off.
    /// </summary>
    public void AddFeature(ulong feature)
    {
        if (accumulated is null)
        {
            throw new InvalidOperationException("The perceptron was averaged or loaded; it can no longer learn.");
        }

        if (rows.ContainsKey(feature))
        {
            return;
        }

        var row = rows.Count;
        rows.Add(feature, row);
        var needed = (row + 1) * LabelCount;
        if (needed > weights.Length)
        {
            var size = Math.Max(needed, weights.Length * 2);
            Array.Resize(ref weights, size);
            Array.Resize(ref accumulated, size);
        }
    }

    /// <summary>Adds the weights of every known feature in <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..LabelCount].Clear();
        AddScores(features, scores);
    }

    /// <summary>The weights of <paramref name="feature"/> (all zero when it has none).</summary>
    public ReadOnlySpan<float> WeightsOf(ulong feature)
        => rows.TryGetValue(feature, out var row) ? weights.AsSpan(row * LabelCount, LabelCount) : new float[LabelCount];

    /// <summary>The weights of <paramref name="feature"/> for the selected labels only (zero when it has none): <paramref name="destination"/>[k] gets label <c>selection.Labels[k]</c>'s.</summary>
    public void WeightsOf(ulong feature, LabelSelection selection, Span<float> destination)
    {
        if (!rows.TryGetValue(feature, out var row))
        {
            destination[..selection.Count].Clear();
            return;
        }

        var weightsOfRow = weights.AsSpan(row * LabelCount, LabelCount);
        var labels = selection.Labels;
        for (var k = 0; k < labels.Length; k++)
        {
            destination[k] = weightsOfRow[labels[k]];
        }
    }

    /// <summary>
    /// Adds the weights of every known feature in <paramref name="features"/> for the selected labels only:
    /// <paramref name="scores"/>[k] gets label <c>selection.Labels[k]</c>'s. Each score gets the same additions, in
    /// the same order, as with <see cref="AddScores(ReadOnlySpan{ulong}, Span{float})"/> over every label.
    /// </summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores, LabelSelection selection)
    {
        if (frozen is { } table)
        {
            table.AddScores(features, scores, selection);
            return;
        }

        var labels = selection.Labels;
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var weightsOfRow = weights.AsSpan(row * LabelCount, LabelCount);
                for (var k = 0; k < labels.Length; k++)
                {
                    scores[k] += weightsOfRow[labels[k]];
                }
            }
        }
    }

    /// <summary>Adds the weights of every known feature in <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (frozen is { } table)
        {
            table.AddScores(features, scores);
            return;
        }

        var w = weights.AsSpan();
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                Add(scores, w.Slice(row * LabelCount, LabelCount));
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<float> scores, ReadOnlySpan<float> row)
    {
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var width = System.Numerics.Vector<float>.Count;
            for (; i <= row.Length - width; i += width)
            {
                (new System.Numerics.Vector<float>(scores[i..]) + new System.Numerics.Vector<float>(row[i..])).CopyTo(scores[i..]);
            }
        }

        for (; i < row.Length; i++)
        {
            scores[i] += row[i];
        }
    }

    /// <summary>Counts one training example (a sentence); the average weighs every example equally.</summary>
    public void Tick()
    {
        _ = accumulated ?? throw new InvalidOperationException("The perceptron was averaged or loaded; it can no longer learn.");
        examples++;
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of <paramref name="label"/> for every known feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int label, float delta)
    {
        var totals = accumulated ?? throw new InvalidOperationException("The perceptron was averaged or loaded; it can no longer learn.");
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var index = (row * LabelCount) + label;
                weights[index] += delta;
                totals[index] += (double)examples * delta;
            }
        }
    }

    /// <summary>The classic perceptron step for one example: toward <paramref name="truth"/>, away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        Tick();
        if (truth != guess)
        {
            Update(features, truth, 1f);
            Update(features, guess, -1f);
        }
    }

    /// <summary>Replaces the weights by their average over all training examples; learning ends here.</summary>
    public void Average()
    {
        var totals = accumulated ?? throw new InvalidOperationException("Already averaged.");
        if (examples > 0)
        {
            for (var i = 0; i < rows.Count * LabelCount; i++)
            {
                weights[i] = (float)(weights[i] - (totals[i] / examples));
            }
        }

        accumulated = null;
        frozen = new FeatureTable(rows, weights, LabelCount);
    }

    /// <summary>
    /// Writes the weights: features in ascending key order, each with only its non-zero weights stored as
    /// half-precision floats (11 significant bits, far finer than the differences that change a prediction),
    /// which keeps the model file small. The same weights always give the same bytes.
    /// </summary>
    public void Save(BinaryWriter writer)
    {
        var kept = new List<(ulong Key, int Row)>(rows.Count);
        foreach (var (key, row) in rows)
        {
            if (HasNonZeroHalf(row))
            {
                kept.Add((key, row));
            }
        }

        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(LabelCount);
        writer.Write(kept.Count);
        foreach (var (key, row) in kept)
        {
            writer.Write(key);
            var offset = row * LabelCount;
            ushort nonZero = 0;
            for (var label = 0; label < LabelCount; label++)
            {
                nonZero += (ushort)((Half)weights[offset + label] != Half.Zero ? 1 : 0);
            }

            writer.Write(nonZero);
            for (var label = 0; label < LabelCount; label++)
            {
                var value = (Half)weights[offset + label];
                if (value != Half.Zero)
                {
                    writer.Write((ushort)label);
                    writer.Write(value);
                }
            }
        }
    }

    private bool HasNonZeroHalf(int row)
    {
        for (var label = 0; label < LabelCount; label++)
        {
            if ((Half)weights[(row * LabelCount) + label] != Half.Zero)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads weights written by <see cref="Save"/>; the result predicts but no longer learns.</summary>
    public static AveragedPerceptron Load(BinaryReader reader)
    {
        var labelCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (labelCount < 2 || labelCount > ushort.MaxValue || count < 0)
        {
            throw new InvalidDataException($"Corrupt perceptron weights ({labelCount} labels, {count} features).");
        }

        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * labelCount];
        for (var row = 0; row < count; row++)
        {
            rows.Add(reader.ReadUInt64(), row);
            int nonZero = reader.ReadUInt16();
            for (var i = 0; i < nonZero; i++)
            {
                int label = reader.ReadUInt16();
                if (label >= labelCount)
                {
                    throw new InvalidDataException($"Corrupt perceptron weights (label {label} of {labelCount}).");
                }

                weights[(row * labelCount) + label] = (float)reader.ReadHalf();
            }
        }

        return new AveragedPerceptron(labelCount, rows, weights);
    }

    /// <summary>
    /// The weights once learning is over, for scoring. Tagging looks up some 30 features per token in a table far
    /// larger than the processor's caches, so the layout is about cache misses. An open-addressing index (linear
    /// probing, at most half full; the keys are already 64-bit hashes, so their low bits pick the slot) holds 4
    /// bytes per slot: the feature's row and the top bits of its key. It is small enough to stay mostly in the
    /// processor's second-level cache, so a feature the model does not know (most word bigrams) costs no miss at
    /// all, and for a known one the full key (checked, so the table answers exactly what a dictionary would) and
    /// the weights are read side by side, not one after the other. A row with few non-zero weights (most label-pair
    /// rows: 2% of those weights are non-zero, about 6 of 306 per row) is kept as (label, weight) pairs and only
    /// those are added; a fuller row is added densely, 8 labels per vector instruction. Either way every score gets
    /// the same additions of the same values in the same feature order, so scores are bit-identical.
    /// </summary>
    private sealed class FeatureTable
    {
        private readonly uint[] index;
        private readonly ulong[] keys;
        private readonly float[] weights;
        private readonly (int Start, int Count)[] sparseRows;
        private readonly (int Label, float Weight)[] pairs;
        private readonly int labelCount;
        private readonly int mask;

        // An index entry: the key's top bits (fingerprint), then a flag for a row kept as pairs, then row + 1 (so 0
        // marks an empty slot).
        private readonly uint rowMask;
        private readonly uint sparseFlag;
        private readonly int fingerprintShift;
        private readonly int keyShift;

        public FeatureTable(Dictionary<ulong, int> rows, float[] weights, int labelCount)
        {
            this.weights = weights;
            this.labelCount = labelCount;
            var rowBits = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)rows.Count);
            rowMask = (1u << rowBits) - 1;
            sparseFlag = 1u << rowBits;
            fingerprintShift = rowBits + 1;
            keyShift = 64 - (32 - fingerprintShift);
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
            index = new uint[size];
            mask = size - 1;
            keys = new ulong[rows.Count];
            sparseRows = new (int, int)[rows.Count];
            var sparse = new List<(int, float)>();
            foreach (var (key, row) in rows)
            {
                keys[row] = key;
                var weightsOfRow = weights.AsSpan(row * labelCount, labelCount);
                var nonZero = labelCount - weightsOfRow.Count(0f);

                // A vector instruction adds 8 floats; a pair costs one addition. Pairs win up to labelCount / 8.
                var entry = (Fingerprint(key) << fingerprintShift) | (uint)(row + 1);
                if (nonZero * 8 <= labelCount)
                {
                    entry |= sparseFlag;
                    sparseRows[row] = (sparse.Count, nonZero);
                    for (var label = 0; label < labelCount; label++)
                    {
                        if (weightsOfRow[label] != 0f)
                        {
                            sparse.Add((label, weightsOfRow[label]));
                        }
                    }
                }

                var i = (int)key & mask;
                while (index[i] != 0)
                {
                    i = (i + 1) & mask;
                }

                index[i] = entry;
            }

            pairs = [.. sparse];
        }

        public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            foreach (var feature in features)
            {
                var entry = Find(feature);
                if (entry == 0)
                {
                    continue;
                }

                var row = (int)(entry & rowMask) - 1;
                if ((entry & sparseFlag) == 0)
                {
                    Add(scores, weights.AsSpan(row * labelCount, labelCount));
                    continue;
                }

                var (start, count) = sparseRows[row];
                foreach (var (label, weight) in pairs.AsSpan(start, count))
                {
                    scores[label] += weight;
                }
            }
        }

        public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores, LabelSelection selection)
        {
            foreach (var feature in features)
            {
                var entry = Find(feature);
                if (entry == 0)
                {
                    continue;
                }

                var row = (int)(entry & rowMask) - 1;
                if ((entry & sparseFlag) == 0)
                {
                    var weightsOfRow = weights.AsSpan(row * labelCount, labelCount);
                    var labels = selection.Labels;
                    for (var k = 0; k < labels.Length; k++)
                    {
                        scores[k] += weightsOfRow[labels[k]];
                    }

                    continue;
                }

                // A pair of a label left out of the selection is skipped; a label without a pair gets nothing, as
                // adding its zero weight would give (no score is −0).
                var positions = selection.Positions;
                var (start, count) = sparseRows[row];
                foreach (var (label, weight) in pairs.AsSpan(start, count))
                {
                    var k = positions[label];
                    if (k >= 0)
                    {
                        scores[k] += weight;
                    }
                }
            }
        }

        private uint Fingerprint(ulong key) => (uint)(key >> keyShift);

        /// <summary>The index entry of <paramref name="key"/>, or 0 when the table does not hold it.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private uint Find(ulong key)
        {
            var fingerprint = Fingerprint(key);
            for (var i = (int)key & mask; ; i = (i + 1) & mask)
            {
                var entry = index[i];
                if (entry == 0)
                {
                    return 0;
                }

                if (entry >> fingerprintShift == fingerprint && keys[(int)(entry & rowMask) - 1] == key)
                {
                    return entry;
                }
            }
        }
    }
}

/// <summary>
/// Some of a perceptron's labels, for scoring only those: the tagger's decoders read only the (previous label,
/// label) pairs that the BILOU constraints allow, 106 of the 306.
/// </summary>
public sealed class LabelSelection
{
    /// <summary>The selection of <paramref name="labels"/> (ascending, distinct) out of <paramref name="labelCount"/>.</summary>
    public LabelSelection(int labelCount, IEnumerable<int> labels)
    {
        Labels = [.. labels];
        Positions = new int[labelCount];
        Positions.AsSpan().Fill(-1);
        for (var k = 0; k < Labels.Length; k++)
        {
            Positions[Labels[k]] = k;
        }
    }

    /// <summary>How many labels are selected.</summary>
    public int Count => Labels.Length;

    /// <summary>The selected labels, ascending: position k holds label <c>Labels[k]</c>.</summary>
    public int[] Labels { get; }

    /// <summary>Each label's position in the selection, or −1 for a label left out.</summary>
    public int[] Positions { get; }
}
