using Retning.Domain.Plans;

namespace Retning.Documents.Plans;

/// <summary>
/// The whole plan as one read model: what the plan page, the print view and a closed period's
/// snapshot show. A snapshot is this document serialised to JSON when the period closes, so a
/// later edit of the plan cannot change it.
/// </summary>
public sealed record PlanDocument(
    string CitizenName,
    string MaskedCpr,
    DateOnly BirthDate,
    string Department,
    TemplateKind TemplateKind,
    string TemplateName,
    int TemplateVersionNumber,
    DateOnly? RevisionOn,
    DateTime ProducedUtc,
    IReadOnlyList<PlanDocument.PurposeView> Purposes,
    string? TargetGroup,
    string? Category,
    string? SupportLevel,
    string? OfferAdditions,
    string? CitizenPerspective,
    bool NoWishes,
    string? Participation,
    IReadOnlyList<PlanDocument.ThemeView> Themes,
    IReadOnlyList<PlanDocument.MethodView> Methods,
    string? ApproachesText,
    PlanDocument.CompassView Compass,
    IReadOnlyList<PlanDocument.DpuView> Dpu,
    IReadOnlyList<PlanDocument.GoalView> Goals)
{
    /// <summary>
    /// One purpose's newest wording. <c>Category</c> is its category's name or "Ikke kategoriseret";
    /// null only in documents frozen before purposes had categories.
    /// </summary>
    public sealed record PurposeView(Guid Id, string Title, string? Text, DateOnly? ReceivedOn, string? Source, int Revisions, string? Category = null);

    public sealed record ThemeView(
        string Key, string Name, string? HelpText,
        string ResourcesLabel, string? Resources,
        string ChallengesLabel, string? Challenges,
        string SupportNeedLabel, string? SupportNeed,
        bool InTemplate,
        ThemeEvaluationView? LatestEvaluation = null);

    /// <summary>The newest evaluation of the citizen's development within a theme (docs/domain.md, "Evaluations": "Resultatet heraf dokumenteres under temaerne i planen").</summary>
    public sealed record ThemeEvaluationView(Guid Id, DateOnly EvaluatedOn, string Development, bool PlanRevisionNeeded, int Count);

    public sealed record MethodView(string Name, string? HowPractised);

    public sealed record CompassView(string? SympatheticComfort, string? SympatheticDiscomfort, string? ParasympatheticComfort, string? ParasympatheticDiscomfort, DateOnly? UpdatedOn);

    public sealed record DpuView(DateOnly MadeOn, string? Summary);

    public sealed record InterventionView(string What, string? HowOften, string? Who);

    public sealed record CollaboratorView(string Kind, string? Name, string? HowTheyTakePart);

    public sealed record GoalView(
        Guid Id, string ThemeName, string? PurposeTitle, string Text, string? Rationale, string Type, string State,
        DateOnly StartOn, DateOnly? EndOn, int? EvaluationIntervalMonths, DateOnly? NextEvaluationOn,
        string? CitizenParticipation, string? Measure, string? IndicatorName, string? ScoringFrequency,
        IReadOnlyList<InterventionView> Interventions, IReadOnlyList<CollaboratorView> Collaborators,
        IReadOnlyList<GoalView> SubGoals,
        EvaluationView? LatestEvaluation = null);

    /// <summary>The newest evaluation of a goal: the plan always holds the newest knowledge (docs/domain.md, "Evaluations").</summary>
    public sealed record EvaluationView(DateOnly EvaluatedOn, string Decision, string Conclusion, DateOnly? NextEvaluationOn, bool PlanRevisionNeeded, Guid? Id = null);
}
