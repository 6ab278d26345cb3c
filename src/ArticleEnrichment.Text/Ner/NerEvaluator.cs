using System.Globalization;
using System.Text;

namespace ArticleEnrichment.Text.Ner;

/// <summary>Exact-span scores of one entity type (or of all, as "ALL").</summary>
/// <param name="Type">PER, ORG, LOC, MISC or ALL.</param>
/// <param name="TruePositives">Predicted spans that match a gold span exactly.</param>
/// <param name="FalsePositives">Predicted spans that match none.</param>
/// <param name="FalseNegatives">Gold spans not predicted.</param>
/// <param name="Precision">Between 0 and 1 (0 when nothing was predicted).</param>
/// <param name="Recall">Between 0 and 1 (0 when nothing was expected).</param>
/// <param name="F1">Harmonic mean of precision and recall, between 0 and 1.</param>
public sealed record SpanScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives, double Precision, double Recall, double F1);

/// <summary>The result of tagging one BIO file and comparing with its gold spans.</summary>
/// <param name="File">The file scored.</param>
/// <param name="Sentences">Sentences read (after cleaning).</param>
/// <param name="Tokens">Tokens read (after cleaning).</param>
/// <param name="ScoredTypes">The types scored, or null for every type present.</param>
/// <param name="Types">Per-type scores, ordered by type name.</param>
/// <param name="Overall">Micro-averaged over <paramref name="Types"/>.</param>
public sealed record NerEvaluation(string File, int Sentences, int Tokens, IReadOnlyList<string>? ScoredTypes, IReadOnlyList<SpanScore> Types, SpanScore Overall)
{
    /// <summary>The scores as text, one line per type then ALL, in the layout of <c>score_bio.py</c>.</summary>
    public string FormatTable()
    {
        var builder = new StringBuilder();
        foreach (var score in Types.Append(Overall))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{score.Type,-6} P={100 * score.Precision:F2} R={100 * score.Recall:F2} F1={100 * score.F1:F2}  (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives})").Append('\n');
        }

        return builder.ToString();
    }
}

/// <summary>
/// Scores the recognizer on a token/BIO file with exact span matching, as <c>../shared/data/ner/score_bio.py</c>
/// does: spans are read from BIO with the same rule, a predicted span counts only when start, end and type
/// all match a gold span of the same sentence. BTC files are cleaned as for training (see <see cref="BioCleaning"/>).
/// Each sentence is tagged as its own document (the files do not mark document boundaries), so document
/// consistency does not act here.
/// </summary>
public static class NerEvaluator
{
    /// <summary>Types scored by default on sets without MISC (UNER, BTC) and in the targets.</summary>
    public static readonly IReadOnlySet<string> PersonOrganizationLocation = new HashSet<string>(StringComparer.Ordinal) { "PER", "ORG", "LOC" };

    /// <summary>Tags <paramref name="bioPath"/> and scores it; <paramref name="onlyTypes"/> restricts both gold and predicted spans.</summary>
    public static NerEvaluation Evaluate(NamedEntityRecognizer recognizer, string bioPath, IReadOnlySet<string>? onlyTypes, CancellationToken cancellationToken = default)
    {
        var sentences = BioReader.Read(bioPath);
        var predicted = new List<List<(int Start, int End, string Type)>>(sentences.Count);
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = new NerTrainer.PreparedSentence(sentence);
            var mentions = recognizer.TagDocument(prepared.Text, prepared.Starts, prepared.Lengths, [(0, sentence.Tokens.Length)]);
            predicted.Add([.. mentions.Select(m => (m.Start, m.End, NerLabels.Types[m.Type]))]);
        }

        return Score(bioPath, sentences, predicted, onlyTypes);
    }

    /// <summary>Scores predicted spans against the gold tags of <paramref name="sentences"/> (same order).</summary>
    public static NerEvaluation Score(string file, IReadOnlyList<BioSentence> sentences, IReadOnlyList<IReadOnlyCollection<(int Start, int End, string Type)>> predicted, IReadOnlySet<string>? onlyTypes)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int[] Counts(string type) => counts.TryGetValue(type, out var c) ? c : counts[type] = new int[3];
        var tokens = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            tokens += sentences[s].Tokens.Length;
            var gold = NerLabels.BioSpans(sentences[s].Tags).Where(g => onlyTypes is null || onlyTypes.Contains(g.Type)).ToHashSet();
            var guess = predicted[s].Where(p => onlyTypes is null || onlyTypes.Contains(p.Type)).ToHashSet();
            foreach (var span in guess)
            {
                Counts(span.Type)[gold.Contains(span) ? 0 : 1]++;
            }

            foreach (var span in gold)
            {
                if (!guess.Contains(span))
                {
                    Counts(span.Type)[2]++;
                }
            }
        }

        var types = counts.Select(p => Make(p.Key, p.Value[0], p.Value[1], p.Value[2])).ToList();
        var overall = Make("ALL", types.Sum(t => t.TruePositives), types.Sum(t => t.FalsePositives), types.Sum(t => t.FalseNegatives));
        return new NerEvaluation(file, sentences.Count, tokens, onlyTypes?.Order(StringComparer.Ordinal).ToList(), types, overall);
    }

    private static SpanScore Make(string type, int tp, int fp, int fn)
    {
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new SpanScore(type, tp, fp, fn, precision, recall, f1);
    }
}
