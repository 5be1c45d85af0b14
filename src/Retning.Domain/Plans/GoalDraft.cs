namespace Retning.Domain.Plans;

/// <summary>What the SMORT assistant reads of a goal or sub-goal.</summary>
public sealed record GoalDraft(
    string? Text,
    bool ServesPurpose,
    DateOnly? StartOn,
    DateOnly? EndOn,
    int? EvaluationIntervalMonths,
    bool HasIndicator,
    string? Measure = null,
    bool? StaffFindRealistic = null,
    bool IsSubGoal = false);
