using System.Diagnostics;

namespace ArticleEnrichment.Text.Ner;

/// <summary>Training choices; the defaults are what the committed model was trained with.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training sentences; default 12 (development-set F1 after 8, 12 and 20 passes: 0.466, 0.467, 0.462).</summary>
    public int Iterations { get; init; } = 12;

    /// <summary>Seed of the sentence shuffle before each pass; default 20261128. Same seed, same model bytes.</summary>
    public ulong Seed { get; init; } = 20261128;

    /// <summary>
    /// A feature must occur this often in the training data to get a weight; default 3. Rare features mostly
    /// memorize a single sentence. With the mention-replaced copies, a cut-off of 2 kept 382k of 668k features and
    /// 3 keeps 173k: development-set F1 0.482 vs 0.485, and with a whole training corpus left out 0.588/0.652 vs
    /// 0.582/0.657 (Re-DocRED dev/EWT dev), i.e. no difference, while scoring a token is 12% faster and the model
    /// 1 MB smaller.
    /// </summary>
    public int MinFeatureCount { get; init; } = 3;

    /// <summary>
    /// Adds a mention-replaced copy of every training sentence that names something (<see cref="MentionReplacement"/>);
    /// default on. Measured on held-out slices of the training files (the last 20% of Re-DocRED dev and of EWT dev,
    /// trained on the rest) and on the development set: F1 0.722 → 0.725, 0.669 → 0.685 and 0.480 → 0.493. A second
    /// copy did not help (0.719, 0.681, 0.489).
    /// </summary>
    public bool ReplaceMentions { get; init; } = true;
}

/// <summary>Trains the tagger deterministically: fixed seed, fixed number of passes, ties by label order.</summary>
public static class NerTrainer
{
    /// <summary>Training files, relative to <c>data/ner</c> (the corpora's training splits only).</summary>
    public static readonly string[] TrainingFiles =
    [
        "redocred/dev.conllstyle.bio", "wnut17/train.bio", "wnut17/dev.bio",
        "btc/section_a.bio", "btc/section_b.bio", "btc/section_e.bio", "btc/section_g.bio",
        "uner_en/en_ewt_dev.bio",
    ];

    /// <summary>Development file (BTC's standard split): fits the confidence temperature and decided between training choices.</summary>
    public const string DevelopmentFile = "btc/section_h.bio";

    /// <summary>Evaluation files: never trained or tuned on.</summary>
    public static readonly string[] EvaluationFiles =
    [
        "redocred/test.conllstyle.bio", "wikigold/all.bio", "uner_en/en_pud_test.bio",
        "uner_en/en_ewt_test.bio", "btc/section_f.bio", "wnut17/test.bio",
    ];

    /// <summary>Trains on the training files under <paramref name="sharedDataDirectory"/> (the folder holding <c>ner</c> and <c>gazetteers</c>).</summary>
    public static NerModel TrainFromSharedData(string sharedDataDirectory, NerTrainingOptions? options = null, IProgress<string>? progress = null)
    {
        var sentences = new List<BioSentence>();
        foreach (var file in TrainingFiles)
        {
            var read = BioReader.Read(Path.Combine(sharedDataDirectory, "ner", file));
            progress?.Report($"read {file}: {read.Count} sentences");
            sentences.AddRange(read);
        }

        var gazetteer = Gazetteer.FromSharedData(Path.Combine(sharedDataDirectory, "gazetteers"));
        progress?.Report($"gazetteer: {gazetteer.Count} phrases");
        var development = BioReader.Read(Path.Combine(sharedDataDirectory, "ner", DevelopmentFile));
        return Train(sentences, gazetteer, options ?? new NerTrainingOptions(), development, progress);
    }

