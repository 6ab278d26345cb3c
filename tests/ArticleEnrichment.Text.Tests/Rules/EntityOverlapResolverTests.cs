using ArticleEnrichment.Analysis;
using ArticleEnrichment.Text.Rules;
using CsCheck;

namespace ArticleEnrichment.Text.Tests.Rules;

public class EntityOverlapResolverTests
{
    private static Entity E(string category, int offset, int length, string? subcategory = null)
        => new(new string('x', length), category, subcategory, offset, length, 0.8);

    [Fact]
    public void Merge_TaggedPersonOverRuleRole_TaggedWins()
    {
        var person = E(EntityCategory.Person, 10, 14);
        var role = E(EntityCategory.PersonType, 20, 8);
        Assert.Equal([person], EntityOverlapResolver.Merge([person], [role]));
    }

    [Fact]
    public void Merge_RuleUrlOverTaggedOrganization_UrlWins()
    {
        var organization = E(EntityCategory.Organization, 4, 7);
        var url = E(EntityCategory.Url, 0, 15);
        Assert.Equal([url], EntityOverlapResolver.Merge([organization], [url]));
    }

    [Fact]
    public void Merge_RuleDateContainingTaggedLocation_TaggedWins()
    {
        var location = E(EntityCategory.Location, 5, 5);
        var date = E(EntityCategory.DateTime, 0, 20, EntitySubcategory.Date);
        Assert.Equal([location], EntityOverlapResolver.Merge([location], [date]));
    }

    [Fact]
    public void Merge_DisjointAndTouching_AllKeptSortedByOffset()
    {
        var person = E(EntityCategory.Person, 10, 5);
        var role = E(EntityCategory.PersonType, 5, 5);
        var date = E(EntityCategory.DateTime, 15, 3);
        var email = E(EntityCategory.Email, 0, 5);
        Assert.Equal([email, role, person, date], EntityOverlapResolver.Merge([person], [date, role, email]));
    }

    [Fact]
    public void Merge_Empty_Empty()
    {
        Assert.Empty(EntityOverlapResolver.Merge([], []));
    }

    private static readonly string[] Categories =
        [EntityCategory.Person, EntityCategory.Location, EntityCategory.Url, EntityCategory.PhoneNumber, EntityCategory.DateTime, EntityCategory.Quantity, EntityCategory.PersonType];

    private static readonly Gen<Entity> EntityGen =
        Gen.Select(Gen.OneOfConst(Categories), Gen.Int[0, 200], Gen.Int[1, 20], (category, offset, length) => E(category, offset, length));

    private static bool Overlap(Entity a, Entity b) => a.Offset < b.Offset + b.Length && b.Offset < a.Offset + a.Length;

    // Entities are records: value-equal copies would blur which list one came from, so identity decides.
    private static bool Holds(IEnumerable<Entity> entities, Entity entity) => entities.Any(e => ReferenceEquals(e, entity));

    private static int Rank(Entity e, IReadOnlyList<Entity> tagged)
        => Holds(tagged, e) ? 1 : EntityOverlapResolver.IsAddress(e) ? 0 : 2;

    [Fact]
    public void Merge_AnyEntities_SortedDisjointAndEveryDropHasAWinnerOfHigherOrEqualPrecedence()
    {
        Gen.Select(EntityGen.List[0, 15], EntityGen.List[0, 15]).Sample((tagged, ruled) =>
        {
            var merged = EntityOverlapResolver.Merge(tagged, ruled);
            for (var i = 1; i < merged.Count; i++)
            {
                Assert.True(merged[i - 1].Offset + merged[i - 1].Length <= merged[i].Offset, "overlap or out of order");
            }

            foreach (var dropped in tagged.Concat(ruled).Where(e => !Holds(merged, e)))
            {
                Assert.Contains(merged, kept => Overlap(kept, dropped) && Rank(kept, tagged) <= Rank(dropped, tagged));
            }
        }, iter: 5_000);
    }
}
