using Retning.Documents.Plans;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

/// <summary>A goal or sub-goal on the plan page: its state, next evaluation and the latest evaluation's decision and date.</summary>
public sealed record PlanGoalFacts(Guid CitizenId, PlanDocument.GoalView Goal, bool CanEvaluate)
{
    private const int ConclusionLength = 300;

    /// <summary>Active or passive: it can be evaluated and has a next evaluation.</summary>
    public bool IsOpen => Goal.State == GoalState.Active.Danish() || Goal.State == GoalState.Passive.Danish();

    /// <summary>The latest evaluation's written conclusion, shortened for the overview (the evaluation's own page has it all).</summary>
    public string? Conclusion => Goal.LatestEvaluation?.Conclusion is not { } text ? null
        : text.Length <= ConclusionLength ? text : string.Concat(text.AsSpan(0, ConclusionLength - 1).TrimEnd(), "…");
}
