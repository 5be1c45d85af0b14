namespace Retning.Domain.Deadlines;

/// <summary>
/// One deadline of one citizen: what (kind and Danish title), about what (the goal, meeting,
/// consent … or null for the citizen as a whole), by when, who answers for it, and where it
/// stands. A done deadline carries the day it was done and the evidence (the evaluation, the
/// sent status, the minutes …) when the input names it.
/// </summary>
public sealed record Deadline(
    DeadlineKind Kind,
    Guid CitizenId,
    Guid? SubjectId,
    string Title,
    DateOnly DueOn,
    DeadlineResponsible Responsible,
    DeadlineState State,
    DateOnly? DoneOn = null,
    Guid? EvidenceId = null)
{
    public bool IsDone => State == DeadlineState.Done;
}
