using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;

namespace Retning.Interop.Fhir;

/// <summary>
/// Everything the FHIR export of one citizen's plan needs, as plain data: the loader fills it from
/// the database and the FFB vocabulary fills the codings. Free texts are carried here but leave
/// Retning only with <c>includeText</c> (docs/adr/0019-fhir-export.md, "Text policy").
/// </summary>
public sealed record FhirPlanInput
{
    public required FhirCitizenInput Citizen { get; init; }
    public required FhirCarePlanInput Plan { get; init; }

    /// <summary>The plan's themes (one Condition each when the theme has an FFB condition code).</summary>
    public IReadOnlyList<FhirThemeInput> Themes { get; init; } = [];

    /// <summary>The citizen's target groups (målgrupper), addressed by the CarePlan.</summary>
    public IReadOnlyList<FhirTargetGroupInput> TargetGroups { get; init; } = [];

    /// <summary>Goals with their sub-goals.</summary>
    public IReadOnlyList<FhirGoalInput> Goals { get; init; } = [];

    /// <summary>Support-need scores (given on sub-goals) to report, oldest first or in any order.</summary>
    public IReadOnlyList<FhirScoreInput> Scores { get; init; } = [];

    /// <summary>Evaluations of goals and sub-goals with their decision.</summary>
    public IReadOnlyList<FhirEvaluationInput> Evaluations { get; init; } = [];

    /// <summary>When the export was made: the Bundle's timestamp.</summary>
    public required DateTimeOffset ExportedAt { get; init; }
}

/// <param name="Cpr">The CPR number (10 digits, a dash is allowed); the Citizen profile requires it.</param>
/// <param name="KombitOrganisationId">The responsible organisation's KOMBIT STS organisation id (the profile's managingOrganization).</param>
public sealed record FhirCitizenInput(Guid Id, string? Cpr, string? KombitOrganisationId);

/// <param name="CaseNumberSystem">The system (URI) of the municipality's own case number, with <paramref name="CaseNumber"/>.</param>
/// <param name="NextFollowUpOn">The next planned evaluation: the FollowUpEncounter.</param>
/// <param name="Service">The offer's FFB service (ydelse) code: the CarePlan's ServicePerformer (CareTeam).</param>
/// <param name="Texts">Citizen's perspective, participation, offer additions, approaches and methods.</param>
public sealed record FhirCarePlanInput(
    Guid Id,
    DateOnly Start,
    DateOnly? End,
    string? CaseNumberSystem,
    string? CaseNumber,
    DateOnly? NextFollowUpOn,
    FfbCoding? Service,
    IReadOnlyList<FhirText> Texts);

/// <param name="Key">The template theme's key; goals point at their theme by it.</param>
/// <param name="Name">The theme's name (for the unmapped list only; never in the Bundle).</param>
/// <param name="Condition">The FFB condition code (tilstand) the theme maps to.</param>
/// <param name="Severity">The FFB function level (sværhedsgrad), for condition codes under "Aktivitet og deltagelse".</param>
/// <param name="Texts">Resources, challenges, support need (the assessment).</param>
public sealed record FhirThemeInput(
    Guid Id,
    string Key,
    string Name,
    DateOnly RecordedOn,
    FfbCoding? Condition,
    FfbCoding? Severity,
    IReadOnlyList<FhirText> Texts);

/// <param name="Primary">Rank 1 (primary) target group; others get rank 2.</param>
public sealed record FhirTargetGroupInput(Guid Id, string Name, DateOnly RecordedOn, FfbCoding? Coding, bool Primary);

/// <param name="ThemeKey">The theme the goal works on (its Condition is what the goal addresses).</param>
/// <param name="GoalType">FFB goal type: udvikle / fastholde / begrænse tab af funktionsevne.</param>
/// <param name="TargetLevel">FFB function level aimed at (målSværhedsgrad); Retning has none of its own.</param>
/// <param name="Text">The goal's wording (free text).</param>
/// <param name="Texts">Rationale and other free texts of the goal.</param>
public sealed record FhirGoalInput(
    Guid Id,
    string ThemeKey,
    GoalState State,
    DateOnly? EndOn,
    FfbCoding? GoalType,
    FfbCoding? TargetLevel,
    string? Text,
    IReadOnlyList<FhirText> Texts)
{
    public IReadOnlyList<FhirGoalInput> SubGoals { get; init; } = [];
}

/// <param name="SubGoalId">The sub-goal scored (cannot be carried by the CareEvaluation profile; see docs/fhir.md).</param>
/// <param name="Level">The scale level's FFB support-need code.</param>
/// <param name="LevelLabel">The level's Danish label (for the unmapped list only).</param>
/// <param name="Note">The note the score was given in (free text).</param>
public sealed record FhirScoreInput(Guid Id, Guid SubGoalId, DateOnly ScoredOn, FfbCoding? Level, string LevelLabel, string? Note);

/// <param name="GoalId">The goal or sub-goal evaluated.</param>
/// <param name="Decision">The decision's FFB follow-up code (fortsæt / afslut / afslut og visiter til ny).</param>
/// <param name="DecisionLabel">The decision's Danish label (for the unmapped list only).</param>
/// <param name="Texts">Qualitative and quantitative texts, the citizen's involvement, the conclusion.</param>
public sealed record FhirEvaluationInput(
    Guid Id,
    Guid GoalId,
    DateOnly EvaluatedOn,
    FfbCoding? Decision,
    string DecisionLabel,
    IReadOnlyList<FhirText> Texts);
