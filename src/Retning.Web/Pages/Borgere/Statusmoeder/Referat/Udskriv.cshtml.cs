using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Borgere.Statusmoeder.Referat;

/// <summary>The minutes as a clean A4 print view (for sending to the participants or filing); a draft is marked as such.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdskrivModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : MeetingPageModel(db, access, clock)
{
    /// <summary>Now, in Danish local time.</summary>
    public DateTime PrintedAt => DanishTime.ToLocal(NowUtc);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (await LoadMeetingAsync(id, meetingId, tracked: false) is { } notFound)
        {
            return notFound;
        }

        await audit.RecordAsync(AuditAction.Read, id, "Referat: udskrift", $"møde={meetingId}; tilstand={Meeting.MinutesState}", HttpContext.RequestAborted);
        return Page();
    }
}
