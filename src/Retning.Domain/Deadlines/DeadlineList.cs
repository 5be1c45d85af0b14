namespace Retning.Domain.Deadlines;

/// <summary>The deadlines collected for one citizen; sets each open deadline's state from today and the window.</summary>
internal sealed class DeadlineList(Guid citizenId, DateOnly today, DeadlineSettings settings)
{
    public List<Deadline> Items { get; } = [];
    public DateOnly Today => today;
    public DeadlineSettings Settings => settings;

    public void Open(DeadlineKind kind, Guid? subjectId, string title, DateOnly dueOn, DeadlineResponsible responsible) =>
        Items.Add(new Deadline(kind, citizenId, subjectId, title, dueOn, responsible, Deadlines.StateOn(dueOn, today, settings.DueSoonDays)));

    public void Done(DeadlineKind kind, Guid? subjectId, string title, DateOnly dueOn, DeadlineResponsible responsible, DateOnly? doneOn, Guid? evidenceId) =>
        Items.Add(new Deadline(kind, citizenId, subjectId, title, dueOn, responsible, DeadlineState.Done, doneOn, evidenceId));
}
