namespace ArticleEnrichment.Text;

/// <summary>
/// Words joined by single spaces in a reused buffer, to look a phrase up by span (a dictionary's alternate look-up)
/// without a new string per try: most tries (a candidate key, a run of capitalised tokens, a multi-word expression)
/// find nothing or something already known, and need no string at all.
/// </summary>
internal sealed class SpaceJoinedWords
{
    private char[] buffer = new char[64];
    private int length;
    private int words;

    /// <summary>The words appended since the last <see cref="Clear"/>, one space between each two.</summary>
    public ReadOnlySpan<char> Text => buffer.AsSpan(0, length);

    /// <summary>Starts a new phrase; returns this, to append to.</summary>
    public SpaceJoinedWords Clear()
    {
        length = 0;
        words = 0;
        return this;
    }

    /// <summary>Adds <paramref name="word"/> after a space (none before the first word, even an empty one).</summary>
    public SpaceJoinedWords Append(ReadOnlySpan<char> word)
    {
        var separator = words++ > 0 ? 1 : 0;
        var needed = length + separator + word.Length;
        if (needed > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        }

        if (separator > 0)
        {
            buffer[length++] = ' ';
        }

        word.CopyTo(buffer.AsSpan(length));
        length += word.Length;
        return this;
    }
}
