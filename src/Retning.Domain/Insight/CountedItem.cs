using Retning.Domain.Plans;

namespace Retning.Domain.Insight;

/// <summary>What a counted row is: the page a drill-down row opens.</summary>
public enum SubjectKind
{
    Citizen = 1,
    Plan = 2,
    Goal = 3,
    SubGoal = 4,
    Evaluation = 5,
    Meeting = 6,
    Purpose = 7,
}

/// <summary>
/// One row a figure counted, with how it was classified. A figure is the list of its rows: the
/// number on the page is a count over them, and its drill-down lists exactly them
/// (docs/domain.md, "Management information"). <see cref="Outcome"/> is the row's class
/// (e.g. "til tiden", "for sent"); <see cref="InDenominator"/> false leaves it out of the
/// percentage but keeps it listed (e.g. a sub-goal with too few scores); <see cref="Success"/>
/// puts it in the numerator. <see cref="DepartmentId"/> is where the citizen lived on
/// <see cref="On"/>, the day that placed the row in the period.
/// </summary>
public sealed record CountedItem(
    SubjectKind Kind,
    Guid SubjectId,
    Guid CitizenId,
    Guid DepartmentId,
    DateOnly On,
    string Outcome,
    bool InDenominator = true,
    bool Success = false,
    string? ThemeKey = null,
    GoalType? GoalType = null)
{
    /// <summary>
    /// For a figure of slots rather than rows (the response rate): the scores the row owed and
    /// those given. Null for every other figure, where a row weighs one.
    /// </summary>
    public int? ExpectedSlots { get; init; }

    /// <inheritdoc cref="ExpectedSlots"/>
    public int? ScoredSlots { get; init; }

    /// <summary>What the row adds to the share's denominator.</summary>
    public int DenominatorWeight => ExpectedSlots ?? (InDenominator ? 1 : 0);

    /// <summary>What the row adds to the share's numerator.</summary>
    public int NumeratorWeight => ScoredSlots ?? (InDenominator && Success ? 1 : 0);

    /// <summary>A row left out of the percentage, with the reason as its outcome.</summary>
    public static CountedItem LeftOut(SubjectKind kind, Guid subjectId, Guid citizenId, Guid departmentId, DateOnly on, string reason, string? themeKey = null, GoalType? goalType = null) =>
        new(kind, subjectId, citizenId, departmentId, on, reason, InDenominator: false, Success: false, themeKey, goalType);
}
