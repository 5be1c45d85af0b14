namespace Retning.Domain.Plans;

public enum GoalType
{
    Develop = 1,
    Maintain = 2,
    LimitLoss = 3,
}

public enum GoalState
{
    Active = 1,
    Passive = 2,
    Achieved = 3,
    Closed = 4,
}

public enum ScoringFrequency
{
    Daily = 1,
    Weekly = 2,
    Monthly = 3,
}

public static class GoalText
{
    public static string Danish(this GoalType type) => type switch
    {
        GoalType.Develop => "Udviklingsmål",
        GoalType.Maintain => "Vedligeholdelsesmål",
        GoalType.LimitLoss => "Begrænse tab af funktionsevne",
        _ => type.ToString(),
    };

    public static string Danish(this GoalState state) => state switch
    {
        GoalState.Active => "Aktivt",
        GoalState.Passive => "Passivt",
        GoalState.Achieved => "Opnået",
        GoalState.Closed => "Afsluttet",
        _ => state.ToString(),
    };

    public static string Danish(this ScoringFrequency frequency) => frequency switch
    {
        ScoringFrequency.Daily => "Dagligt",
        ScoringFrequency.Weekly => "Ugentligt",
        ScoringFrequency.Monthly => "Månedligt",
        _ => frequency.ToString(),
    };
}

/// <summary>
/// A goal (ParentGoalId null) or a sub-goal (the small concrete step under a goal). Both are
/// judged by the SMORT assistant; a sub-goal also has an indicator and a scoring frequency.
/// </summary>
public class Goal : IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlanId { get; set; }
    public Guid? ParentGoalId { get; set; }
    public required string ThemeKey { get; set; }
    public Guid? PurposeId { get; set; }
    public required string Text { get; set; }
    public string? Rationale { get; set; }
    public GoalType Type { get; set; } = GoalType.Develop;
    public GoalState State { get; set; } = GoalState.Active;
    public DateOnly StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    public int? EvaluationIntervalMonths { get; set; } = 3;
    public DateOnly? NextEvaluationOn { get; set; }
    public string? CitizenParticipation { get; set; }

    /// <summary>How it is seen that the goal is reached, when there is no indicator.</summary>
    public string? Measure { get; set; }

    /// <summary>The staff's judgement of realism (O): yes, no, or not yet judged.</summary>
    public bool? StaffFindRealistic { get; set; }

    /// <summary>Why the staff keep the wording despite the SMORT advice.</summary>
    public string? SmortNote { get; set; }

    public Guid? IndicatorScaleId { get; set; }
    public ScoringFrequency? ScoringFrequency { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int Version { get; set; }

    public List<GoalIntervention> Interventions { get; set; } = [];
    public List<GoalCollaborator> Collaborators { get; set; } = [];

    public bool IsSubGoal => ParentGoalId is not null;
    public bool IsOpen => State is GoalState.Active or GoalState.Passive;

    public GoalDraft ToDraft() => new(Text, PurposeId is not null, StartOn, EndOn, EvaluationIntervalMonths,
        IndicatorScaleId is not null, Measure, StaffFindRealistic, IsSubGoal);
}

/// <summary>What staff do to reach a goal: what, how often, who.</summary>
public class GoalIntervention
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GoalId { get; set; }
    public required string What { get; set; }
    public string? HowOften { get; set; }
    public string? Who { get; set; }
}

public enum CollaboratorKind
{
    Doctor = 1,
    Specialist = 2,
    Physiotherapist = 3,
    School = 4,
    JobCentre = 5,
    Relative = 6,
    Guardian = 7,
    Other = 8,
}

public static class CollaboratorKindText
{
    public static string Danish(this CollaboratorKind kind) => kind switch
    {
        CollaboratorKind.Doctor => "Læge",
        CollaboratorKind.Specialist => "Speciallæge",
        CollaboratorKind.Physiotherapist => "Fysioterapeut",
        CollaboratorKind.School => "Skole",
        CollaboratorKind.JobCentre => "Jobcenter",
        CollaboratorKind.Relative => "Pårørende",
        CollaboratorKind.Guardian => "Værge",
        CollaboratorKind.Other => "Anden samarbejdspartner",
        _ => kind.ToString(),
    };
}

/// <summary>An external actor on a goal and how they take part.</summary>
public class GoalCollaborator
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GoalId { get; set; }
    public CollaboratorKind Kind { get; set; }
    public string? Name { get; set; }
    public string? HowTheyTakePart { get; set; }
}
