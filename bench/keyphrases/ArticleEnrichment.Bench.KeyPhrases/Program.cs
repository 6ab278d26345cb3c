using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleEnrichment.Text.KeyPhrases;
using ArticleEnrichment.Text.Tokenization;

// Key-phrase evaluation: F1@5 and F1@10, Porter-stemmed exact match of whole phrases (the protocol of
// Gallina et al., JCDL 2020: P = matches / min(k, returned), R = matches / gold phrases including those
// absent from the text, F per document, macro-averaged), for the extractor and two baselines in one run.
//   usage: <data dir> [half]   half = tune (even line numbers), report (odd) or all (default)
// The tuning half was fixed before any measurement: documents at even 0-based line index of each
// docs.jsonl (500N-KPCrowd: of its 450 full-text documents). Figures to quote come from the other half.
var dataDir = args[0];
var half = args.Length > 1 ? args[1] : "all";
// "sweep": a grid of settings on the tuning half only, to choose the default from.
var sweep = half == "sweep";
if (sweep)
{
    half = "tune";
}

var sets = new[] { "500n-kpcrowd", "inspec", "semeval2010" };
var variants = new (string Name, KeyPhraseTuning Tuning)[]
{
    ("ours (chosen: adaptive)", KeyPhraseTuning.Default),
    // The two settings the default chooses between, each alone on every document.
    ("news setting alone", KeyPhraseTuning.News),
    ("term-rich setting alone", KeyPhraseTuning.TermRich),
    ("YAKE (ours, published setting)", KeyPhraseTuning.Yake),
    // The default before the noun-phrase approximation and the reading of wrapped lines.
    ("previous default (news setting, lines not joined, no verb list)", KeyPhraseTuning.News with { JoinWrappedLines = false, ListedVerbsBreakRuns = false }),
};
if (sweep)
{
    variants = [.. SweepGrid()];
}

Console.WriteLine($"| set | half | docs | method | F1@5 | F1@10 | P@10 | R@10 | ms/doc |");
Console.WriteLine("|---|---|---:|---|---:|---:|---:|---:|---:|");
foreach (var set in sets)
{
    var excluded = set == "500n-kpcrowd"
        ? File.ReadLines(Path.Combine(dataDir, set, "test_ids.txt")).Select(l => l.Trim()).ToHashSet()
        : [];
    var docs = File.ReadLines(Path.Combine(dataDir, set, "docs.jsonl"))
        .Select(line => JsonDocument.Parse(line).RootElement)
        .Select(e => (Id: e.GetProperty("id").GetString()!, Text: e.GetProperty("text").GetString()!,
            Gold: e.GetProperty("keyphrases").EnumerateArray().Select(k => KeyPhraseExtractor.NormalizedKey(k.GetString()!))
                .Where(k => k.Length > 0).ToHashSet()))
        .Where(d => !excluded.Contains(d.Id))
        .Where((d, i) => half switch { "tune" => i % 2 == 0, "report" => i % 2 == 1, _ => true })
        .ToList();

    // Document frequencies for TF-IDF over the documents of the same set and half (the document itself
    // included, so every df is at least 1).
    var documentFrequency = new Dictionary<string, int>();
    var grams = docs.Select(d => NGrams(d.Text)).ToList();
    foreach (var g in grams)
    {
        foreach (var key in g.Keys)
        {
            documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
        }
    }

    var methods = variants
        .Select(v => (v.Name, (Func<int, IReadOnlyList<string>>)(i => new KeyPhraseExtractor(v.Tuning).Extract(TokenizedText.From(docs[i].Text), 10))))
        .Concat(new (string Name, Func<int, IReadOnlyList<string>> Rank)[]
    {
        ("TF-IDF", i => TopDistinct(grams[i].OrderByDescending(kv =>
            kv.Value.Count * Math.Log((double)docs.Count / documentFrequency[kv.Key])).ThenBy(kv => kv.Value.First))),
        ("most frequent n-gram", i => TopDistinct(grams[i].OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First))),
    }).ToList();
    foreach (var (name, rank) in methods)
    {
        double f5 = 0, f10 = 0, p10 = 0, r10 = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < docs.Count; i++)
        {
            var returned = rank(i);
            var predicted = returned.Select(KeyPhraseExtractor.NormalizedKey).ToList();
            if (Environment.GetEnvironmentVariable("KEYPHRASE_SHOW") is { } show && i < int.Parse(show))
            {
                Console.Error.WriteLine($"{set} {docs[i].Id} {name}: {string.Join(" | ", returned)}\n  gold: {string.Join(" | ", docs[i].Gold.Take(30))}");
            }

            var (_, _, at5) = Score(predicted, docs[i].Gold, 5);
            var (p, r, at10) = Score(predicted, docs[i].Gold, 10);
            f5 += at5;
            f10 += at10;
            p10 += p;
            r10 += r;
        }

        var n = docs.Count;
        Console.WriteLine($"| {set} | {half} | {n} | {name} | {f5 / n:F3} | {f10 / n:F3} | {p10 / n:F3} | {r10 / n:F3} | {watch.Elapsed.TotalMilliseconds / n:F1} |");
    }
}

