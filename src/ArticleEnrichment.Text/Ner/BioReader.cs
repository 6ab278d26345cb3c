namespace ArticleEnrichment.Text.Ner;

/// <summary>One sentence of a token/BIO file: tokens and their BIO tags (same length).</summary>
public sealed record BioSentence(string[] Tokens, string[] Tags);

/// <summary>How a BIO file is cleaned while it is read.</summary>
public enum BioCleaning
{
    /// <summary>Read as written.</summary>
    None,

    /// <summary>
    /// Broad Twitter Corpus fix-up: the corpus splits every @mention into "@" and the name, each tagged as its
    /// own entity, and splits #hashtags likewise. A mention or hashtag is joined into one token ("@name",
    /// "#word") tagged O, as WNUT-17 writes them: a user handle is not a news entity.
    /// </summary>
    TwitterMarkers,
}

/// <summary>Reads token&lt;TAB&gt;tag files with a blank line between sentences (the last column is the tag).</summary>
public static class BioReader
{
    /// <summary>The cleaning a file needs: <see cref="BioCleaning.TwitterMarkers"/> for files in a <c>btc</c> folder.</summary>
    public static BioCleaning CleaningFor(string path)
        => string.Equals(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))), "btc", StringComparison.OrdinalIgnoreCase)
            ? BioCleaning.TwitterMarkers
            : BioCleaning.None;

    /// <summary>Reads every sentence of <paramref name="path"/>, cleaned as <see cref="CleaningFor"/> says.</summary>
    public static List<BioSentence> Read(string path) => Read(path, CleaningFor(path));

    /// <summary>Reads every sentence of <paramref name="path"/>.</summary>
    public static List<BioSentence> Read(string path, BioCleaning cleaning)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, cleaning);
    }

    /// <summary>Reads every sentence from <paramref name="reader"/>.</summary>
    public static List<BioSentence> Read(TextReader reader, BioCleaning cleaning)
    {
        var sentences = new List<BioSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var tab = line.IndexOf('\t');
            var lastTab = line.LastIndexOf('\t');
            if (tab < 0)
            {
                throw new InvalidDataException($"Expected token<TAB>tag, got '{line}'.");
            }

            tokens.Add(line[..tab]);
            var tag = line[(lastTab + 1)..];
            tags.Add(tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal) ? tag : "O");
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0)
            {
                return;
            }

            if (cleaning == BioCleaning.TwitterMarkers)
            {
                JoinTwitterMarkers(tokens, tags);
            }

            sentences.Add(new BioSentence([.. tokens], [.. tags]));
            tokens.Clear();
            tags.Clear();
        }
    }

    /// <summary>
    /// Joins a lone "@" or "#" with the word after it into one O token. If the word after it began an entity
    /// that continued (I- tags), the next token takes that entity's B- tag so the tags stay well formed.
    /// </summary>
    private static void JoinTwitterMarkers(List<string> tokens, List<string> tags)
    {
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            if (tokens[i] is not ("@" or "#") || !IsWordLike(tokens[i + 1]))
            {
                continue;
            }

            tokens[i] += tokens[i + 1];
            tags[i] = "O";
            tokens.RemoveAt(i + 1);
            tags.RemoveAt(i + 1);
            if (i + 1 < tags.Count && tags[i + 1].StartsWith("I-", StringComparison.Ordinal))
            {
                tags[i + 1] = "B-" + tags[i + 1][2..];
            }
        }
    }

    private static bool IsWordLike(string token) => token.Length > 0 && (char.IsLetterOrDigit(token[0]) || token[0] == '_');
}
