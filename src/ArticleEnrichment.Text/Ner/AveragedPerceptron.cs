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
        frozen = new FeatureTable(rows);
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
        => RowOf(feature) is >= 0 and var row ? weights.AsSpan(row * LabelCount, LabelCount) : new float[LabelCount];

    /// <summary>Adds the weights of every known feature in <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var w = weights.AsSpan();
        foreach (var feature in features)
        {
            var row = RowOf(feature);
            if (row >= 0)
            {
                Add(scores, w.Slice(row * LabelCount, LabelCount));
            }
        }
    }

    private int RowOf(ulong feature) => frozen is { } table ? table.Find(feature) : rows.TryGetValue(feature, out var row) ? row : -1;

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

    /// <summary>
    /// The best label among those <paramref name="allowed"/> (all when empty) for the given scores; ties go to
    /// the lowest label index so the choice never depends on anything but the scores.
    /// </summary>
    public static int ArgMax(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var label = 0; label < scores.Length; label++)
        {
            if ((allowed.IsEmpty || allowed[label]) && (best < 0 || scores[label] > bestScore))
            {
                best = label;
                bestScore = scores[label];
            }
        }

        return best;
    }

    /// <summary>Scores the features and returns the best allowed label (see <see cref="ArgMax"/>).</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores, ReadOnlySpan<bool> allowed)
    {
        Score(features, scores);
        return ArgMax(scores[..LabelCount], allowed);
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
        frozen = new FeatureTable(rows);
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
    /// The feature-to-row index once learning is over: open addressing with linear probing over (key, row)
    /// pairs in one array, at most half full. Tagging looks up some 40 features per token in a table of 170k;
    /// one probe usually touches one cache line, where <see cref="Dictionary{TKey, TValue}"/> touches its bucket and
    /// entry arrays apart. The keys are already 64-bit hashes, so their low bits pick the slot.
    /// </summary>
    private sealed class FeatureTable
    {
        private readonly (ulong Key, int Row)[] slots;
        private readonly int mask;
        private readonly int zeroRow = -1;

        public FeatureTable(Dictionary<ulong, int> rows)
        {
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
            slots = new (ulong, int)[size];
            mask = size - 1;
            foreach (var (key, row) in rows)
            {
                if (key == 0)
                {
                    zeroRow = row; // 0 marks an empty slot, so the (unlikely) key 0 is kept apart
                    continue;
                }

                var i = (int)key & mask;
                while (slots[i].Key != 0)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = (key, row);
            }
        }

        public int Find(ulong key)
        {
            if (key == 0)
            {
                return zeroRow;
            }

            var i = (int)key & mask;
            while (true)
            {
                var slot = slots[i];
                if (slot.Key == key)
                {
                    return slot.Row;
                }

                if (slot.Key == 0)
                {
                    return -1;
                }

                i = (i + 1) & mask;
            }
        }
    }
}
