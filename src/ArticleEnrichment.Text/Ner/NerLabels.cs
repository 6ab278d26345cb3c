namespace ArticleEnrichment.Text.Ner;

/// <summary>An entity span over token positions [<paramref name="Start"/>, <paramref name="End"/>) with its type index in <see cref="NerLabels.Types"/>.</summary>
public readonly record struct TokenSpan(int Start, int End, int Type);

/// <summary>
/// The tagger's labels: BILOU (Begin, Inside, Last, Outside, Unit) over PER, ORG, LOC and MISC. BILOU rather
/// than BIO because a single-token name and the last token of a long one look different (Unit, Last), which
/// helps a left-to-right tagger decide where a span ends.
/// </summary>
public static class NerLabels
{
    /// <summary>Entity types, in label order (the order also breaks ties).</summary>
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>Label 0: outside any entity.</summary>
    public const int Outside = 0;

    /// <summary>Number of labels: O plus B, I, L, U for each type.</summary>
    public static int Count => 1 + (Types.Length * 4);

    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>Type index of a type name, or -1.</summary>
    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    private static int Label(int type, int part) => 1 + (type * 4) + part;

    private static int PartOf(int label) => (label - 1) % 4;

    private static int TypeOf(int label) => (label - 1) / 4;

    /// <summary>Label names (O, B-PER, I-PER, L-PER, U-PER, ...), for diagnostics.</summary>
    public static string Name(int label) => label == Outside ? "O" : "BILU"[PartOf(label)] + "-" + Types[TypeOf(label)];

    /// <summary>BILOU labels for spans over a sentence of <paramref name="length"/> tokens.</summary>
    public static int[] Encode(IReadOnlyList<TokenSpan> spans, int length)
    {
        var labels = new int[length];
        foreach (var span in spans)
        {
            if (span.End - span.Start == 1)
            {
                labels[span.Start] = Label(span.Type, Unit);
                continue;
            }

            labels[span.Start] = Label(span.Type, Begin);
            for (var i = span.Start + 1; i < span.End - 1; i++)
            {
                labels[i] = Label(span.Type, Inside);
            }

            labels[span.End - 1] = Label(span.Type, Last);
        }

        return labels;
    }

    /// <summary>
    /// Spans from BIO tags, exactly as <c>score_bio.py</c> reads them: a B- tag, or an I- tag whose type differs
    /// from the open span's (or with no open span), starts a new span.
    /// </summary>
    public static List<(int Start, int End, string Type)> BioSpans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var isInside = tag.StartsWith("I-", StringComparison.Ordinal);
            if (tag == "O" || tag.StartsWith("B-", StringComparison.Ordinal) || (isInside && tag[2..] != type))
            {
                if (start >= 0)
                {
                    spans.Add((start, i, type!));
                    start = -1;
                    type = null;
                }

                if (tag != "O")
                {
                    start = i;
                    type = tag[2..];
                }
            }
        }

        return spans;
    }

    /// <summary>BILOU labels for a sentence's BIO tags (types outside <see cref="Types"/> become O).</summary>
    public static int[] FromBio(IReadOnlyList<string> tags)
    {
        var spans = new List<TokenSpan>();
        foreach (var (start, end, type) in BioSpans(tags))
        {
            var index = TypeIndex(type);
            if (index >= 0)
            {
                spans.Add(new TokenSpan(start, end, index));
            }
        }

        return Encode(spans, tags.Count);
    }

    /// <summary>
    /// Spans from a label sequence. The decoder only produces valid sequences, except that a sentence may end
    /// inside a span (B or I as last label): that span is closed at the sentence end.
    /// </summary>
    public static void Decode(ReadOnlySpan<int> labels, List<TokenSpan> spans)
    {
        var start = -1;
        var type = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label == Outside)
            {
                Close(i);
                continue;
            }

            var part = PartOf(label);
            var labelType = TypeOf(label);
            if (part is Begin or Unit || labelType != type || start < 0)
            {
                Close(i);
                start = i;
                type = labelType;
            }

            if (part is Last or Unit)
            {
                Close(i + 1);
            }
        }

        Close(labels.Length);

        void Close(int end)
        {
            if (start >= 0)
            {
                spans.Add(new TokenSpan(start, end, type));
                start = -1;
                type = -1;
            }
        }
    }

    /// <summary>
    /// Which labels may follow <paramref name="previous"/> (-1 at a sentence start): after B or I of a type only
    /// I or L of the same type; otherwise O, B or U of any type.
    /// </summary>
    public static void Allowed(int previous, Span<bool> allowed)
    {
        var insideSpan = previous > Outside && PartOf(previous) is Begin or Inside;
        allowed[Outside] = !insideSpan;
        for (var label = 1; label < Count; label++)
        {
            var part = PartOf(label);
            allowed[label] = insideSpan
                ? TypeOf(label) == TypeOf(previous) && part is Inside or Last
                : part is Begin or Unit;
        }
    }
}
