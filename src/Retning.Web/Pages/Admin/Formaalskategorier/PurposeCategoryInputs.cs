using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin.Formaalskategorier;

/// <summary>A new category. The name stays as typed so a refused post shows it again.</summary>
public sealed class NewCategoryInput
{
    [TextLimit(PurposeCategory.MaxName)]
    public string? Name { get; set; }
}

/// <summary>A new name for a category; carries the category's version the form was opened on (docs/adr/0004).</summary>
public sealed class RenameCategoryInput
{
    public Guid? Id { get; set; }

    [TextLimit(PurposeCategory.MaxName)]
    public string? Name { get; set; }

    public int Version { get; set; }
}
