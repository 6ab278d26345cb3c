namespace ArticleEnrichment.Text.Ner;

/// <summary>
/// The trained tagger: feature templates (with their gazetteer and lower-case word list), perceptron weights
/// and the confidence temperature, stored as the <see cref="SectionName"/> section of the model file.
/// </summary>
/// <remarks>
/// Decoding is greedy left to right under BILOU transition constraints. Greedy rather than Viterbi because
/// the features may then look at the two previous predicted labels (Viterbi would cost a label-pair lattice
/// for that), it is several times faster for the 1 MB/s target, and for NER with rich lexical features the
/// published gap between the two is a fraction of a point (Ratinov &amp; Roth 2009, "Design challenges and
/// misconceptions in NER"). The constraints keep every output sequence well formed.
/// </remarks>
public sealed class NerModel
{
    /// <summary>Name of the model-file section holding the tagger.</summary>
    public const string SectionName = "ner";

    /// <summary>Layout version of the section itself (the features have their own version).</summary>
    private const int SectionFormat = 1;

    internal NerModel(NerFeatures features, AveragedPerceptron perceptron, float temperature)
    {
        if (perceptron.LabelCount != NerLabels.Count)
        {
            throw new InvalidDataException($"The NER weights have {perceptron.LabelCount} labels; this build expects {NerLabels.Count}.");
        }

        Features = features;
        Perceptron = perceptron;
        Temperature = temperature;
    }

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

        return new NerModel(new NerFeatures(gazetteer, words), AveragedPerceptron.Load(reader), temperature);
    }

    /// <summary>
    /// Tags one sentence greedily: each token gets the best label allowed after the previous one, and the
    /// softmax probability of that label among the allowed ones (scores divided by <see cref="Temperature"/>).
    /// </summary>
    internal void Tag(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, TaggingScratch scratch, Span<int> labels, Span<float> confidences)
    {
        Features.Prepare(text, starts, lengths, scratch.Sentence);
        var features = scratch.Features.AsSpan();
        var scores = scratch.Scores.AsSpan();
        var allowed = scratch.Allowed.AsSpan();
        int previous = -1, previous2 = -1;
        for (var i = 0; i < starts.Length; i++)
        {
            var count = NerFeatures.Extract(scratch.Sentence, i, previous, previous2, features);
            NerLabels.Allowed(previous, allowed);
            var label = Perceptron.Predict(features[..count], scores, allowed);
            labels[i] = label;
            confidences[i] = Probability(scores, allowed, label, Temperature);
            previous2 = previous;
            previous = label;
        }
    }

    /// <summary>Softmax probability of <paramref name="label"/> among the allowed labels at the given temperature.</summary>
    internal static float Probability(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed, int label, float temperature)
    {
        var max = float.NegativeInfinity;
        for (var l = 0; l < allowed.Length; l++)
        {
            if (allowed[l] && scores[l] > max)
            {
                max = scores[l];
            }
        }

        double sum = 0;
        for (var l = 0; l < allowed.Length; l++)
        {
            if (allowed[l])
            {
                sum += Math.Exp((scores[l] - max) / temperature);
            }
        }

        return (float)(Math.Exp((scores[label] - max) / temperature) / sum);
    }
}

/// <summary>Buffers reused while tagging (one per thread or call; not shared).</summary>
internal sealed class TaggingScratch
{
    public SentenceFeatures Sentence { get; } = new();

    public ulong[] Features { get; } = new ulong[NerFeatures.MaxFeatures];

    public float[] Scores { get; } = new float[NerLabels.Count];

    public bool[] Allowed { get; } = new bool[NerLabels.Count];
}
