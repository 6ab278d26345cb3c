namespace ArticleEnrichment.Text.Tokenization;

/// <summary>Groups tokens into sentences. (Placeholder: splits after . ! ?)</summary>
public static class SentenceSplitter
{
    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var isEnd = t.Length == 1 && text[t.Start] is '.' or '!' or '?';
            if (isEnd || i == tokens.Length - 1)
            {
                var start = tokens[first].Start;
                sentences.Add(new Sentence(start, t.End - start, first, i - first + 1));
                first = i + 1;
            }
        }

        return [.. sentences];
    }
}
