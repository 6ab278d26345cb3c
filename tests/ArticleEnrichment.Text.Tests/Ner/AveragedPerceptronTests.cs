using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Text.Tests.Ner;

public class AveragedPerceptronTests
{
    private const ulong Feature = 42;

    private static float[] Scores(AveragedPerceptron perceptron, params ulong[] features)
    {
        var scores = new float[perceptron.LabelCount];
        perceptron.Score(features, scores);
        return scores;
    }

    [Fact]
    public void Update_WrongGuess_MovesWeightTowardTruthAndAwayFromGuess()
    {
        var perceptron = new AveragedPerceptron(3);
        perceptron.AddFeature(Feature);

        perceptron.Update([Feature], truth: 2, guess: 0);

        Assert.Equal([-1f, 0f, 1f], Scores(perceptron, Feature));
    }

    [Fact]
    public void Update_UnknownFeature_IsIgnored()
    {
        var perceptron = new AveragedPerceptron(2);
        perceptron.AddFeature(Feature);

        perceptron.Update([Feature + 1], truth: 1, guess: 0);

        Assert.Equal([0f, 0f], Scores(perceptron, Feature, Feature + 1));
    }

    [Fact]
    public void Average_IsMeanOfWeightsUsedForEachExample()
    {
        // Three examples; only the second is a mistake. The weights in force when each example was predicted
        // are 0, 0 and 1 for label 1 (and 0, 0, -1 for label 0): their means are 1/3 and -1/3.
        var perceptron = new AveragedPerceptron(2);
        perceptron.AddFeature(Feature);
        perceptron.Update([Feature], truth: 1, guess: 1);
        perceptron.Update([Feature], truth: 1, guess: 0);
        perceptron.Update([Feature], truth: 1, guess: 1);

        perceptron.Average();

        var scores = Scores(perceptron, Feature);
        Assert.Equal(-1f / 3, scores[0], 5);
        Assert.Equal(1f / 3, scores[1], 5);
        Assert.Throws<InvalidOperationException>(() => perceptron.Update([Feature], 0, 1));
    }

    [Fact]
    public void Score_AfterAveraging_AddsSparseAndDenseRowsExactly()
    {
        // 40 labels: a feature with one non-zero weight is stored as pairs, one with 30 as a dense row.
        var perceptron = new AveragedPerceptron(40);
        perceptron.AddFeature(1);
        perceptron.AddFeature(2);
        perceptron.Update([1], truth: 5, guess: 6);
        for (var label = 0; label < 30; label++)
        {
            perceptron.Tick();
            perceptron.Update([2], label, 0.1f * (label + 1));
        }

        perceptron.Average();
        var expected = new float[40];
        foreach (var feature in new ulong[] { 1, 2 })
        {
            var row = perceptron.WeightsOf(feature);
            for (var label = 0; label < 40; label++)
            {
                expected[label] += row[label];
            }
        }

        var scores = new float[40];
        perceptron.Score([1, 2, 3], scores);

        Assert.Equal(expected, scores);
        Assert.Equal(2, perceptron.WeightsOf(1).ToArray().Count(w => w != 0));
    }

    [Fact]
    public void SaveLoad_RoundTrip_KeepsScoresAndBytes()
    {
        var perceptron = new AveragedPerceptron(3);
        perceptron.AddFeature(Feature);
        perceptron.AddFeature(7);
        perceptron.Update([Feature, 7], truth: 2, guess: 0);
        perceptron.Update([7], truth: 1, guess: 2);
        perceptron.Average();

        var bytes = Save(perceptron);
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var loaded = AveragedPerceptron.Load(reader);

        Assert.Equal(Scores(perceptron, Feature, 7), Scores(loaded, Feature, 7));
        Assert.Equal(bytes, Save(loaded));
    }

    private static byte[] Save(AveragedPerceptron perceptron)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            perceptron.Save(writer);
        }

        return stream.ToArray();
    }
}
