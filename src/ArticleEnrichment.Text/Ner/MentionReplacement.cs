namespace ArticleEnrichment.Text.Ner;

/// <summary>
/// Training-data augmentation by mention replacement (Dai and Adel, COLING 2020): a copy of each sentence that
/// names a person, organisation or place, with every such name swapped for another name of the same type drawn
/// from the training data. The tagger then sees "Aleppo" where "Damascus" stood and "Tamontaka" beside
/// "Cotabato", so it learns that context, not the memorised name, says what a name is; that is what unseen names
/// in news need. The draw is fixed by a seed, so the copies, and the model, are the same on every run.
/// </summary>
public static class MentionReplacement
{
    private static readonly string[] ReplacedTypes = ["PER", "ORG", "LOC"];

    /// <summary>One replaced copy of every sentence of <paramref name="sentences"/> that holds a PER, ORG or LOC span.</summary>
    public static List<BioSentence> Copies(IReadOnlyList<BioSentence> sentences, ulong seed)
    {
        // Distinct names per type, in first-seen order (deterministic); each is its tokens.
        var pools = ReplacedTypes.ToDictionary(t => t, _ => new List<string[]>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var span in NerLabels.BioSpans(sentence.Tags))
            {
                if (pools.TryGetValue(span.Type, out var pool) && seen.Add(span.Type + "\t" + string.Join(' ', sentence.Tokens[span.Start..span.End])))
                {
                    pool.Add(sentence.Tokens[span.Start..span.End]);
                }
            }
        }

        var random = new SplitMix64(seed);
        var copies = new List<BioSentence>();
        foreach (var sentence in sentences)
        {
            var spans = NerLabels.BioSpans(sentence.Tags).Where(s => pools.ContainsKey(s.Type)).OrderBy(s => s.Start).ToList();
            if (spans.Count == 0)
            {
                continue;
            }

            var tokens = new List<string>(sentence.Tokens.Length + 4);
            var tags = new List<string>(sentence.Tokens.Length + 4);
            var position = 0;
            foreach (var span in spans)
            {
                tokens.AddRange(sentence.Tokens[position..span.Start]);
                tags.AddRange(sentence.Tags[position..span.Start]);
                var pool = pools[span.Type];
                var name = pool[(int)(random.Next() % (ulong)pool.Count)];
                for (var k = 0; k < name.Length; k++)
                {
                    tokens.Add(name[k]);
                    tags.Add((k == 0 ? "B-" : "I-") + span.Type);
                }

                position = span.End;
            }

            tokens.AddRange(sentence.Tokens[position..]);
            tags.AddRange(sentence.Tags[position..]);
            copies.Add(new BioSentence([.. tokens], [.. tags]));
        }

        return copies;
    }
}
