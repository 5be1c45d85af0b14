namespace Retning.Domain.Plans;

/// <summary>Where a request to revise the plan came from (docs/domain.md, "The individual plan": evaluations and the status meeting each ask whether the plan must be revised).</summary>
public enum PlanRevisionSource
{
    /// <summary>The evaluation of a goal or sub-goal answered "Skal planen revideres? Ja".</summary>
    GoalEvaluation = 1,

    /// <summary>The evaluation of one of the plan's themes answered "Ja".</summary>
    ThemeEvaluation = 2,

    /// <summary>The minutes of a status meeting record that the plan must be revised.</summary>
    StatusMeeting = 3,
}

/// <summary>
/// "Revidér planen: …": what an evaluation or a status meeting found must be revised in the plan.
/// It is shown on the plan and is a task for the contact team until the plan is changed after it
/// was raised (<see cref="PlanRevisionRules.ChangedAfter"/>) or someone marks it done with a
/// comment (e.g. "drøftet, planen holder"). The resolution is kept: who, when and why.
/// </summary>
public class PlanRevisionRequest : IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CitizenId { get; set; }
    public Guid PlanId { get; set; }
    public PlanRevisionSource Source { get; set; }

    /// <summary>The goal evaluation, theme evaluation or status meeting that asked for the revision.</summary>
    public Guid SourceId { get; set; }

    /// <summary>The day the evaluation was made or the meeting held.</summary>
    public DateOnly RaisedOn { get; set; }

    /// <summary>What must be revised, as the evaluation or minutes say it.</summary>
    public required string Text { get; set; }

    /// <summary>Set when someone marks the request done by hand (a change of the plan closes it without this).</summary>
    public DateOnly? ResolvedOn { get; set; }
    public Guid? ResolvedById { get; set; }
    public string? ResolvedByName { get; set; }
    public string? ResolutionComment { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int Version { get; set; }
}
