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

/// <summary>
/// Reads token&lt;TAB&gt;tag files with a blank line between sentences. A tag is O, B-TYPE or I-TYPE. A line that
/// does not fit (no tab, more than two columns, another tag, an entity tag on an empty token, a line longer than
/// <see cref="MaxLineLength"/>) is an <see cref="InvalidDataException"/> naming the file and the line: a scorer or
/// trainer that read it some other way would report numbers for data it did not understand.
/// </summary>
public static class BioReader
{
    /// <summary>
    /// The longest line read: a token and its tag are far shorter (the shared data's longest line is under 500
    /// characters), and a bound stops a file without line breaks (a device, a binary file) from being read whole.
    /// </summary>
    public const int MaxLineLength = 10_000;

    /// <summary>How much of an offending line a message quotes.</summary>
    private const int QuotedLength = 80;

    /// <summary>The cleaning a file needs: <see cref="BioCleaning.TwitterMarkers"/> for files in a <c>btc</c> folder.</summary>
    public static BioCleaning CleaningFor(string path)
        => string.Equals(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))), "btc", StringComparison.OrdinalIgnoreCase)
            ? BioCleaning.TwitterMarkers
            : BioCleaning.None;

    /// <summary>Reads every sentence of <paramref name="path"/>, cleaned as <see cref="CleaningFor"/> says.</summary>
    public static List<BioSentence> Read(string path) => Read(path, CleaningFor(path));

    /// <summary>Reads every sentence of <paramref name="path"/>; errors name the file.</summary>
    public static List<BioSentence> Read(string path, BioCleaning cleaning)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, cleaning, $"{path}, ");
    }

    /// <summary>Reads every sentence from <paramref name="reader"/>.</summary>
    public static List<BioSentence> Read(TextReader reader, BioCleaning cleaning) => Read(reader, cleaning, string.Empty);

    private static List<BioSentence> Read(TextReader reader, BioCleaning cleaning, string errorPrefix)
    {
        var sentences = new List<BioSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var text = new System.Text.StringBuilder();
        var lineNumber = 0;
        while (ReadLine(reader, text) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line.Length > MaxLineLength)
            {
                throw Invalid(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"longer than {MaxLineLength:N0} characters: {Quote(line)}"));
            }

            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                throw Invalid($"expected token<TAB>tag, got {Quote(line)}");
            }

            if (line.IndexOf('\t', tab + 1) >= 0)
            {
                throw Invalid($"expected two columns (token<TAB>tag), got {line.Count(c => c == '\t') + 1}: {Quote(line)}");
            }

            var token = line[..tab];
            var tag = line[(tab + 1)..];
            if (!IsTag(tag))
            {
                throw Invalid($"unknown tag {Quote(tag)} (expected O, B-TYPE or I-TYPE)");
            }

            // The BTC files have a few empty tokens tagged O, which the scorers count as tokens; an empty token
            // cannot be part of a named entity. (A token of white space can: Re-DocRED has a no-break space inside
            // a name.)
            if (token.Length == 0 && tag != "O")
            {
                throw Invalid($"empty token tagged {Quote(tag)}");
            }

            tokens.Add(token);
            tags.Add(tag);
        }

        Flush();
        return sentences;

        InvalidDataException Invalid(string problem)
            => new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{errorPrefix}line {lineNumber}: {problem}."));

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
    /// The next line as <see cref="TextReader.ReadLine"/> splits them ("\n", "\r\n" or "\r"), except that a line
    /// longer than <see cref="MaxLineLength"/> is cut one character past it instead of being read whole.
    /// </summary>
    private static string? ReadLine(TextReader reader, System.Text.StringBuilder line)
    {
        line.Clear();
        int next;
        while ((next = reader.Read()) >= 0)
        {
            if (next == '\n')
            {
                return line.ToString();
            }

            if (next == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }

                return line.ToString();
            }

            if (line.Length > MaxLineLength)
            {
                return line.ToString();
            }

            line.Append((char)next);
        }

        return line.Length > 0 ? line.ToString() : null;
    }

    private static bool IsTag(string tag)
        => tag == "O"
           || (tag.Length > 2 && (tag[0] is 'B' or 'I') && tag[1] == '-' && !tag.AsSpan(2).ContainsAny(" \t\r\n"));

    /// <summary>
    /// The start of some input for a message: at most <see cref="QuotedLength"/> characters, a tab shown as
    /// &lt;TAB&gt; and other control characters escaped, so that the message stays one readable line.
    /// </summary>
    private static string Quote(string text)
    {
        var quoted = new System.Text.StringBuilder("'");
        var shown = 0;
        for (; shown < text.Length && quoted.Length <= QuotedLength; shown++)
        {
            var c = text[shown];
            quoted.Append(c switch
            {
                '\t' => "<TAB>",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append(shown < text.Length ? "…'" : "'").ToString();
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
