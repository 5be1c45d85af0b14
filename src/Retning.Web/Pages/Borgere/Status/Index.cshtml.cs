using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>A citizen's status reports to the municipality, newest period first, with their workflow state.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public sealed record Row(StatusReport Report, DateOnly? MeetingOn);

    public IReadOnlyList<Row> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "status") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Reports = await Db.StatusReports.AsNoTracking().Where(r => r.CitizenId == id)
            .OrderByDescending(r => r.PeriodTo).ThenByDescending(r => r.CreatedUtc)
            .Select(r => new Row(r, Db.StatusMeetings.Where(m => m.Id == r.MeetingId).Select(m => (DateOnly?)m.On).FirstOrDefault()))
            .ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Read, id, "Status: oversigt", $"statusser={Reports.Count}", ct);
        return Page();
    }
}
