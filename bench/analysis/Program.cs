// The embedded analyzer over a file paragraph by paragraph, measured the way ../shared/peers/bench.js measures
// the JavaScript peers (same paragraph split, same warm-up of 20 paragraphs, whitespace words), so the rows of
// run.sh's table compare like with like. Prints one JSON line.
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleEnrichment.Text;
using ArticleEnrichment.Text.KeyPhrases;
using ArticleEnrichment.Text.Language;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Ner;
using ArticleEnrichment.Text.Rules;
using ArticleEnrichment.Text.Sentiment;
using ArticleEnrichment.Text.Tokenization;

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

// Where the time goes: each step alone over the same paragraphs (the analyzer runs them in this order).
var model = ModelBundle.LoadEmbedded()!;
var tagger = NamedEntityRecognizer.FromModel(model)!;
var sentiment = SentimentAnalyzer.FromModel(model)!;
var rules = new RuleEntityRecognizer();
var phrases = new KeyPhraseExtractor();
var languages = new LanguageDetector();
var tokenized = paragraphs.Select(TokenizedText.From).ToArray();
var steps = new Dictionary<string, object>
{
    ["tokenize+split"] = Step(() => { foreach (var p in paragraphs) { TokenizedText.From(p); } }),
    ["language"] = Step(() => { foreach (var p in paragraphs) { languages.Detect(p); } }),
    ["ner"] = Step(() => { foreach (var t in tokenized) { tagger.Recognize(t); } }),
    ["rules"] = Step(() => { foreach (var t in tokenized) { rules.Recognize(t); } }),
    ["sentiment"] = Step(() => { foreach (var t in tokenized) { sentiment.Analyze(t); } }),
    ["key phrases"] = Step(() => { foreach (var t in tokenized) { phrases.Extract(t, 10); } }),
    ["whole again"] = Step(() => { foreach (var p in paragraphs) { analyzer.Analyze(p); } }),
};
var warmSeconds = (double)steps["whole again"];
Console.Error.WriteLine("seconds per step over the whole file: " + JsonSerializer.Serialize(steps));
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
    ["warm_MB_per_s"] = Math.Round(megabytes / warmSeconds, 3),
}));

static double Step(Action run)
{
    var watch = Stopwatch.StartNew();
    run();
    return Math.Round(watch.Elapsed.TotalSeconds, 2);
}

