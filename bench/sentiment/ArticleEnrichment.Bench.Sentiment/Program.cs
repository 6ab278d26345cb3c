// Sentiment evaluation and speed, beside the npm peers (their JSON results are passed in by run.sh).
//   score    <shared>                  scores of the lines read from standard input
//   dump     <shared> <set>            per-item scores on the FIT half of one ICWSM set
//   fit      <shared>                  grid of the two thresholds and the curve exponent on the FIT half (even lines)
//   quick    <shared>                  one line of fit-half figures with the defaults, for checking a rule change
//   eval     <shared> <peersDir>        held-out half (odd line numbers) of ICWSM-2014, NewsMTSC, speed
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Sentiment;
using ArticleEnrichment.Text.Tokenization;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var mode = args[0];
var shared = args[1];
var lexicon = SentimentLexiconCompiler.Build(Path.Combine(shared, "data"));
string[] icwsm = ["nytEditorialSnippets", "tweets", "movieReviewSnippets", "amazonReviewSnippets"];

List<(double Rating, string Text)> ReadIcwsm(string name, int parity)
{
    var path = Path.Combine(shared, "data/sentiment/eval_vader_icwsm2014", name + "_GroundTruth.txt");
    var rows = new List<(double, string)>();
    var lineNumber = 0;
    foreach (var line in File.ReadLines(path, Encoding.Latin1))
    {
        if (line.Trim().Length == 0)
        {
            continue;
        }

        lineNumber++;
        if (lineNumber % 2 != parity)
        {
            continue;
        }

        var columns = line.Split('\t');
        rows.Add((double.Parse(columns[1], CultureInfo.InvariantCulture), columns[2]));
    }

    return rows;
}

int Gold(double rating) => rating > 0.5 ? 1 : rating < -0.5 ? -1 : 0;

int Predicted(DocumentSentiment d) => d.Label switch
{
    SentimentLabel.Positive => 1,
    SentimentLabel.Negative => -1,
    SentimentLabel.Mixed => Math.Sign(d.ConfidenceScores.Positive - d.ConfidenceScores.Negative),
    _ => 0,
};

double Pearson(IReadOnlyList<double> a, IReadOnlyList<double> b)
{
    double ma = a.Average(), mb = b.Average(), s = 0, sa = 0, sb = 0;
    for (var i = 0; i < a.Count; i++)
    {
        s += (a[i] - ma) * (b[i] - mb);
        sa += (a[i] - ma) * (a[i] - ma);
        sb += (b[i] - mb) * (b[i] - mb);
    }

    return s / Math.Sqrt(sa * sb);
}

(double Accuracy, double MacroF1) Classes(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
{
    var correct = gold.Where((g, i) => g == predicted[i]).Count();
    var f1 = new[] { -1, 0, 1 }.Select(c =>
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            tp += predicted[i] == c && gold[i] == c ? 1 : 0;
            fp += predicted[i] == c && gold[i] != c ? 1 : 0;
            fn += predicted[i] != c && gold[i] == c ? 1 : 0;
        }

        double p = tp / (double)Math.Max(tp + fp, 1), r = tp / (double)Math.Max(tp + fn, 1);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }).Average();
    return (correct / (double)gold.Count, f1);
}

Evaluation Evaluate(SentimentAnalyzer analyzer, List<(double Rating, string Text)> rows)
{
    var sentenceScores = new List<double>(rows.Count);
    var documentScores = new List<double>(rows.Count);
    var compounds = new List<double>(rows.Count);
    var sentenceLabels = new List<int>(rows.Count);
    var documentLabels = new List<int>(rows.Count);
    foreach (var (_, text) in rows)
    {
        var one = analyzer.ScoreAsOneSentence(text);
        sentenceScores.Add(one.Positive - one.Negative);
        compounds.Add(one.Compound);
        sentenceLabels.Add(one.Label == SentimentLabel.Positive ? 1 : one.Label == SentimentLabel.Negative ? -1 : 0);
        var d = analyzer.Analyze(TokenizedText.From(text));
        documentScores.Add(d.ConfidenceScores.Positive - d.ConfidenceScores.Negative);
        documentLabels.Add(Predicted(d));
    }

    var ratings = rows.Select(r => r.Rating).ToList();
    var gold = rows.Select(r => Gold(r.Rating)).ToList();
    var sentence = Classes(gold, sentenceLabels);
    var document = Classes(gold, documentLabels);
    return new Evaluation(Pearson(sentenceScores, ratings), Pearson(documentScores, ratings), Pearson(compounds, ratings),
        sentence.Accuracy, sentence.MacroF1, document.Accuracy, document.MacroF1);
}

