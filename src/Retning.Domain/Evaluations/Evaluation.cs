namespace Retning.Domain.Evaluations;

/// <summary>What the team decides about a goal or sub-goal at its evaluation (docs/domain.md, "Evaluations"; the PDSA loop's "Act").</summary>
public enum EvaluationDecision
{
    /// <summary>Keep working as planned until the next evaluation.</summary>
    Continue = 1,

    /// <summary>Change the goal, the sub-goal or the approach (edited right after saving).</summary>
    Adjust = 2,

    /// <summary>Close the goal as achieved.</summary>
    CloseAchieved = 3,

    /// <summary>Close the goal as not achieved (e.g. no longer relevant or realistic).</summary>
    CloseNotAchieved = 4,
}

public static class EvaluationDecisionText
{
    public static string Danish(this EvaluationDecision decision) => decision switch
    {
        EvaluationDecision.Continue => "Fortsæt",
        EvaluationDecision.Adjust => "Justér",
        EvaluationDecision.CloseAchieved => "Afslut – opnået",
        EvaluationDecision.CloseNotAchieved => "Afslut – ikke opnået",
        _ => decision.ToString(),
    };

    public static bool Closes(this EvaluationDecision decision) =>
        decision is EvaluationDecision.CloseAchieved or EvaluationDecision.CloseNotAchieved;
}

/// <summary>
/// The evaluation of one goal or sub-goal at a team meeting: who took part, how the citizen was
/// involved, the qualitative part written from the period's notes, the quantitative part the
/// system prepared (kept as it was shown, so the record stays true when notes are corrected
/// later) with the staff's comment, the decision and the next evaluation date. Written once:
/// a later view is a new evaluation.
/// </summary>
public class Evaluation : ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CitizenId { get; set; }
    public Guid GoalId { get; set; }
    public DateOnly EvaluatedOn { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    public required string Participants { get; set; }
    public required string CitizenInvolvement { get; set; }
    public required string Qualitative { get; set; }
    public string? QuantitativeComment { get; set; }

    /// <summary>The prepared figures as shown on the form (plain Danish lines), frozen with the evaluation.</summary>
    public string? PreparedFigures { get; set; }

    public int? ResponseExpected { get; set; }
    public int? ResponseScored { get; set; }
    public int MissingWorkCount { get; set; }

    public EvaluationDecision Decision { get; set; }
    public DateOnly? NextEvaluationOn { get; set; }

    /// <summary>The answer to "must the plan be revised?" — always asked (docs/domain.md, "Evaluations").</summary>
    public bool PlanRevisionNeeded { get; set; }
    public string? PlanRevisionNote { get; set; }

    public Guid AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