// Speed of the extractor alone (tokenizing included) on the shared benchmark text, after a warm-up run.
var benchText = Path.Combine(dataDir, "..", "..", "peers", "bench_text.txt");
if (File.Exists(benchText))
{
    var text = File.ReadAllText(benchText);
    var chosen = new KeyPhraseExtractor();
    chosen.Extract(TokenizedText.From(text), 10);
    var watch = Stopwatch.StartNew();
    var tokenized = TokenizedText.From(text);
    var tokenizing = watch.Elapsed;
    const int Rounds = 5;
    for (var round = 0; round < Rounds; round++)
    {
        chosen.Extract(tokenized, 10);
    }

    var perRound = (watch.Elapsed - tokenizing) / Rounds;
    Console.WriteLine();
    Console.WriteLine($"Speed on bench_text.txt ({text.Length:N0} chars, one thread): key phrases {text.Length / 1e6 / perRound.TotalSeconds:F2} M chars/s " +
        $"({perRound.TotalMilliseconds:F0} ms per pass, tokenizing once {tokenizing.TotalMilliseconds:F0} ms).");
}

static IEnumerable<(string Name, KeyPhraseTuning Tuning)> SweepGrid()
{
    // The last round's grid (docs/keyphrases.md lists every round, in order), each scored through the chosen
    // default (the switch between the two settings included), with one change to the term-rich setting at a
    // time around it: a paper's front matter and references, abbreviations tied to their long forms, nested
    // terms in long texts, and the longest phrase.
    var d = KeyPhraseTuning.Default;
    var t = KeyPhraseTuning.TermRich;
    yield return ("default", d);
    yield return ("front matter and references kept", d with { TermRichText = t with { PaperBodyOnly = false } });
    yield return ("abbreviations not tied", d with { TermRichText = t with { AcronymsCountForLongForms = false } });
    foreach (var words in new[] { 0, 1000, 3000, int.MaxValue })
    {
        yield return ($"nested terms kept over {words} words", d with { TermRichText = t with { MinWordsToKeepNestedTerms = words } });
    }

    foreach (var m in new[] { 3, 4, 5, 6 })
    {
        yield return ($"term-rich up to {m} words", d with { TermRichText = t with { MaxWords = m } });
    }
}

static (double P, double R, double F) Score(List<string> predicted, HashSet<string> gold, int k)
{
    var top = predicted.Take(k).ToList();
    if (top.Count == 0 || gold.Count == 0)
    {
        return (0, 0, 0);
    }

    var matches = top.Distinct().Count(gold.Contains);
    var p = matches / (double)top.Count;
    var r = matches / (double)gold.Count;
    return (p, r, matches == 0 ? 0 : 2 * p * r / (p + r));
}

// The baselines' candidates: word n-grams of one to three words inside a sentence and between punctuation,
// neither starting nor ending with a stop word, holding no bare number; grouped by stemmed key.
static Dictionary<string, (int Count, int First, string Surface)> NGrams(string text)
{
    var result = new Dictionary<string, (int Count, int First, string Surface)>();
    var position = 0;
    foreach (Match chunk in Regex.Matches(text, @"[^.,;:!?()\[\]""“”\n]+"))
    {
        var words = Regex.Matches(chunk.Value, @"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*").Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = 1; n <= 3 && i + n <= words.Count; n++)
            {
                var span = words.Skip(i).Take(n).ToList();
                if (IsStop(span[0]) || IsStop(span[^1]) || span.Any(w => !w.Any(char.IsLetter)))
                {
                    continue;
                }

                var surface = string.Join(' ', span);
                var key = KeyPhraseExtractor.NormalizedKey(surface);
                var seen = result.TryGetValue(key, out var s) ? s : (0, position, surface);
                result[key] = (seen.Item1 + 1, seen.Item2, seen.Item3);
                position++;
            }
        }
    }

    return result;
}

static bool IsStop(string word) => word.Length < 2 || EnglishStopWords.Contains(word.ToLowerInvariant());

// Top ten, dropping a phrase whose stems contain or are contained in one already taken, as the extractor does.
static IReadOnlyList<string> TopDistinct(IEnumerable<KeyValuePair<string, (int Count, int First, string Surface)>> ranked)
{
    var taken = new List<string>();
    var result = new List<string>();
    foreach (var (key, value) in ranked)
    {
        var padded = $" {key} ";
        if (taken.Any(t => t.Contains(padded, StringComparison.Ordinal) || padded.Contains(t, StringComparison.Ordinal)))
        {
            continue;
        }

        taken.Add(padded);
        result.Add(value.Surface);
        if (result.Count == 10)
        {
            break;
        }
    }

    return result;
}
