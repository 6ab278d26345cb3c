using ArticleEnrichment.Analysis;

namespace ArticleEnrichment.Text.Rules;

/// <summary>
/// Merges the tagger's entities with the rule entities by one precedence rule:
/// address-like rule entities (URL, Email, IP, PhoneNumber) first, then the tagger's entities, then the other
/// rule entities; an entity that overlaps one of higher precedence (sharing even one code unit) is dropped.
/// </summary>
/// <remarks>
/// Why this order: an address's syntax is certain and the tagger sees only pieces of it ("reuters" inside
/// "www.reuters.com"); a name the tagger found is worth more than a rule's guess over the same words
/// ("President" inside "President Hotel", "May" the person vs. the month); the rest of the rule entities
/// fill the gaps. Within one level the inputs are already disjoint (each source emits non-overlapping
/// entities); if not, the earlier (then longer) one is kept.
/// </remarks>
public static class EntityOverlapResolver
{
    /// <summary>The merged entities, ordered by offset (then length), never overlapping.</summary>
    public static IReadOnlyList<Entity> Merge(IReadOnlyList<Entity> tagged, IReadOnlyList<Entity> ruled)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        ArgumentNullException.ThrowIfNull(ruled);
        var kept = new List<Entity>(tagged.Count + ruled.Count);
        AddLevel(kept, ruled.Where(IsAddress));
        AddLevel(kept, tagged);
        AddLevel(kept, ruled.Where(e => !IsAddress(e)));
        return kept;
    }

    /// <summary>URL, Email, IP and PhoneNumber: the rule entities whose syntax decides them.</summary>
    public static bool IsAddress(Entity entity)
        => entity.Category is EntityCategory.Url or EntityCategory.Email or EntityCategory.IP or EntityCategory.PhoneNumber;

    private static void AddLevel(List<Entity> kept, IEnumerable<Entity> candidates)
    {
        foreach (var candidate in candidates.OrderBy(e => e.Offset).ThenByDescending(e => e.Length))
        {
            // kept is sorted by offset and disjoint: only the neighbours at the insertion point can overlap.
            var at = InsertionPoint(kept, candidate.Offset);
            var overlapsBefore = at > 0 && kept[at - 1].Offset + kept[at - 1].Length > candidate.Offset;
            var overlapsAfter = at < kept.Count && kept[at].Offset < candidate.Offset + candidate.Length;
            if (!overlapsBefore && !overlapsAfter && candidate.Length > 0)
            {
                kept.Insert(at, candidate);
            }
        }
    }

    /// <summary>The first index whose entity starts after <paramref name="offset"/>, keeping equal offsets in arrival order.</summary>
    private static int InsertionPoint(List<Entity> kept, int offset)
    {
        int low = 0, high = kept.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (kept[middle].Offset <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
