using Retning.Domain.Vocabulary;

namespace Retning.Web.Pages.Admin.Ffb;

/// <summary>
/// The FFB code chosen for one theme of a template or one level of a scale. Carries the mapping the
/// form was opened on (none: <see cref="MappingId"/> null) and its version, so two administrators
/// cannot overwrite each other (docs/adr/0004).
/// </summary>
public sealed class FfbMappingInput
{
    public FfbKind Kind { get; set; }

    /// <summary>The template (a theme) or the scale (a level).</summary>
    public Guid OwnerId { get; set; }

    /// <summary>The theme key, or the level's value.</summary>
    [TextLimit(FfbMapping.MaxItemKey)]
    public string? ItemKey { get; set; }

    /// <summary>The chosen code; empty removes the mapping.</summary>
    [TextLimit(FfbMapping.MaxCode)]
    public string? Code { get; set; }

    public Guid? MappingId { get; set; }
    public int Version { get; set; }
}