if (mode == "score")
{
    // Compound and positive - negative for each line read from standard input.
    var lineAnalyzer = new SentimentAnalyzer(lexicon);
    while (Console.ReadLine() is { } line)
    {
        var one = lineAnalyzer.ScoreAsOneSentence(line);
        Console.WriteLine($"{one.Compound:0.0000}\t{one.Positive - one.Negative:0.0000}\t{line}");
    }

    return;
}

if (mode == "dump")
{
    // One line per item of a set's fit half: rating, raw compound, confidence positive - negative (item, document),
    // the positive and negative evidence sums, text; for comparing the rules with reference VADER item by item
    // (fit half only).
    var dumpAnalyzer = new SentimentAnalyzer(lexicon);
    var dumpScorer = new SentenceScorer(lexicon);
    foreach (var (rating, text) in ReadIcwsm(args[2], 0))
    {
        var one = dumpAnalyzer.ScoreAsOneSentence(text);
        var raw = dumpScorer.Score(text);
        var document = dumpAnalyzer.Analyze(TokenizedText.From(text)).ConfidenceScores;
        Console.WriteLine($"{rating}\t{one.Compound:0.0000}\t{one.Positive - one.Negative:0.0000}\t{document.Positive - document.Negative:0.00}\t{raw.PositiveSum:0.000}\t{raw.NegativeSum:0.000}\t{text}");
    }

    return;
}

if (mode == "quick")
{
    // One row on the FIT half at the default threshold: product r / raw compound r / macro-F1 per set.
    var quickAnalyzer = new SentimentAnalyzer(lexicon);
    var line = new StringBuilder();
    foreach (var n in icwsm)
    {
        var e = Evaluate(quickAnalyzer, ReadIcwsm(n, 0));
        line.Append($"{n[..4]} {e.SentenceR:0.0000}/{e.CompoundR:0.0000}/{e.SentenceF1:0.000}/d{e.DocumentR:0.0000}  ");
    }

    Console.WriteLine(line.ToString());
    return;
}