    /// <summary>Trains a model on <paramref name="sentences"/>; <paramref name="development"/> (optional) fits the confidence temperature.</summary>
    public static NerModel Train(
        IReadOnlyList<BioSentence> sentences,
        Gazetteer gazetteer,
        NerTrainingOptions options,
        IReadOnlyList<BioSentence>? development = null,
        IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        if (options.ReplaceMentions)
        {
            var copies = MentionReplacement.Copies(sentences, options.Seed);
            progress?.Report($"mention replacement: {copies.Count} copies");
            sentences = [.. sentences, .. copies];
        }

        var features = new NerFeatures(gazetteer, LowercaseWords(sentences));
        var prepared = sentences.Select(s => new PreparedSentence(s)).ToArray();
        var scratch = new TaggingScratch();
        var buffer = scratch.Features.AsSpan();

        // Pass 0: count features as they appear with the gold labels; only frequent ones get weights.
        var counts = new Dictionary<ulong, int>();
        var order = new List<ulong>();
        var transitionOrder = new List<ulong>();
        void Count(ReadOnlySpan<ulong> seen, List<ulong> firstSeen)
        {
            foreach (var feature in seen)
            {
                var times = counts.GetValueOrDefault(feature);
                if (times == 0)
                {
                    firstSeen.Add(feature);
                }

                counts[feature] = times + 1;
            }
        }

        foreach (var sentence in prepared)
        {
            features.Prepare(sentence.Text, sentence.Starts, sentence.Lengths, scratch.Sentence);
            for (var i = 0; i < sentence.Labels.Length; i++)
            {
                Count(buffer[..NerFeatures.ExtractStatic(scratch.Sentence, i, buffer)], order);
                Count(buffer[..NerFeatures.ExtractTransition(scratch.Sentence, i, buffer)], transitionOrder);
            }
        }

        var perceptron = new AveragedPerceptron(NerLabels.Count, order.Count / 2);
        foreach (var feature in order)
        {
            if (counts[feature] >= options.MinFeatureCount)
            {
                perceptron.AddFeature(feature);
            }
        }

        var transitions = new AveragedPerceptron(TaggingScratch.TransitionWidth, transitionOrder.Count / 2);
        foreach (var feature in transitionOrder)
        {
            if (counts[feature] >= options.MinFeatureCount)
            {
                transitions.AddFeature(feature);
            }
        }

        progress?.Report($"features: {order.Count} + {transitionOrder.Count} seen, {perceptron.FeatureCount} + {transitions.FeatureCount} kept (min count {options.MinFeatureCount})");
        counts.Clear();
        order.Clear();

        // Structured perceptron: decode each sentence with the current weights; where the best sequence differs
        // from the gold one, move the label features toward the gold label and the transition features toward
        // the gold transition.
        var model = new NerModel(features, perceptron, transitions, 1f);
        var random = new SplitMix64(options.Seed);
        var indices = Enumerable.Range(0, prepared.Length).ToArray();
        var guess = new int[prepared.Max(p => p.Labels.Length)];
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(indices);
            long correct = 0, total = 0;
            foreach (var index in indices)
            {
                var sentence = prepared[index];
                var truth = sentence.Labels;
                features.Prepare(sentence.Text, sentence.Starts, sentence.Lengths, scratch.Sentence);
                model.ScoreSentence(scratch);
                NerModel.Viterbi(scratch, guess);
                perceptron.Tick();
                transitions.Tick();
                for (var i = 0; i < truth.Length; i++)
                {
                    total++;
                    var truthPrevious = i > 0 ? truth[i - 1] : -1;
                    var guessPrevious = i > 0 ? guess[i - 1] : -1;
                    if (truth[i] == guess[i])
                    {
                        correct++;
                    }
                    else
                    {
                        var count = NerFeatures.ExtractStatic(scratch.Sentence, i, buffer);
                        perceptron.Update(buffer[..count], truth[i], 1f);
                        perceptron.Update(buffer[..count], guess[i], -1f);
                    }

                    if (truth[i] != guess[i] || truthPrevious != guessPrevious)
                    {
                        var count = NerFeatures.ExtractTransition(scratch.Sentence, i, buffer);
                        transitions.Update(buffer[..count], TaggingScratch.Pair(truthPrevious, truth[i]), 1f);
                        transitions.Update(buffer[..count], TaggingScratch.Pair(guessPrevious, guess[i]), -1f);
                    }
                }
            }

            progress?.Report($"iteration {iteration}/{options.Iterations}: token accuracy {(double)correct / total:P2} ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        perceptron.Average();
        transitions.Average();
        if (development is { Count: > 0 })
        {
            model.Temperature = FitTemperature(model, development);
            progress?.Report($"confidence temperature {model.Temperature} (fitted on the development set)");
        }

        return model;
    }

    /// <summary>
    /// Words seen in lower case at least 3 times and more often lower-case than capitalized (outside
    /// sentence starts): "the", "however", "minister". A capitalized one is then probably a sentence start or a
    /// headline word, not a name. 3 keeps out one-off typos from the tweets.
    /// </summary>
    private static HashSet<ulong> LowercaseWords(IReadOnlyList<BioSentence> sentences)
    {
        var lower = new Dictionary<ulong, (int Lower, int Capitalized)>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var token = sentence.Tokens[i];
                if (token.Length == 0 || !char.IsLetter(token[0]))
                {
                    continue;
                }

                var key = LowerKey(token);
                var (l, c) = lower.GetValueOrDefault(key);
                if (char.IsLower(token[0]))
                {
                    lower[key] = (l + 1, c);
                }
                else if (i > 0)
                {
                    lower[key] = (l, c + 1);
                }
            }
        }

