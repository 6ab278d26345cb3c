namespace ArticleEnrichment.Text.Tokenization;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a line break (articles put each paragraph, headline and
/// byline on its own line, and those often have no final stop), or after . ! ? … (with any further stops and
/// closing quotes or brackets that follow, so "… the world.”" ends after the quote) unless the next token
/// starts with a lower-case letter ("“Why?” he asked."). A period kept inside an abbreviation token ends a
/// sentence only before a common sentence opener ("… in the U.S. The …"); after a title (Mr., Dr.) never.
/// </summary>
public static class SentenceSplitter
{
    // A news sentence averages 20 to 25 tokens; start the list there.
    private const int TokensPerSentenceEstimate = 20;

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/>; every token belongs to exactly one sentence, in order.</summary>
    public static Sentence[] Split(string text, Token[] tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Length / TokensPerSentenceEstimate + 1);
        var first = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            var last = EndOfSentenceAt(text, tokens, i);
            if (last >= 0)
            {
                var start = tokens[first].Start;
                sentences.Add(new Sentence(start, tokens[last].End - start, first, last - first + 1));
                first = last + 1;
                i = last + 1;
            }
            else
            {
                i++;
            }
        }

        return [.. sentences];
    }

    /// <summary>The index of the sentence's last token if a sentence ends at or just after token <paramref name="i"/>; else -1.</summary>
    private static int EndOfSentenceAt(string text, Token[] tokens, int i)
    {
        if (i == tokens.Length - 1 || HasLineBreak(text, tokens[i].End, tokens[i + 1].Start))
        {
            return i;
        }

        var token = tokens[i];
        if (IsTerminal(text, token))
        {
            // Take further stops and closing quotes or brackets on the same line into this sentence.
            var last = i;
            while (last + 1 < tokens.Length && !HasLineBreak(text, tokens[last].End, tokens[last + 1].Start)
                   && (IsTerminal(text, tokens[last + 1]) || IsClosing(text, tokens, last + 1)))
            {
                last++;
            }

            if (last == tokens.Length - 1 || HasLineBreak(text, tokens[last].End, tokens[last + 1].Start))
            {
                return last;
            }

            return char.IsLower(text[tokens[last + 1].Start]) ? -1 : last;
        }

        if (token.Kind == TokenKind.Word && token.Length > 1 && text[token.End - 1] == '.')
        {
            var word = token.Span(text);
            if (Abbreviations.IsTitle(word))
            {
                return -1;
            }

            var next = tokens[i + 1].Span(text);
            return Abbreviations.IsSentenceStarter(next) ? i : -1;
        }

        return -1;
    }

    private static bool IsTerminal(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var c = text[token.Start];
        return c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉';
    }

    private static bool IsClosing(string text, Token[] tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Punctuation || token.Length != 1)
        {
            return false;
        }

        var c = text[token.Start];
        if (c is '”' or '’' or '»' or '›' or ')' or ']' or '}')
        {
            return true;
        }

        // A straight quote after a stop closes the sentence's quotation unless a word follows it directly
        // (then it opens the next one: ... said. "Next).
        return c is '"' or '\'' && (i + 1 == tokens.Length || tokens[i + 1].Start > token.End);
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (text[j] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                return true;
            }
        }

        return false;
    }
}