if (mode == "fit")
{
    // The fit half: even line numbers (2nd, 4th, ... non-empty line) of each ICWSM-2014 file. Each item is scored
    // once; the grid then only re-labels it. Criterion: the NYT editorial snippets, the one news set (macro-F1 for
    // the thresholds, Pearson r for the curve exponent); the other sets are shown beside it.
    var scorer = new SentenceScorer(lexicon);
    var sets = icwsm.Select(n =>
    {
        var rows = ReadIcwsm(n, 0);
        return (Name: n, Ratings: rows.Select(r => r.Rating).ToList(), Gold: rows.Select(r => Gold(r.Rating)).ToList(),
            Scores: rows.Select(r => scorer.Score(r.Text)).ToList());
    }).ToList();

    (double MeanF1, double MeanR, string Cells, double NewsF1, double NewsR) Grid(float positive, float negative, double curve,
        double negativeCurve = SentimentAnalyzer.DefaultNegativePolarCurve, double oppositeWeight = SentimentAnalyzer.DefaultOppositeWeight)
    {
        var analyzer = new SentimentAnalyzer(lexicon, positive, negative, curve, negativeCurve, oppositeWeight);
        var f1 = new List<double>();
        var r = new List<double>();
        var cells = new StringBuilder();
        foreach (var set in sets)
        {
            var labels = set.Scores.Select(s => analyzer.SentenceLabel(s.Compound) switch
            {
                SentimentLabel.Positive => 1,
                SentimentLabel.Negative => -1,
                _ => 0,
            }).ToList();
            var product = set.Scores.Select(s => analyzer.ConfidenceScores(s)).Select(c => c.Positive - c.Negative).ToList();
            f1.Add(Classes(set.Gold, labels).MacroF1);
            r.Add(Pearson(product, set.Ratings));
            cells.Append($" {f1[^1]:0.000} / {r[^1]:0.0000} |");
        }

        return (f1.Average(), r.Average(), cells.ToString(), f1[0], r[0]);
    }

    float[] grid = [0.05f, 0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f];
    var results = (from p in grid from n in grid let g = Grid(p, n, SentimentAnalyzer.DefaultPolarCurve) select (p, n, g)).ToList();
    var header = "| " + string.Join(" | ", sets.Select(s => s.Name + " F1 / r")) + " | mean F1 | mean r |";
    var rule = string.Concat(sets.Select(_ => "---|")) + "---|---|";
    Console.WriteLine($"Thresholds (polar curve {SentimentAnalyzer.DefaultPolarCurve}): criterion the NYT editorial macro-F1; the 10 best of {results.Count}:");
    Console.WriteLine();
    Console.WriteLine("| positive t | negative t " + header);
    Console.WriteLine("|---|---|" + rule);
    foreach (var (p, n, g) in results.OrderByDescending(x => x.g.NewsF1).Take(10))
    {
        Console.WriteLine($"| {p:0.00} | {n:0.00} |{g.Cells} {g.MeanF1:0.0000} | {g.MeanR:0.0000} |");
    }

    var best = results.MaxBy(x => x.g.NewsF1);
    var bestMean = results.MaxBy(x => x.g.MeanF1);
    Console.WriteLine();
    Console.WriteLine($"For comparison, the best pair by the mean macro-F1 over the four sets: positive {bestMean.p:0.00}, negative {bestMean.n:0.00} (mean F1 {bestMean.g.MeanF1:0.0000}, NYT F1 {bestMean.g.NewsF1:0.000}).");
    Console.WriteLine();
    Console.WriteLine($"Positive-side curve exponent at positive t {best.p:0.00}, negative t {best.n:0.00} (criterion: NYT editorial Pearson r):");
    Console.WriteLine();
    Console.WriteLine("| exponent " + header);
    Console.WriteLine("|---|" + rule);
    foreach (var curve in new[] { 1.0, 1.5, 2.0, 2.5, 3.0 })
    {
        var g = Grid(best.p, best.n, curve);
        Console.WriteLine($"| {curve:0.0} |{g.Cells} {g.MeanF1:0.0000} | {g.MeanR:0.0000} |");
    }

    // The negative side's exponent and the opposite weight: criterion the mean Pearson r over the four sets (the
    // negative threshold is fitted on news, but how far a negative share should rise is a question for every set).
    Console.WriteLine();
    Console.WriteLine($"Negative-side exponent and opposite weight at positive exponent {SentimentAnalyzer.DefaultPolarCurve:0.0} (criterion: mean Pearson r over the four sets):");
    Console.WriteLine();
    Console.WriteLine("| negative exponent | opposite weight " + header);
    Console.WriteLine("|---|---|" + rule);
    foreach (var negativeCurve in new[] { 1.0, 1.25, 1.5, 2.0 })
    {
        foreach (var weight in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            var g = Grid(best.p, best.n, SentimentAnalyzer.DefaultPolarCurve, negativeCurve, weight);
            Console.WriteLine($"| {negativeCurve:0.00} | {weight:0.00} |{g.Cells} {g.MeanF1:0.0000} | {g.MeanR:0.0000} |");
        }
    }

    return;
}

var peersDir = args[2];
var embedded = new SentimentAnalyzer(lexicon);
var peerResults = new Dictionary<string, JsonElement>();
foreach (var file in Directory.EnumerateFiles(peersDir, "*.json"))
{
    peerResults[Path.GetFileNameWithoutExtension(file)] = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
}

Console.WriteLine($"Held-out half: odd line numbers of each ICWSM-2014 file; thresholds: positive {embedded.PositiveThreshold:0.00}, negative {embedded.NegativeThreshold:0.00}.");
Console.WriteLine();
Console.WriteLine("| set (held-out half) | n | analyzer | Pearson r | 3-class acc | macro-F1 |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var name in icwsm)
{
    var rows = ReadIcwsm(name, 1);
    var e = Evaluate(embedded, rows);
    Console.WriteLine($"| {name} | {rows.Count} | **embedded, item as one sentence** | **{e.SentenceR:0.000}** | **{e.SentenceAccuracy:0.000}** | **{e.SentenceF1:0.000}** |");
    Console.WriteLine($"| {name} | {rows.Count} | embedded, document (split, evidence summed) | {e.DocumentR:0.000} | {e.DocumentAccuracy:0.000} | {e.DocumentF1:0.000} |");
    Console.WriteLine($"| {name} | {rows.Count} | embedded, raw compound | {e.CompoundR:0.000} | | |");
    if (peerResults.TryGetValue(name, out var peers))
    {
        foreach (var peer in peers.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("pearson_r", out _)))
        {
            Console.WriteLine($"| {name} | {rows.Count} | {peer.Name} | {peer.Value.GetProperty("pearson_r").GetDouble():0.000} | {peer.Value.GetProperty("acc3").GetDouble():0.000} | {peer.Value.GetProperty("macroF1_3").GetDouble():0.000} |");
        }
    }
}

