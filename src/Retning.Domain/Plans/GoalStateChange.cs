namespace Retning.Domain.Plans;

/// <summary>
/// A goal's state from a date on (Aktivt, Passivt, …). The history tells on which days a
/// sub-goal was active, which the response rate needs: a paused sub-goal expects no scores.
/// </summary>
public class GoalStateChange
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GoalId { get; set; }
    public GoalState State { get; set; }
    public DateOnly FromOn { get; set; }
    public DateTime ChangedUtc { get; set; }
    public required string ChangedByName { get; set; }

    /// <summary>The history row for the state <paramref name="goal"/> has now, from <paramref name="fromOn"/>.</summary>
    public static GoalStateChange Of(Goal goal, DateOnly fromOn, string byName, DateTime nowUtc) =>
        new() { GoalId = goal.Id, State = goal.State, FromOn = fromOn, ChangedUtc = nowUtc, ChangedByName = byName };
}
