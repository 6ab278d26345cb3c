using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArticleEnrichment.Text.Rules;
using ArticleEnrichment.Text.Tokenization;

// Throughput of the text basics on one file (default ../shared/peers/bench_text.txt): tokenize, tokenize + split
// sentences, and the rule recognizers on the tokenized text. Single thread; prints a markdown table.
// MB = 10^6 bytes of the file as UTF-8, the unit ../shared/peers/bench.js reports, so the figures compare.

const int WarmUps = 5;      // lets tiered compilation reach its optimized code before timing
const int Repetitions = 21; // an odd count gives a true median; about 21 runs smooth out a busy 2-core machine

var path = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "peers", "bench_text.txt");
var text = File.ReadAllText(path);
var megabytes = Encoding.UTF8.GetByteCount(text) / 1e6;
var tokenized = TokenizedText.From(text);
// Words as the peers' bench.js counts them (whitespace-separated), so words/s compare across the table.
var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
var recognizer = new RuleEntityRecognizer();

var rows = new (string Step, Func<int> Run)[]
{
    ("tokenize", () => Tokenizer.Tokenize(text).Length),
    ("tokenize + split sentences", () => TokenizedText.From(text).Sentences.Length),
    ("rule recognizers (on tokenized text)", () => recognizer.Recognize(tokenized).Count),
    ("tokenize + split + rules", () => recognizer.Recognize(TokenizedText.From(text)).Count),
};

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Input: {Path.GetFileName(path)}, {megabytes:F3} MB, {text.Length:N0} UTF-16 chars, {tokenized.Tokens.Length:N0} tokens, {words:N0} whitespace words, {tokenized.Sentences.Length:N0} sentences, {recognizer.Recognize(tokenized).Count:N0} rule entities"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Runtime: .NET {Environment.Version}, {Environment.ProcessorCount} logical cores, {WarmUps} warm-ups, median of {Repetitions} runs taken in turns, one thread"));
Console.WriteLine();
Console.WriteLine("| step | median ms | min ms | MB/s (median) | words/s (median) | allocated MB per run |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
// Steps take turns, one run each per round, so a burst of load from other processes falls on all of them alike.
foreach (var (_, run) in rows)
{
    for (var i = 0; i < WarmUps; i++)
    {
        run();
    }
}

var times = new double[rows.Length][];
var allocated = new long[rows.Length];
for (var step = 0; step < rows.Length; step++)
{
    times[step] = new double[Repetitions];
}

for (var round = 0; round < Repetitions; round++)
{
    for (var step = 0; step < rows.Length; step++)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        rows[step].Run();
        watch.Stop();
        allocated[step] = GC.GetAllocatedBytesForCurrentThread() - before;
        times[step][round] = watch.Elapsed.TotalMilliseconds;
    }
}

for (var step = 0; step < rows.Length; step++)
{
    Array.Sort(times[step]);
    var median = times[step][Repetitions / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {rows[step].Step} | {median:F1} | {times[step][0]:F1} | {megabytes / (median / 1000):F1} | {words / (median / 1000):N0} | {allocated[step] / 1e6:F1} |"));
}
