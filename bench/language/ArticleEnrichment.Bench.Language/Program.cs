using System.Diagnostics;
using System.Text.Json;
using ArticleEnrichment.Text.Language;

// Language-identification benchmark.
//   cold <mode> [article]             first detection in this fresh process: time and peak working set,
//                                     on a sentence or (with "article") on a sample news article
//   eval <adaptive|high|low> <file.jsonl>...   accuracy per language and time per text on {"lang","text"} lines
//   english <adaptive|high|low> <dir|file>...  English news check: every sample article and NER evaluation document
var mode = args.Length > 1 ? args[1] switch
{
    "low" => LanguageDetectionMode.LowAccuracy,
    "high" => LanguageDetectionMode.HighAccuracy,
    _ => LanguageDetectionMode.Adaptive,
} : LanguageDetectionMode.Adaptive;
var detector = new LanguageDetector(mode);
switch (args.FirstOrDefault())
{
    case "cold":
        Cold();
        break;
    case "eval":
        Evaluate(args.Skip(2).ToArray());
        break;
    case "english":
        English(args.Skip(2).ToArray());
        break;
    default:
        Console.Error.WriteLine("usage: cold|eval|english <adaptive|high|low> [files]");
        Environment.Exit(2);
        break;
}

void Cold()
{
    using var process = Process.GetCurrentProcess();
    var sinceStart = DateTime.Now - process.StartTime;
    var text = args.Length > 2 ? File.ReadAllText(args[2]) : "The president met the prime minister in Beijing on Tuesday.";
    var watch = Stopwatch.StartNew();
    var first = detector.Detect(text);
    var firstCall = watch.Elapsed;
    process.Refresh();
    var peakAfterFirst = process.PeakWorkingSet64;
    watch.Restart();
    var second = detector.Detect("Le président a rencontré le premier ministre mardi à Pékin.");
    var secondCall = watch.Elapsed;
    process.Refresh();
    Console.WriteLine(
        $"| {mode} | {(args.Length > 2 ? "article" : "sentence")} | {sinceStart.TotalSeconds:F2} | {firstCall.TotalSeconds:F2} | " +
        $"{peakAfterFirst / 1048576.0:F0} | {secondCall.TotalMilliseconds:F1} | {process.PeakWorkingSet64 / 1048576.0:F0} | " +
        $"{first?.Iso6391Name}/{second?.Iso6391Name} |");
}

void Evaluate(string[] files)
{
    // The ISO 639-3 labels of the Tatoeba set and the ISO 639-1 codes the detector answers with.
    var expected = new Dictionary<string, string>
    {
        ["eng"] = "en", ["fra"] = "fr", ["spa"] = "es", ["por"] = "pt", ["ita"] = "it",
        ["glg"] = "gl", ["cat"] = "ca", ["jpn"] = "ja", ["cmn"] = "zh", ["kor"] = "ko",
    };
    detector.Detect("warm up the shared models before timing");
    foreach (var file in files)
    {
        var rows = File.ReadLines(file)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (Lang: e.GetProperty("lang").GetString()!, Text: e.GetProperty("text").GetString()!))
            .ToList();
        var correct = new Dictionary<string, int>();
        var total = new Dictionary<string, int>();
        var answers = new Dictionary<string, Dictionary<string, int>>();
        var watch = Stopwatch.StartNew();
        foreach (var (lang, text) in rows)
        {
            var got = detector.Detect(text)?.Iso6391Name ?? "null";
            total[lang] = total.GetValueOrDefault(lang) + 1;
            if (got == expected[lang])
            {
                correct[lang] = correct.GetValueOrDefault(lang) + 1;
            }

            var byAnswer = answers.TryGetValue(lang, out var a) ? a : answers[lang] = [];
            byAnswer[got] = byAnswer.GetValueOrDefault(got) + 1;
        }

        var elapsed = watch.Elapsed;
        Console.WriteLine($"### {Path.GetFileName(file)} ({mode}, {rows.Count} sentences, {elapsed.TotalMilliseconds * 1000 / rows.Count:F0} µs per sentence)");
        Console.WriteLine();
        Console.WriteLine("| language | n | accuracy | answers |");
        Console.WriteLine("|---|---:|---:|---|");
        foreach (var lang in total.Keys.Order())
        {
            var spread = string.Join(", ", answers[lang].OrderByDescending(kv => kv.Value).Take(4).Select(kv => $"{kv.Key} {kv.Value}"));
            Console.WriteLine($"| {lang} | {total[lang]} | {100.0 * correct.GetValueOrDefault(lang) / total[lang]:F1}% | {spread} |");
        }

        var scored = total.Keys.Where(l => l != "glg").ToList();
        var nineCorrect = scored.Sum(l => correct.GetValueOrDefault(l));
        var nineTotal = scored.Sum(l => total[l]);
        Console.WriteLine($"| **nine scored (no glg)** | {nineTotal} | **{100.0 * nineCorrect / nineTotal:F2}%** | |");
        Console.WriteLine();
    }
}

void English(string[] paths)
{
    // NER .bio files hold sentences (blank-line separated) without document marks; consecutive runs of
    // DocumentSentences sentences stand for one document, the size of a short news article.
    const int DocumentSentences = 20;
    var documents = new List<(string Source, string Text)>();
    foreach (var path in paths)
    {
        foreach (var file in Directory.Exists(path) ? Directory.GetFiles(path) : [path])
        {
            if (file.EndsWith(".bio", StringComparison.Ordinal))
            {
                var sentences = new List<string>();
                var words = new List<string>();
                foreach (var line in File.ReadLines(file).Append(""))
                {
                    if (line.Length == 0)
                    {
                        if (words.Count > 0)
                        {
                            sentences.Add(string.Join(' ', words));
                            words.Clear();
                        }

                        continue;
                    }

                    words.Add(line.Split('\t', ' ')[0]);
                }

                for (var i = 0; i < sentences.Count; i += DocumentSentences)
                {
                    documents.Add((file, string.Join(' ', sentences.Skip(i).Take(DocumentSentences))));
                }
            }
            else
            {
                documents.Add((file, File.ReadAllText(file)));
            }
        }
    }

    var wrong = documents.Select(d => (d.Source, Got: detector.Detect(d.Text))).Where(d => d.Got?.Iso6391Name != "en").ToList();
    Console.WriteLine($"| {mode} | {documents.Count} | {wrong.Count} | {string.Join("; ", wrong.Take(5).Select(w => $"{Path.GetFileName(w.Source)}: {w.Got?.Iso6391Name ?? "null"}"))} |");
}
