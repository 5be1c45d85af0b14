using Retning.Domain.Citizens;
using Retning.Domain.Deadlines;
using Retning.Domain.Status;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Borgere.Statusmoeder;

/// <summary>
/// A citizen's status meetings, newest first, with the state of the status sending and of the
/// minutes and their deadlines; above them the cadence (children twice a year, adults once, or the
/// documented agreement) and when the next meeting is due (the deadline engine's StatusDue task).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TaskLoader tasks, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public sealed record Row(StatusMeeting Meeting, IReadOnlyList<string> Warnings, bool SendOverdue, bool MinutesOverdue)
    {
        public DateOnly SendBy => MeetingRules.SendBy(Meeting.On);
        public DateOnly MinutesBy => MeetingRules.MinutesBy(Meeting.On);
    }

    public IReadOnlyList<Row> Meetings { get; private set; } = [];

    /// <summary>The cadence in force, in Danish.</summary>
    public string Cadence { get; private set; } = string.Empty;

    /// <summary>The open "status meeting due" deadline, when there is one (none for a discharged citizen).</summary>
    public Deadline? NextDue { get; private set; }

    public DateOnly CurrentDay => Today;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, MeetingPage.Tab) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var meetings = await Db.StatusMeetings.AsNoTracking().Where(m => m.CitizenId == id)
            .OrderByDescending(m => m.On).ThenByDescending(m => m.At).ToListAsync(ct);
        Meetings = [.. meetings.Select(m => new Row(m, MeetingRules.Warnings(m, Today),
            m.CancelledOn is null && m.StatusSentOn is null && Today > MeetingRules.SendBy(m.On),
            m.CancelledOn is null && m.MinutesSentOn is null && Today > MeetingRules.MinutesBy(m.On)))];
        Cadence = CadenceOf(Citizen, Today);
        var deadlines = await tasks.ForCitizensAsync([id], Today, ct);
        NextDue = deadlines.Select(r => r.Deadline).Where(d => d.Kind == DeadlineKind.StatusDue && !d.IsDone).OrderBy(d => d.DueOn).FirstOrDefault();
        await audit.RecordAsync(AuditAction.Read, id, "Statusmøder: vist", $"møder={Meetings.Count}", ct);
        return Page();
    }

    /// <summary>
    /// Two status meetings a year under 18, one from 18, unless a documented agreement says otherwise
    /// (docs/domain.md, "Status meetings and minutes").
    /// </summary>
    public static string CadenceOf(Citizen citizen, DateOnly today)
    {
        if (citizen.StatusIntervalMonths is { } months)
        {
            var every = months == 1 ? "hver måned" : $"hver {months}. måned";
            var note = string.IsNullOrWhiteSpace(citizen.StatusAgreementNote) ? string.Empty : $" ({citizen.StatusAgreementNote.Trim()})";
            return $"Efter dokumenteret aftale med kommunen: statusmøde {every}{note}.";
        }

        return AgeRules.AgeOn(citizen.BirthDate, today) < AgeRules.AdultAge
            ? "Børn og unge: to statusmøder om året."
            : "Voksne: ét statusmøde om året.";
    }
}
