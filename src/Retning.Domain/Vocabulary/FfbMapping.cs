namespace Retning.Domain.Vocabulary;

/// <summary>
/// An administrator's FFB code for something Retning does not code itself (docs/adr/0018-ffb-vocabulary.md):
/// a theme of an offer's template (<see cref="FfbKind.Theme"/>; owner = template, item = theme key) or
/// a level of an indicator scale (<see cref="FfbKind.SupportNeedLevel"/>; owner = scale, item = the
/// level's value). No citizen data. Built-in codes (<see cref="FfbCodes"/>) always win.
/// </summary>
public class FfbMapping : IVersioned
{
    /// <summary>A theme key is at most 50 characters (the plan's theme columns); a level value is a number.</summary>
    public const int MaxItemKey = 50;

    /// <summary>An FFB concept id is a 36-character UUID.</summary>
    public const int MaxCode = 64;

    public const int MaxVersionText = 20;

    public Guid Id { get; set; } = Guid.NewGuid();
    public FfbKind Kind { get; set; }

    /// <summary>The template (for a theme) or the scale (for a level).</summary>
    public Guid OwnerId { get; set; }

    /// <summary>The theme key, or the level's value written with invariant digits.</summary>
    public required string ItemKey { get; set; }

    public required string Code { get; set; }

    /// <summary>The code system version the code was chosen from, so a later version can be checked against it.</summary>
    public required string CodeSystemVersion { get; set; }

    public DateTime ChangedUtc { get; set; }
    public required string ChangedByName { get; set; }

    public int Version { get; set; }

    public static string LevelKey(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
