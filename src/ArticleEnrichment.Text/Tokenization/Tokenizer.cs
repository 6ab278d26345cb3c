namespace ArticleEnrichment.Text.Tokenization;

/// <summary>Splits text into tokens with UTF-16 offsets. (Placeholder: letters/digits runs and single symbols.)</summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(new Token(start, 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            }
        }

        return [.. tokens];
    }
}
