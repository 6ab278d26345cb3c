// The embedded analyzer over a file paragraph by paragraph, measured the way ../shared/peers/bench.js measures
// the JavaScript peers (same paragraph split, same warm-up of 20 paragraphs, whitespace words), so the rows of
// run.sh's table compare like with like. Prints one JSON line.
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleEnrichment.Text;

var file = args.Length > 0 ? args[0] : throw new ArgumentException("usage: ArticleEnrichment.Bench.Analysis <file>");
var text = File.ReadAllText(file);
var paragraphs = Regex.Split(text, @"\n\n+").Where(p => p.Trim().Length > 0).ToArray();
var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
var megabytes = Encoding.UTF8.GetByteCount(text) / 1e6;

// Cold start: model load plus the first analysis, what the first article after a deployment or restart pays.
var cold = Stopwatch.StartNew();
var analyzer = EmbeddedAnalyzer.CreateDefault();
analyzer.Analyze(paragraphs[0]);
cold.Stop();

foreach (var paragraph in paragraphs.Take(20))
{
    analyzer.Analyze(paragraph);
}

var outputs = 0;
var watch = Stopwatch.StartNew();
foreach (var paragraph in paragraphs)
{
    var analysis = analyzer.Analyze(paragraph);
    outputs += analysis.Entities.Count + (analysis.Sentiment?.Sentences.Count ?? 0);
}

watch.Stop();
var seconds = watch.Elapsed.TotalSeconds;
Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
{
    ["peer"] = "embedded (this project)",
    ["paragraphs"] = paragraphs.Length,
    ["MB"] = Math.Round(megabytes, 3),
    ["words"] = words,
    ["seconds"] = Math.Round(seconds, 2),
    ["words_per_s"] = Math.Round(words / seconds),
    ["MB_per_s"] = Math.Round(megabytes / seconds, 3),
    ["outputs"] = outputs,
    ["rssMB"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6),
    ["cold_start_s"] = Math.Round(cold.Elapsed.TotalSeconds, 2),
}));
