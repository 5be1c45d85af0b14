namespace Retning.Domain.Plans;

/// <summary>
/// A period of the plan. Closing it freezes the whole plan as it stood into an immutable
/// snapshot (JSON, with the template version) and opens the next period.
/// </summary>
public class PlanPeriod
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlanId { get; set; }
    public int Number { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ClosedByName { get; set; }
    public DateTime? ClosedUtc { get; set; }

    /// <summary>The plan as it stood when the period closed; never changed afterwards.</summary>
    public string? SnapshotJson { get; set; }

    public bool IsOpen => ClosedOn is null;
}
