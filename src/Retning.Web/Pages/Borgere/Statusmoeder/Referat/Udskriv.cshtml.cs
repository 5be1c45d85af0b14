using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Statusmoeder.Referat;

/// <summary>The minutes as a clean A4 print view (for sending to the participants or filing); a draft is marked as such.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdskrivModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public StatusMeeting Meeting { get; private set; } = default!;

    public IReadOnlyList<MeetingParticipant> Participants => MeetingPage.Participants(Meeting);

    /// <summary>Now, in Danish local time.</summary>
    public DateTime PrintedAt => DanishTime.ToLocal(NowUtc);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, MeetingPage.Tab) is { } denied)
        {
            return denied;
        }

        if (await MeetingPage.FindAsync(Db, id, meetingId, tracked: false, HttpContext.RequestAborted) is not { } meeting)
        {
            return NotFound();
        }

        Meeting = meeting;
        await audit.RecordAsync(AuditAction.Read, id, "Referat: udskrift", $"møde={meetingId}; tilstand={Meeting.MinutesState}", HttpContext.RequestAborted);
        return Page();
    }
}
