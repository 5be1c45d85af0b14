using Retning.Domain.Diary;

namespace Retning.Web.Pages.Admin.Dagbog;

/// <summary>A new entry of one of the diary lists. The name stays as typed so a refused post shows it again.</summary>
public sealed class CategoryInput
{
    [TextLimit(DiaryCategory.MaxName)]
    public string? Name { get; set; }
}

/// <summary>A new name for an existing entry.</summary>
public sealed class RenameInput
{
    public Guid? Id { get; set; }
    [TextLimit(DiaryCategory.MaxName)]
    public string? Name { get; set; }
}

/// <summary>The response-rate threshold, kept as text so "70,5" comes back as typed with a Danish message.</summary>
public sealed class ThresholdInput
{
    [TextLimit(TextLimits.Code)]
    public string? Percent { get; set; }
}
