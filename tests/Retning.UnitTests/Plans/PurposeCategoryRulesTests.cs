using Retning.Domain.Common;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

/// <summary>A region's purpose categories and the category a purpose is given (docs/domain.md, "Purposes").</summary>
public sealed class PurposeCategoryRulesTests
{
    private static readonly Guid Region = Guid.Parse("00000000-0000-0000-0000-0000000000a1");

    private static PurposeCategory Category(string name, bool active = true, int order = 1) =>
        new() { RegionId = Region, Name = name, IsActive = active, SortOrder = order };

    [Fact]
    public void The_shipped_list_has_8_to_12_distinct_names_each_with_an_FFB_code_in_order()
    {
        var list = PurposeCategory.Defaults(Region).ToList();

        Assert.InRange(list.Count, 8, 12);
        Assert.Equal(list.Count, list.Select(c => c.Name.ToUpperInvariant()).Distinct().Count());
        Assert.All(list, c => Assert.True(Guid.TryParse(c.Code, out _), c.Name));
        Assert.All(list, c => Assert.True(c.IsActive && c.RegionId == Region && c.Name.Length <= PurposeCategory.MaxName));
        Assert.Equal(Enumerable.Range(1, list.Count), list.Select(c => c.SortOrder));
        Assert.Equal("Egenomsorg", list[0].Name);
    }

    [Fact]
    public void A_name_is_required_and_unique_in_the_region_regardless_of_case_retired_ones_included()
    {
        var selfCare = Category("Egenomsorg");
        var retired = Category("Bolig", active: false);
        List<PurposeCategory> region = [selfCare, retired];

        Assert.Equal([new FieldError("Name", "Skriv kategoriens navn.")], PurposeCategoryRules.CheckName(null, region));
        Assert.Equal([new FieldError("Name", "Der er allerede en kategori, der hedder Egenomsorg.")], PurposeCategoryRules.CheckName("EGENOMSORG", region));
        Assert.Equal("Der er allerede en kategori, der hedder Bolig. Den er ikke i brug; tag den i brug igen i stedet.",
            Assert.Single(PurposeCategoryRules.CheckName("bolig", region)).Message);
        Assert.Equal("Teksten er for lang: højst 100 tegn (nu 101).", Assert.Single(PurposeCategoryRules.CheckName(new string('x', 101), region)).Message);
        Assert.Empty(PurposeCategoryRules.CheckName("Fritid", region));
        // Renaming a category to its own name in another case is not a twin.
        Assert.Empty(PurposeCategoryRules.CheckName("egenomsorg", region, selfCare.Id));
    }

    [Fact]
    public void The_last_category_in_use_cannot_be_retired_a_retired_one_can_come_back()
    {
        var only = Category("Egenomsorg");
        var retired = Category("Bolig", active: false);
        List<PurposeCategory> region = [only, retired];

        Assert.Equal("Egenomsorg er den eneste kategori i brug. Der skal være mindst én, ellers kan der ikke registreres formål.",
            Assert.Single(PurposeCategoryRules.CheckActive(only, active: false, region)).Message);
        Assert.Empty(PurposeCategoryRules.CheckActive(retired, active: true, region));
        Assert.Empty(PurposeCategoryRules.CheckActive(only, active: false, [only, Category("Relationer")]));
    }

    [Fact]
    public void A_purpose_must_choose_a_category_of_its_region_that_is_in_use()
    {
        var selfCare = Category("Egenomsorg");
        var retired = Category("Bolig", active: false);
        List<PurposeCategory> region = [selfCare, retired];

        Assert.Empty(PurposeCategoryRules.CheckChoice(selfCare.Id, region));
        Assert.Equal([new FieldError("CategoryId", "Vælg formålets kategori, så formålene kan tælles pr. kategori.")], PurposeCategoryRules.CheckChoice(null, region));
        Assert.Equal([new FieldError("CategoryId", "Vælg en kategori fra listen.")], PurposeCategoryRules.CheckChoice(Guid.NewGuid(), region));
        Assert.Equal([new FieldError("CategoryId", "Kategorien Bolig er ikke længere i brug. Vælg en anden.")], PurposeCategoryRules.CheckChoice(retired.Id, region));
    }

    [Fact]
    public void A_purpose_without_a_category_is_shown_as_Ikke_kategoriseret_and_a_new_one_comes_last()
    {
        Assert.Equal("Ikke kategoriseret", PurposeCategoryRules.Describe(null));
        Assert.Equal("Relationer", PurposeCategoryRules.Describe("Relationer"));
        Assert.Equal(1, PurposeCategoryRules.NextOrder([]));
        Assert.Equal(8, PurposeCategoryRules.NextOrder([Category("A", order: 3), Category("B", order: 7)]));
    }
}
