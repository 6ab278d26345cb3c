namespace ArticleEnrichment.Text.Tokenization;

/// <summary>A token: a span of the text in UTF-16 code units, and what kind of thing it is.</summary>
/// <param name="Start">First code unit of the token in the text.</param>
/// <param name="Length">Length in UTF-16 code units; always at least 1.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>One past the last code unit of the token.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="text"/> (the text it was cut from).</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);
}

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>
    /// Letters and digits, possibly with inner apostrophes, hyphens or abbreviation periods
    /// (don't, Asia-Pacific, 5-year-old, U.S., Mr., Feb.).
    /// </summary>
    Word,
    /// <summary>Digits with inner decimal, thousands, date or time separators (13.8, 1,000, 12/30, 10:30, 1990s, 11th).</summary>
    Number,
    /// <summary>Punctuation (. , ; : ! ? quotes, brackets, dashes, an ellipsis as one token).</summary>
    Punctuation,
    /// <summary>Other symbols ($, %, °, +, emoji; a surrogate pair stays one token).</summary>
    Symbol,
    /// <summary>A web address starting with http://, https:// or www., or a bare domain with a known top-level domain.</summary>
    Url,
    /// <summary>An e-mail address (local@domain.tld).</summary>
    Email,
    /// <summary>A social-media mention (@name): one token, never split into "@" and "name".</summary>
    Mention,
    /// <summary>A hashtag (#tag).</summary>
    Hashtag,
}

/// <summary>A sentence: a span of the text and the range of its tokens.</summary>
/// <param name="Start">Start of the first token, in UTF-16 code units.</param>
/// <param name="Length">From the first token's start to the last token's end.</param>
/// <param name="FirstToken">Index of the first token in <see cref="TokenizedText.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens; at least 1.</param>
public readonly record struct Sentence(int Start, int Length, int FirstToken, int TokenCount)
{
    /// <summary>One past the last code unit of the sentence.</summary>
    public int End => Start + Length;

    /// <summary>One past the index of the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A text with its tokens and sentences; what every embedded analysis step takes.</summary>
/// <param name="Text">The analyzed text; every offset points into it.</param>
/// <param name="Tokens">Its tokens, in order (see <see cref="Tokenizer"/>).</param>
/// <param name="Sentences">Its sentences, in order, covering every token (see <see cref="SentenceSplitter"/>).</param>
public sealed record TokenizedText(string Text, Token[] Tokens, Sentence[] Sentences)
{
    /// <summary>Tokenizes and splits <paramref name="text"/>.</summary>
    public static TokenizedText From(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return new TokenizedText(text, tokens, SentenceSplitter.Split(text, tokens));
    }

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].Span(Text);
}
