using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Organisation;
using Retning.Domain.Status;
using Retning.Web.Authorization;
using Retning.Web.Pages.Borgere;

namespace Retning.Web.Pages.Borgere.Statusmoeder;

/// <summary>Base for the pages of one status meeting: the citizen (department scoping) and the meeting of that citizen, or 404.</summary>
public abstract class MeetingPageModel(AppDbContext db, CitizenAccessService access, TimeProvider clock) : CitizenPageModel(db, access, clock)
{
    public const string Tab = "statusmoeder";

    public StatusMeeting Meeting { get; private set; } = default!;

    /// <summary>The participants in display order.</summary>
    public IReadOnlyList<MeetingParticipant> Participants { get; private set; } = [];

    /// <summary>Only the head of the citizen's department approves minutes (seed 001); an offer head does not.</summary>
    public bool IsDepartmentHead => Access.RolesFor(Citizen).Contains(StaffRole.DepartmentHead);

    public DateOnly SendBy => MeetingRules.SendBy(Meeting.On);
    public DateOnly MinutesBy => MeetingRules.MinutesBy(Meeting.On);
    public bool SendOverdue => Meeting.CancelledOn is null && Meeting.StatusSentOn is null && Today > SendBy;
    public bool MinutesOverdue => Meeting.CancelledOn is null && Meeting.MinutesSentOn is null && Today > MinutesBy;
    public IReadOnlyList<string> Warnings => MeetingRules.Warnings(Meeting, Today);
    public DateOnly CurrentDay => Today;

    /// <summary>Loads the citizen and the meeting (tracked when the response may change it).</summary>
    protected async Task<IActionResult?> LoadMeetingAsync(Guid id, Guid meetingId, bool tracked)
    {
        if (await LoadCitizenAsync(id, Tab) is { } notFound)
        {
            return notFound;
        }

        var query = Db.StatusMeetings.Include(m => m.Participants).Where(m => m.Id == meetingId && m.CitizenId == id);
        var meeting = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        Participants = [.. MeetingForm.Ordered(meeting.Participants)];
        return null;
    }

    /// <summary>Re-reads the meeting as stored (after a conflict), dropping whatever this response had changed.</summary>
    protected async Task<StatusMeeting?> ReloadMeetingAsync(Guid id, CancellationToken ct)
    {
        Db.ChangeTracker.Clear();
        var meeting = await Db.StatusMeetings.AsNoTracking().Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == Meeting.Id && m.CitizenId == id, ct);
        if (meeting is not null)
        {
            Meeting = meeting;
            Participants = [.. MeetingForm.Ordered(meeting.Participants)];
        }

        return meeting;
    }

    public static string Date(DateOnly? day) => day?.ToDanishDate() ?? "–";

    /// <summary>"13-03-2026 kl. 13:30", or the date alone.</summary>
    public static string When(StatusMeeting meeting) =>
        Date(meeting.On) + (meeting.At is { } at ? " kl. " + at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
}
