namespace ArticleEnrichment.Text.Tokenization;

/// <summary>A token: a span of the text in UTF-16 code units, and what kind of thing it is.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);
}

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or periods (don't, Asia-Pacific, U.S.).</summary>
    Word,
    /// <summary>Digits with optional decimal/thousands separators (13.8, 1,000).</summary>
    Number,
    /// <summary>Punctuation (. , ; : ! ? quotes, brackets, dashes, ellipsis).</summary>
    Punctuation,
    /// <summary>Other symbols ($, %, @, #, emoji).</summary>
    Symbol,
    Url,
    Email,
}

/// <summary>A sentence: a span of the text and the range of its tokens.</summary>
public readonly record struct Sentence(int Start, int Length, int FirstToken, int TokenCount)
{
    public int End => Start + Length;
}

/// <summary>A text with its tokens and sentences; what every embedded analysis step takes.</summary>
public sealed record TokenizedText(string Text, Token[] Tokens, Sentence[] Sentences)
{
    /// <summary>Tokenizes and splits <paramref name="text"/>.</summary>
    public static TokenizedText From(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return new TokenizedText(text, tokens, SentenceSplitter.Split(text, tokens));
    }

    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].Span(Text);
}
