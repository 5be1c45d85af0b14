using Retning.Domain.Citizens;
using Retning.Domain.Organisation;
using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Statusmoeder;

/// <summary>
/// What the pages of one status meeting share, as composition rather than a base class
/// (docs/architecture.md, "Page models"): finding the citizen's meeting, its participants in
/// order, who approves the minutes, and how a meeting's day and time read. Each handler of the
/// meeting pages opens with the same two steps spelled out — LoadCitizenAsync with its right, then
/// the meeting or 404 — so that its right reads in its first line; the repetition is on purpose.
/// </summary>
public static class MeetingPage
{
    /// <summary>The citizen header's tab of every meeting page.</summary>
    public const string Tab = "statusmoeder";

    /// <summary>The citizen's meeting with its participants (tracked when the response may change it); null when it is not the citizen's.</summary>
    public static Task<StatusMeeting?> FindAsync(AppDbContext db, Guid citizenId, Guid meetingId, bool tracked, CancellationToken ct)
    {
        var query = db.StatusMeetings.Include(m => m.Participants).Where(m => m.Id == meetingId && m.CitizenId == citizenId);
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
    }

    /// <summary>Re-reads the meeting as stored (after a conflict), dropping whatever this response had changed.</summary>
    public static Task<StatusMeeting?> ReloadAsync(AppDbContext db, Guid citizenId, Guid meetingId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return FindAsync(db, citizenId, meetingId, tracked: false, ct);
    }

    /// <summary>The participants in display order.</summary>
    public static IReadOnlyList<MeetingParticipant> Participants(StatusMeeting meeting) => [.. MeetingForm.Ordered(meeting.Participants)];

    /// <summary>
    /// Only the head of the citizen's department approves minutes; an offer head does not
    /// (docs/domain.md, "Status meetings and minutes").
    /// </summary>
    public static bool IsDepartmentHead(CitizenAccessService access, Citizen citizen) => access.RolesFor(citizen).Contains(StaffRole.DepartmentHead);

    public static string Date(DateOnly? day) => day?.ToDanishDate() ?? "–";

    /// <summary>"13-03-2026 kl. 13:30", or the date alone.</summary>
    public static string When(StatusMeeting meeting) =>
        Date(meeting.On) + (meeting.At is { } at ? " kl. " + at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
}

/// <summary>A meeting's deadlines on a day: status and agenda 14 days before, the minutes within 7 days after.</summary>
public sealed record MeetingDeadlines(StatusMeeting Meeting, DateOnly Today)
{
    public DateOnly SendBy => MeetingRules.SendBy(Meeting.On);
    public DateOnly MinutesBy => MeetingRules.MinutesBy(Meeting.On);
    public bool SendOverdue => Meeting.CancelledOn is null && Meeting.StatusSentOn is null && Today > SendBy;
    public bool MinutesOverdue => Meeting.CancelledOn is null && Meeting.MinutesSentOn is null && Today > MinutesBy;
    public IReadOnlyList<string> Warnings => MeetingRules.Warnings(Meeting, Today);
}
