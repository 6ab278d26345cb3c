namespace ArticleEnrichment.Text.Ner;

/// <summary>
/// FNV-1a (64-bit) over UTF-16 code units: the same value in every process and on every machine, which
/// <see cref="string.GetHashCode()"/> is not (.NET randomizes it per process), so feature hashes can be
/// stored in the model file.
/// </summary>
public static class StableHash
{
    /// <summary>FNV-1a 64-bit offset basis.</summary>
    public const ulong Seed = 14695981039346656037UL;

    /// <summary>FNV-1a 64-bit prime.</summary>
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of <paramref name="chars"/> as they are.</summary>
    public static ulong Of(ReadOnlySpan<char> chars) => Append(Seed, chars);

    /// <summary>Continues a hash with more characters.</summary>
    public static ulong Append(ulong hash, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            hash = Append(hash, c);
        }

        return hash;
    }

    /// <summary>Continues a hash with one UTF-16 code unit (both bytes, low first).</summary>
    public static ulong Append(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }

    /// <summary>Hash of the lower-cased (invariant) form of <paramref name="chars"/>, without allocating.</summary>
    public static ulong OfLower(ReadOnlySpan<char> chars)
    {
        var hash = Seed;
        foreach (var c in chars)
        {
            hash = Append(hash, char.ToLowerInvariant(c));
        }

        return hash;
    }

    /// <summary>
    /// Combines a template id with a value hash (and an optional second value) into one feature key. The final
    /// multiply-xorshift spreads the bits so nearby template ids do not give nearby keys.
    /// </summary>
    public static ulong Combine(ulong template, ulong value, ulong other = 0)
    {
        var hash = (Seed ^ template) * Prime;
        hash = (hash ^ value) * Prime;
        hash = (hash ^ other) * Prime;
        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        return hash ^ (hash >> 32);
    }
}