        return [.. lower.Where(p => p.Value.Lower >= 3 && p.Value.Lower > p.Value.Capitalized).Select(p => p.Key)];
    }

    /// <summary>The same key as <see cref="NerFeatures"/>' lower-cased word value (digits as 0).</summary>
    internal static ulong LowerKey(ReadOnlySpan<char> token)
    {
        var hash = StableHash.Seed;
        foreach (var c in token)
        {
            hash = StableHash.Append(hash, char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return hash;
    }

    /// <summary>
    /// The temperature (from a fixed grid, so the choice is deterministic) that minimizes the development set's
    /// token log-loss of the max-marginal probabilities (see <c>NerModel.Tag</c>): it makes a confidence of 0.8 mean "right about 80% of the time".
    /// </summary>
    private static float FitTemperature(NerModel model, IReadOnlyList<BioSentence> development)
    {
        const int L = TaggingScratch.Labels;
        var scratch = new TaggingScratch();
        var samples = new List<(float[] MaxMarginals, int Truth)>();
        foreach (var bio in development)
        {
            var sentence = new PreparedSentence(bio);
            model.Features.Prepare(sentence.Text, sentence.Starts, sentence.Lengths, scratch.Sentence);
            model.ScoreSentence(scratch);
            NerModel.Viterbi(scratch, new int[sentence.Labels.Length]);
            NerModel.BestContinuations(scratch);
            for (var i = 0; i < sentence.Labels.Length; i++)
            {
                var values = new float[L];
                NerModel.MaxMarginals(scratch, i, values);

                // A gold label no allowed labelling can give (none in well-formed data) has no probability to score.
                if (!float.IsNegativeInfinity(values[sentence.Labels[i]]))
                {
                    samples.Add((values, sentence.Labels[i]));
                }
            }
        }

        var probabilities = new float[L];
        float[] grid = [0.25f, 0.5f, 1f, 2f, 3f, 4f, 6f, 8f, 12f, 16f, 24f, 32f, 48f, 64f];
        var best = 1f;
        var bestLoss = double.PositiveInfinity;
        foreach (var temperature in grid)
        {
            double loss = 0;
            foreach (var (values, truth) in samples)
            {
                values.CopyTo(probabilities, 0);
                NerModel.Softmax(probabilities, temperature);
                loss -= Math.Log(Math.Max(probabilities[truth], 1e-9));
            }

            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = temperature;
            }
        }

        return best;
    }

    /// <summary>A BIO sentence as the tagger sees it: tokens joined by single spaces, offsets, BILOU labels.</summary>
    internal sealed class PreparedSentence
    {
        public PreparedSentence(BioSentence sentence)
        {
            Text = string.Join(' ', sentence.Tokens);
            Starts = new int[sentence.Tokens.Length];
            Lengths = new int[sentence.Tokens.Length];
            var offset = 0;
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                Starts[i] = offset;
                Lengths[i] = sentence.Tokens[i].Length;
                offset += Lengths[i] + 1;
            }

            Labels = NerLabels.FromBio(sentence.Tags);
        }

        public string Text { get; }

        public int[] Starts { get; }

        public int[] Lengths { get; }

        public int[] Labels { get; }
    }
}

/// <summary>SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime (System.Random's is not promised).</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Fisher-Yates shuffle.</summary>
    public void Shuffle(int[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)(Next() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
