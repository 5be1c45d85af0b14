namespace Retning.Domain.Quality;

/// <summary>
/// The nine indicators of standard 1.3 "Individuelle planer" (seed 000), by step: 1–3 the guiding documents
/// (step 1), 4 working by them (step 2), 5–8 internal quality monitoring at least every third year (step 3),
/// 9 quality improvement (step 4). docs/domain.md, "Quality monitoring".
/// </summary>
public enum QualityIndicator
{
    GuidelinesForGoals = 1,
    PlanTemplate = 2,
    GuidelinesForStatus = 3,
    WorkingByGuidelines = 4,
    CoherenceOfInterventionsAndGoals = 5,
    PositiveResults = 6,
    ExternalCollaboration = 7,
    CitizenInvolvement = 8,
    ImprovementPlan = 9,
}

public static class QualityIndicatorText
{
    /// <summary>The indicators a monitoring round rates (step 3).</summary>
    public static readonly IReadOnlyList<QualityIndicator> Monitored =
    [
        QualityIndicator.CoherenceOfInterventionsAndGoals, QualityIndicator.PositiveResults,
        QualityIndicator.ExternalCollaboration, QualityIndicator.CitizenInvolvement,
    ];

    /// <summary>The indicators a guiding document can cover (step 1).</summary>
    public static readonly IReadOnlyList<QualityIndicator> Guiding =
        [QualityIndicator.GuidelinesForGoals, QualityIndicator.PlanTemplate, QualityIndicator.GuidelinesForStatus];

    /// <summary>"Indikator 5".</summary>
    public static string Number(this QualityIndicator indicator) => $"Indikator {(int)indicator}";

    /// <summary>The indicator's wording in the standard (seed 000), shortened where it lists several points.</summary>
    public static string Danish(this QualityIndicator indicator) => indicator switch
    {
        QualityIndicator.GuidelinesForGoals =>
            "Retningslinjer for mål ud fra handleplanen, mål sammen med borgeren, samarbejde med eksterne aktører, dokumentation samt evaluering og status",
        QualityIndicator.PlanTemplate => "En skabelon for de individuelle planers opbygning",
        QualityIndicator.GuidelinesForStatus => "Retningslinjer for statusmateriale til myndighed og andre relevante parter",
        QualityIndicator.WorkingByGuidelines => "Der arbejdes i overensstemmelse med de retningsgivende dokumenter",
        QualityIndicator.CoherenceOfInterventionsAndGoals => "Der er tilfredsstillende sammenhæng mellem indsats og opstillede mål",
        QualityIndicator.PositiveResults => "Der kan dokumenteres positive resultater i forhold til opfyldelsen af de opstillede mål",
        QualityIndicator.ExternalCollaboration =>
            "Der samarbejdes i tilstrækkelig grad med relevante eksterne aktører for at understøtte, at borgerens mål opnås",
        QualityIndicator.CitizenInvolvement => "Borgeren oplever at være tilstrækkeligt inddraget i udarbejdelse af de opstillede mål",
        QualityIndicator.ImprovementPlan =>
            "Ledelsen prioriterer og iværksætter tiltag til kvalitetsforbedring; en skriftlig plan viser, hvordan tiltagene sikres implementeret",
        _ => indicator.ToString(),
    };
}
