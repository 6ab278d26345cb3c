using ArticleEnrichment.Testing;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Text.Tests.Ner;

public class NerTrainerTests
{
    private static readonly Gazetteer SmallGazetteer = new([
        new("moscow", GazetteerKind.Capital),
        new("russia", GazetteerKind.Country),
        new("german", GazetteerKind.Demonym),
        new("nato", GazetteerKind.OrganizationAcronym),
    ]);

    /// <summary>A small slice of two training files: enough to exercise every template, quick to train.</summary>
    private static List<BioSentence> Slice() =>
    [
        .. BioReader.Read(RepoPaths.SharedFile("data", "ner", "redocred", "dev.conllstyle.bio")).Take(150),
        .. BioReader.Read(RepoPaths.SharedFile("data", "ner", "btc", "section_a.bio")).Take(100),
    ];

    private static NerModel TrainSmall() => NerTrainer.Train(Slice(), SmallGazetteer, new NerTrainingOptions { Iterations = 3 }, Slice().Take(20).ToList());

    [Fact]
    public void Train_TwiceOnSameData_GivesIdenticalBytes()
    {
        var first = TrainSmall().Save();
        var second = TrainSmall().Save();

        Assert.True(first.Length > 1000);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_SmallSlice_FitsItsTrainingSentences()
    {
        var model = TrainSmall();
        var recognizer = new NamedEntityRecognizer(model);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, Slice().SelectMany(s => s.Tokens.Zip(s.Tags, (t, g) => t + "\t" + g).Append("")));
            var evaluation = NerEvaluator.Evaluate(recognizer, path, null);

            // Three passes over 250 sentences memorize most of them; an untrained model would score 0.
            Assert.True(evaluation.Overall.F1 > 0.8, evaluation.FormatTable());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MismatchedFeatureVersion_FailsLoudly()
    {
        var section = TrainSmall().Save();

        // The section starts with its layout version (int) then the feature-set version (int).
        BitConverter.GetBytes(NerFeatures.Version + 1).CopyTo(section, 4);
        var bundle = new ModelBundle("test");
        bundle.SetSection(NerModel.SectionName, section);

        var error = Assert.Throws<InvalidDataException>(() => NamedEntityRecognizer.FromModel(bundle));
        Assert.Contains("feature set version", error.Message);
    }

    [Fact]
    public void FromModel_NoNerSection_ReturnsNull()
    {
        Assert.Null(NamedEntityRecognizer.FromModel(new ModelBundle("empty")));
    }
}
