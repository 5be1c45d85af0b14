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
public class IndicatorScale
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OfferId { get; set; }
    public required string Name { get; set; }
    public bool IsDefault { get; set; }
    public List<ScaleLevel> Levels { get; set; } = [];

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
