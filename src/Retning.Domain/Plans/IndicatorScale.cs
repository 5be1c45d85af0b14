namespace Retning.Domain.Plans;

/// <summary>One level of an indicator scale, with what it means.</summary>
public sealed class ScaleLevel
{
    public int Value { get; set; }
    public required string Label { get; set; }
    public string? Description { get; set; }
}

/// <summary>
/// A scale of support need a sub-goal is scored on (configurable per offer). "Ikke vurderet"
/// is not a level: a note is simply not scored.
/// </summary>
public class IndicatorScale : Common.IVersioned
{
    // The longest text of each field (docs/architecture.md, "Validation").
    public const int MaxName = TextLimits.Name;
    public const int MaxLevelLabel = 100;
    public const int MaxLevelDescription = TextLimits.Line;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OfferId { get; set; }
    public required string Name { get; set; }
    public bool IsDefault { get; set; }

    /// <summary>The levels of the current version (a copy of the newest <see cref="IndicatorScaleVersion"/>).</summary>
    public List<ScaleLevel> Levels { get; set; } = [];

    /// <summary>Number of the current version; scores point at the version they were given on.</summary>
    public int CurrentVersion { get; set; } = 1;

    /// <summary>Concurrency token for the administration form.</summary>
    public int Version { get; set; }

    public List<IndicatorScaleVersion> Versions { get; set; } = [];

    /// <summary>
    /// Starts a new version with these levels. Earlier versions stay as they were, so a score
    /// given on them keeps its label and meaning.
    /// </summary>
    public IndicatorScaleVersion NewVersion(List<ScaleLevel> levels, string byName, DateTime nowUtc)
    {
        var number = Versions.Count == 0 ? 1 : Versions.Max(v => v.Number) + 1;
        var version = new IndicatorScaleVersion
        {
            ScaleId = Id, Number = number, Name = Name, CreatedUtc = nowUtc, CreatedByName = byName,
            Levels = [.. levels.Select(l => new ScaleLevel { Value = l.Value, Label = l.Label, Description = l.Description })],
        };
        Versions.Add(version);
        Levels = [.. levels.Select(l => new ScaleLevel { Value = l.Value, Label = l.Label, Description = l.Description })];
        CurrentVersion = number;
        return version;
    }

    /// <summary>The FFB support-need scale (Fælles Faglige Begreber), the default.</summary>
    public static List<ScaleLevel> FfbSupportNeed() =>
    [
        new() { Value = 4, Label = "Fuldstændigt", Description = "Borgeren har brug for fuldstændig støtte; kan ikke selv." },
        new() { Value = 3, Label = "Højt", Description = "Borgeren har brug for meget støtte, det meste af tiden." },
        new() { Value = 2, Label = "Moderat", Description = "Borgeren har brug for støtte en del af tiden." },
        new() { Value = 1, Label = "Let", Description = "Borgeren har brug for lidt støtte, fx guidning eller påmindelse." },
        new() { Value = 0, Label = "Intet", Description = "Borgeren klarer det selv uden støtte." },
    ];
}

/// <summary>One version of a scale's levels, never changed once written.</summary>
public class IndicatorScaleVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ScaleId { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public List<ScaleLevel> Levels { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public required string CreatedByName { get; set; }

    /// <summary>The label a value had on this version; the number itself when the level is unknown.</summary>
    public string LabelOf(int value) =>
        Levels.FirstOrDefault(l => l.Value == value)?.Label ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
