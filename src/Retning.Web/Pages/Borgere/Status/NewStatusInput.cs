namespace Retning.Web.Pages.Borgere.Status;

/// <summary>The form for a new status: its period, its date and the meeting it is for.</summary>
public sealed class NewStatusInput
{
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public DateOnly? StatusDate { get; set; }
    public Guid? MeetingId { get; set; }
}
