using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Reminders;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages;

/// <summary>The start page: the citizens whose contact team I am in, and where to go next.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MyCitizen> MyCitizens { get; private set; } = [];
    public int CitizensInMyDepartments { get; private set; }

    /// <summary>Today's reminder when it was not (or could not be) mailed: the digest is then shown here.</summary>
    public DailyDigest? TodaysDigest { get; private set; }

    public sealed record MyCitizen(Guid Id, string Name, string Department);

    public async Task OnGetAsync()
    {
        if (me.Id is not { } userId || me.VisibleDepartmentIds.Count == 0)
        {
            return;
        }

        var ct = HttpContext.RequestAborted;
        var today = DanishTime.Today(clock);
        TodaysDigest = await db.DailyDigests.AsNoTracking()
            .Where(d => d.UserId == userId && d.ForDate == today && (d.State == DigestState.ShownInApp || d.State == DigestState.Failed))
            .FirstOrDefaultAsync(ct);
        MyCitizens = await db.ContactTeamMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Citizens, m => m.CitizenId, c => c.Id, (m, c) => c)
            .Where(c => c.DischargedOn == null)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new MyCitizen(c.Id, c.FirstName + " " + c.LastName, c.Department!.Name))
            .ToListAsync(ct);
        CitizensInMyDepartments = await db.Citizens.CountAsync(c => c.DischargedOn == null, ct);
        await audit.RecordAsync(AuditAction.Search, null, "Forside: mine borgere", $"viste: {MyCitizens.Count}", ct);
    }
}
