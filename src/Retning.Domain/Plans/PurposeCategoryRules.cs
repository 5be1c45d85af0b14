namespace Retning.Domain.Plans;

/// <summary>
/// The rules of a region's purpose categories (docs/domain.md, "Purposes"): the names an
/// administrator gives them, which may be retired, and which a purpose may be given, each with the
/// Danish message at its field. Categories are never deleted: purposes point at them.
/// </summary>
public static class PurposeCategoryRules
{
    /// <summary>
    /// Checks a cleaned name (<see cref="FormText.Clean"/>) against the region's other categories
    /// (retired ones too: a retired name is brought back by making it active, not by a twin).
    /// </summary>
    public static IReadOnlyList<FieldError> CheckName(string? name, IEnumerable<PurposeCategory> sameRegion, Guid? self = null)
    {
        if (name is null)
        {
            return [new("Name", "Skriv kategoriens navn.")];
        }

        if (TextLimits.TooLong(name, PurposeCategory.MaxName) is { } tooLong)
        {
            return [new("Name", tooLong)];
        }

        var twin = sameRegion.FirstOrDefault(c => c.Id != self && string.Equals(c.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return twin is null ? []
            : twin.IsActive ? [new("Name", $"Der er allerede en kategori, der hedder {twin.Name}.")]
            : [new("Name", $"Der er allerede en kategori, der hedder {twin.Name}. Den er ikke i brug; tag den i brug igen i stedet.")];
    }

    /// <summary>
    /// Whether a category may be retired or brought back. The last category in use cannot be
    /// retired: a new purpose must be given one. The message belongs to the whole form (field "").
    /// </summary>
    public static IReadOnlyList<FieldError> CheckActive(PurposeCategory category, bool active, IEnumerable<PurposeCategory> sameRegion) =>
        !active && category.IsActive && sameRegion.Count(c => c.IsActive) == 1
            ? [new(string.Empty, $"{category.Name} er den eneste kategori i brug. Der skal være mindst én, ellers kan der ikke registreres formål.")]
            : [];

    /// <summary>The order a new category gets: after the last one of the region.</summary>
    public static int NextOrder(IReadOnlyCollection<PurposeCategory> sameRegion) => sameRegion.Count == 0 ? 1 : sameRegion.Max(c => c.SortOrder) + 1;

    /// <summary>
    /// Checks the category chosen for a new purpose or a new wording of one (field "CategoryId"):
    /// required, one of the citizen's region's categories, and in use. Purposes registered before
    /// categories existed keep none until they are revised.
    /// </summary>
    public static IReadOnlyList<FieldError> CheckChoice(Guid? categoryId, IEnumerable<PurposeCategory> regionCategories)
    {
        if (categoryId is not { } id)
        {
            return [new("CategoryId", "Vælg formålets kategori, så formålene kan tælles pr. kategori.")];
        }

        var chosen = regionCategories.FirstOrDefault(c => c.Id == id);
        return chosen is null ? [new("CategoryId", "Vælg en kategori fra listen.")]
            : !chosen.IsActive ? [new("CategoryId", $"Kategorien {chosen.Name} er ikke længere i brug. Vælg en anden.")]
            : [];
    }

    /// <summary>The name a purpose shows for its category: the category's, or "Ikke kategoriseret".</summary>
    public static string Describe(string? categoryName) => categoryName ?? PurposeCategory.Uncategorised;
}