Console.WriteLine();
Console.WriteLine("| NewsMTSC (single-target sentences) | n | analyzer | 3-class acc | macro-F1 |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var set in new[] { "devtest_rw" })
{
    var gold = new List<int>();
    var predicted = new List<int>();
    foreach (var line in File.ReadLines(Path.Combine(shared, "data/sentiment/eval_newsmtsc", set + ".jsonl")))
    {
        using var row = JsonDocument.Parse(line);
        var targets = row.RootElement.GetProperty("targets");
        if (targets.GetArrayLength() != 1)
        {
            continue;
        }

        var polarity = targets[0].GetProperty("polarity").GetDouble();
        gold.Add(polarity == 2 ? -1 : polarity == 6 ? 1 : 0);
        predicted.Add(Predicted(embedded.Analyze(TokenizedText.From(row.RootElement.GetProperty("sentence_normalized").GetString()!))));
    }

    var (accuracy, f1) = Classes(gold, predicted);
    Console.WriteLine($"| {set} | {gold.Count} | **embedded** | **{accuracy:0.000}** | **{f1:0.000}** |");
    if (peerResults.TryGetValue(set, out var peers))
    {
        foreach (var peer in peers.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("acc3", out _)))
        {
            Console.WriteLine($"| {set} | {gold.Count} | {peer.Name} | {peer.Value.GetProperty("acc3").GetDouble():0.000} | {peer.Value.GetProperty("macroF1").GetDouble():0.000} |");
        }
    }
}

// Speed: the bench text paragraph by paragraph, as the peers' bench.js reads it; best of three runs.
var benchText = File.ReadAllText(Path.Combine(shared, "peers/bench_text.txt"));
var paragraphs = benchText.Split(["\n\n"], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToArray();
var megabytes = Encoding.UTF8.GetByteCount(benchText) / 1e6;
var tokenized = paragraphs.Select(TokenizedText.From).ToArray();
double bestWhole = double.MaxValue, bestSentimentOnly = double.MaxValue;
var sentenceCount = 0;
for (var run = 0; run < 3; run++)
{
    var watch = Stopwatch.StartNew();
    foreach (var p in paragraphs)
    {
        sentenceCount = embedded.Analyze(TokenizedText.From(p)).Sentences.Count;
    }

    bestWhole = Math.Min(bestWhole, watch.Elapsed.TotalSeconds);
    watch.Restart();
    foreach (var t in tokenized)
    {
        embedded.Analyze(t);
    }

    bestSentimentOnly = Math.Min(bestSentimentOnly, watch.Elapsed.TotalSeconds);
}

Console.WriteLine();
Console.WriteLine($"| speed on bench_text.txt ({megabytes:0.00} MB, {paragraphs.Length} paragraphs, one thread) | MB/s |");
Console.WriteLine("|---|---|");
Console.WriteLine($"| **embedded**: tokenize + split + sentiment | **{megabytes / bestWhole:0.00}** |");
Console.WriteLine($"| **embedded**: sentiment of tokenized text | **{megabytes / bestSentimentOnly:0.00}** |");
foreach (var (name, result) in peerResults.Where(p => p.Key.StartsWith("speed-", StringComparison.Ordinal)))
{
    Console.WriteLine($"| {result.GetProperty("peer").GetString()} (node) | {result.GetProperty("MB_per_s").GetDouble():0.00} |");
}

Console.WriteLine();
Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB.");

internal sealed record Evaluation(double SentenceR, double DocumentR, double CompoundR,
    double SentenceAccuracy, double SentenceF1, double DocumentAccuracy, double DocumentF1);
