using System.Diagnostics;
using System.Globalization;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Ner;
using ArticleEnrichment.Text.Tokenization;

// NER benchmark: train time, evaluation table, tagging speed, model load time and size.
// usage: train <shared/data> <model out> | eval <model> <shared/data> [compromise.jsonl] | speed <model> <text file>
// diagnostics: evalfile <model> <file.bio>... | errors <model> <file.bio> <n> | calibration <model> <file.bio> | profile <model> <text file> | samples <model> <article>... |
//              experiment <shared/data> <iterations> <min count> <file>... (NER_TRAIN_FILES=a.bio,b.bio to train on other files)
var command = args.Length > 0 ? args[0] : "";
var progress = new Progress<string>(m => Console.Error.WriteLine(m));
switch (command)
{
    case "train":
    {
        var clock = Stopwatch.StartNew();
        var bundle = EmbeddedModelBuilder.BuildToFile(args[1], args[2], new SynchronousProgress());
        Console.WriteLine($"| training time | {clock.Elapsed.TotalSeconds:F1} s |");
        Console.WriteLine($"| model version | {bundle.ModelVersion} |");
        Console.WriteLine($"| model size | {new FileInfo(args[2]).Length / 1048576.0:F1} MB |");
        break;
    }

    case "eval":
    {
        var recognizer = LoadRecognizer(args[1]);
        var peers = args.Length > 3 ? ReadPeerScores(args[3]) : new Dictionary<string, double>();
        Console.WriteLine("| file | ours PER/ORG/LOC F1 | P | R | compromise F1 | ours all types F1 |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var file in NerTrainer.EvaluationFiles.Append(NerTrainer.DevelopmentFile))
        {
            var path = Path.Combine(args[2], "ner", file);
            var main = NerEvaluator.Evaluate(recognizer, path, NerEvaluator.PersonOrganizationLocation);
            var all = NerEvaluator.Evaluate(recognizer, path, null);
            var peer = peers.TryGetValue(file, out var f) ? f.ToString("F2", CultureInfo.InvariantCulture) : "-";
            var name = file == NerTrainer.DevelopmentFile ? file + " (dev)" : file;
            Console.WriteLine($"| {name} | {main.Overall.F1:F3} | {main.Overall.Precision:F3} | {main.Overall.Recall:F3} | {peer} | {all.Overall.F1:F3} |");
            Console.Error.Write(main.FormatTable());
        }

        break;
    }

    case "experiment":
    {
        var options = new NerTrainingOptions { Iterations = int.Parse(args[2], CultureInfo.InvariantCulture), MinFeatureCount = int.Parse(args[3], CultureInfo.InvariantCulture) };
        var only = Environment.GetEnvironmentVariable("NER_TRAIN_FILES");
        var model = only is null
            ? NerTrainer.TrainFromSharedData(args[1], options, new SynchronousProgress())
            : NerTrainer.Train(
                only.Split(',').SelectMany(f => BioReader.Read(Path.Combine(args[1], "ner", f))).ToList(),
                Gazetteer.FromSharedData(Path.Combine(args[1], "gazetteers")),
                options,
                BioReader.Read(Path.Combine(args[1], "ner", NerTrainer.DevelopmentFile)),
                new SynchronousProgress());
        var memory = new NamedEntityRecognizer(model);
        var loaded = new NamedEntityRecognizer(NerModel.Load(model.Save()));
        foreach (var file in args.Skip(4))
        {
            var path = Path.Combine(args[1], "ner", file);
            var a = NerEvaluator.Evaluate(memory, path, NerEvaluator.PersonOrganizationLocation).Overall.F1;
            var b = NerEvaluator.Evaluate(loaded, path, NerEvaluator.PersonOrganizationLocation).Overall.F1;
            Console.WriteLine($"{file}: in memory {a:F3}, saved+loaded {b:F3}");
        }

        break;
    }

    case "calibration":
    {
        // Predicted PER/ORG/LOC spans bucketed by confidenceScore, with the share that match a gold span exactly.
        var recognizer = LoadRecognizer(args[1]);
        var buckets = new (int Right, int All)[5];
        foreach (var sentence in BioReader.Read(args[2]))
        {
            var prepared = new NerTrainer.PreparedSentence(sentence);
            var gold = NerLabels.BioSpans(sentence.Tags).ToHashSet();
            foreach (var m in recognizer.TagDocument(prepared.Text, prepared.Starts, prepared.Lengths, [(0, sentence.Tokens.Length)]))
            {
                if (m.Type > 2)
                {
                    continue;
                }

                var bucket = Math.Min((int)(Math.Round(m.Confidence, 2) * 5), 4);
                buckets[bucket].All++;
                buckets[bucket].Right += gold.Contains((m.Start, m.End, NerLabels.Types[m.Type])) ? 1 : 0;
            }
        }

        Console.WriteLine("| confidence | entities | exactly right |");
        Console.WriteLine("|---|---|---|");
        for (var b = 0; b < 5; b++)
        {
            var share = buckets[b].All == 0 ? "-" : ((double)buckets[b].Right / buckets[b].All).ToString("P0", CultureInfo.InvariantCulture);
            Console.WriteLine($"| {b * 0.2:F1}–{(b + 1) * 0.2:F1} | {buckets[b].All} | {share} |");
        }

        break;
    }

    case "errors":
    {
        var recognizer = LoadRecognizer(args[1]);
        var shown = 0;
        foreach (var sentence in BioReader.Read(args[2]))
        {
            var prepared = new NerTrainer.PreparedSentence(sentence);
            var mentions = recognizer.TagDocument(prepared.Text, prepared.Starts, prepared.Lengths, [(0, sentence.Tokens.Length)]);
            var pred = mentions.Select(m => $"{string.Join(' ', sentence.Tokens[m.Start..m.End])}/{NerLabels.Types[m.Type]}").ToHashSet();
            var gold = NerLabels.BioSpans(sentence.Tags).Select(g => $"{string.Join(' ', sentence.Tokens[g.Start..g.End])}/{g.Type}").ToHashSet();
            if (!pred.SetEquals(gold) && shown++ < int.Parse(args[3], CultureInfo.InvariantCulture))
            {
                Console.WriteLine(string.Join(' ', sentence.Tokens));
                Console.WriteLine("  missed: " + string.Join(" | ", gold.Except(pred)));
                Console.WriteLine("  wrong:  " + string.Join(" | ", pred.Except(gold)));
            }
        }

        break;
    }

    case "samples":
    {
        var recognizer = LoadRecognizer(args[1]);
        foreach (var path in args.Skip(2))
        {
            Console.WriteLine($"### {Path.GetFileName(path)}");
            var entities = recognizer.Recognize(TokenizedText.From(File.ReadAllText(path)));
            Console.WriteLine(string.Join("; ", entities.Select(e => $"{e.Text} [{e.Category}{(e.Subcategory is null ? "" : "/" + e.Subcategory)} {e.ConfidenceScore:F2}]")));
        }

        break;
    }

    case "evalfile":
    {
        var recognizer = LoadRecognizer(args[1]);
        foreach (var path in args.Skip(2))
        {
            Console.WriteLine(path);
            Console.Write(NerEvaluator.Evaluate(recognizer, path, NerEvaluator.PersonOrganizationLocation).FormatTable());
        }

        break;
    }

    case "profile":
        // Seconds spent in each stage of the tagger over the whole file, three rounds summed.
    {
        var recognizer = LoadRecognizer(args[1]);
        var model = recognizer.Model;
        var paragraphs = System.Text.RegularExpressions.Regex.Split(File.ReadAllText(args[2]), @"\n\s*\n").Where(p => p.Trim().Length > 0).Select(TokenizedText.From).ToArray();
        var scratch = new TaggingScratch();
        var t = new double[4];
        for (var round = 0; round < 3; round++)
        {
            Array.Clear(t);
            foreach (var doc in paragraphs)
            {
                var starts = doc.Tokens.Select(x => x.Start).ToArray();
                var lengths = doc.Tokens.Select(x => x.Length).ToArray();
                foreach (var sen in doc.Sentences)
                {
                    if (sen.TokenCount == 0) continue;
                    var c0 = Stopwatch.GetTimestamp();
                    model.Features.Prepare(doc.Text, starts.AsSpan(sen.FirstToken, sen.TokenCount), lengths.AsSpan(sen.FirstToken, sen.TokenCount), scratch.Sentence);
                    var c1 = Stopwatch.GetTimestamp();
                    model.ScoreSentence(scratch);
                    var c2 = Stopwatch.GetTimestamp();
                    var labels = new int[sen.TokenCount];
                    NerModel.Viterbi(scratch, labels);
                    var c3 = Stopwatch.GetTimestamp();
                    NerModel.BestContinuations(scratch);
                    var c4 = Stopwatch.GetTimestamp();
                    t[0] += c1 - c0; t[1] += c2 - c1; t[2] += c3 - c2; t[3] += c4 - c3;
                }
            }
        }

        Console.WriteLine($"prepare {t[0] / Stopwatch.Frequency:F3} score {t[1] / Stopwatch.Frequency:F3} viterbi {t[2] / Stopwatch.Frequency:F3} backward {t[3] / Stopwatch.Frequency:F3}");
        break;
    }

    case "speed":
    {
        var recognizer = LoadRecognizer(args[1]);
        var paragraphs = System.Text.RegularExpressions.Regex.Split(File.ReadAllText(args[2]), @"\n\s*\n").Where(p => p.Trim().Length > 0).ToArray(); // as bench.js splits
        var bytes = paragraphs.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p));
        var entities = 0;
        foreach (var p in paragraphs.Take(50))
        {
            entities += recognizer.Recognize(TokenizedText.From(p)).Count; // warm-up
        }

        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            entities = 0;
            foreach (var p in paragraphs)
            {
                entities += recognizer.Recognize(TokenizedText.From(p)).Count;
            }

            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }

        // CPU time of this process (includes the GC and JIT threads), so other load on the machine does not count.
        Console.WriteLine($"| tokenize + split + NER, per CPU second (best of 3) | {bytes / 1e6 / bestCpu:F2} MB/s |");

        var tokenizeClock = Stopwatch.StartNew();
        var tokenCount = 0;
        foreach (var p in paragraphs)
        {
            tokenCount += TokenizedText.From(p).Tokens.Length;
        }

        Console.WriteLine($"| tokenize + split only | {bytes / 1e6 / tokenizeClock.Elapsed.TotalSeconds:F2} MB/s ({tokenCount} tokens) |");
        Console.WriteLine($"| tokenize + split + NER speed (1 thread, best of 3) | {bytes / 1e6 / best:F2} MB/s ({bytes / 1e6:F2} MB in {best:F2} s, {entities} entities) |");
        break;
    }

    default:
        Console.Error.WriteLine("usage: train <shared/data> <model out> | eval <model> <shared/data> [compromise.jsonl] | speed <model> <text file>");
        return 2;
}

return 0;

static NamedEntityRecognizer LoadRecognizer(string modelPath)
{
    var clock = Stopwatch.StartNew();
    using var file = File.OpenRead(modelPath);
    var recognizer = NamedEntityRecognizer.FromModel(ModelBundle.Load(file)) ?? throw new InvalidDataException("no NER section");
    Console.WriteLine($"| model load (file + NER section) | {clock.Elapsed.TotalMilliseconds:F0} ms |");
    return recognizer;
}

static Dictionary<string, double> ReadPeerScores(string jsonl)
{
    var scores = new Dictionary<string, double>();
    foreach (var line in File.ReadLines(jsonl))
    {
        using var doc = System.Text.Json.JsonDocument.Parse(line);
        var file = doc.RootElement.GetProperty("file").GetString()!;
        var key = file[(file.IndexOf("/ner/", StringComparison.Ordinal) + 5)..];
        scores[key] = doc.RootElement.GetProperty("micro_PER_LOC_ORG").GetProperty("F1").GetDouble() / 100;
    }

    return scores;
}

internal sealed class SynchronousProgress : IProgress<string>
{
    public void Report(string value) => Console.Error.WriteLine(value);
}
