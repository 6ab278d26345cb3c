using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Text.Tests.Ner;

public class NerEvaluatorTests
{
    // A hand-made gold file and prediction covering the span rules: an I- tag after O starts a span ("United
    // Nations"), an I- tag of another type starts a new span ("said"), partial overlaps count as both a false
    // positive and a false negative ("York City" vs "New York City"), and a wrong type likewise ("Xi").
    private const string Gold = "Vladimir\tB-PER\nPutin\tI-PER\nmet\tO\nXi\tB-PER\nin\tO\nNew\tB-LOC\nYork\tI-LOC\nCity\tI-LOC\n.\tO\n\n"
        + "The\tO\nUnited\tI-ORG\nNations\tI-ORG\nand\tO\nNATO\tB-ORG\nsaid\tO\nGerman\tB-MISC\nIraq\tB-LOC\n\nNothing\tO\nhere\tO\n";

    private const string Predicted = "Vladimir\tB-PER\nPutin\tI-PER\nmet\tO\nXi\tB-LOC\nin\tO\nNew\tO\nYork\tB-LOC\nCity\tI-LOC\n.\tO\n\n"
        + "The\tB-ORG\nUnited\tI-ORG\nNations\tI-ORG\nand\tO\nNATO\tB-ORG\nsaid\tI-PER\nGerman\tB-MISC\nIraq\tB-LOC\n\nNothing\tB-PER\nhere\tO\n";

    private static NerEvaluation Score(IReadOnlySet<string>? types)
    {
        var gold = BioReader.Read(new StringReader(Gold), BioCleaning.None);
        var predicted = BioReader.Read(new StringReader(Predicted), BioCleaning.None)
            .Select(s => (IReadOnlyCollection<(int, int, string)>)NerLabels.BioSpans(s.Tags))
            .ToList();
        return NerEvaluator.Score("hand.bio", gold, predicted, types);
    }

    [Fact]
    public void Score_HandFile_MatchesScoreBioPy()
    {
        // `python3 ../shared/data/ner/score_bio.py gold.bio pred.bio` on these two files printed:
        // LOC P=33.33 R=50.00 F1=40.00 / MISC P=100.00 R=100.00 F1=100.00 / ORG P=50.00 R=50.00 F1=50.00 /
        // PER P=33.33 R=50.00 F1=40.00 / ALL P=44.44 R=57.14 F1=50.00
        var evaluation = Score(null);

        Assert.Equal(["LOC", "MISC", "ORG", "PER"], evaluation.Types.Select(t => t.Type));
        Assert.Equal([40.00, 100.00, 50.00, 40.00], evaluation.Types.Select(t => Math.Round(100 * t.F1, 2)));
        Assert.Equal(44.44, Math.Round(100 * evaluation.Overall.Precision, 2));
        Assert.Equal(57.14, Math.Round(100 * evaluation.Overall.Recall, 2));
        Assert.Equal(50.00, Math.Round(100 * evaluation.Overall.F1, 2));
        Assert.Contains("ALL    P=44.44 R=57.14 F1=50.00", evaluation.FormatTable());
    }

    [Fact]
    public void Score_OnlyPersonOrganizationLocation_MatchesScoreBioPyWithTypes()
    {
        // score_bio.py ... --types PER,ORG,LOC printed ALL P=37.50 R=50.00 F1=42.86 (MISC dropped from both sides).
        var evaluation = Score(NerEvaluator.PersonOrganizationLocation);

        Assert.DoesNotContain(evaluation.Types, t => t.Type == "MISC");
        Assert.Equal(37.50, Math.Round(100 * evaluation.Overall.Precision, 2));
        Assert.Equal(50.00, Math.Round(100 * evaluation.Overall.Recall, 2));
        Assert.Equal(42.86, Math.Round(100 * evaluation.Overall.F1, 2));
    }
}
