using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Borgere;
using Retning.Web.Pages.Planer;

namespace Retning.Web.Pages.Perioder;

/// <summary>
/// One period of a citizen's plan: a closed period's frozen snapshot read back as the
/// <see cref="PlanDocument"/> it was serialised from, or an open period (not frozen yet).
/// </summary>
public abstract class SnapshotPageModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock, PlanService plans)
    : CitizenPageModel(db, access, clock)
{
    /// <summary>The period; null when the citizen has no plan yet.</summary>
    public PlanPeriod? Period { get; private set; }

    /// <summary>The frozen plan; null while the period is open.</summary>
    public PlanDocument? Document { get; private set; }

    /// <summary>"Lukket periode 2 – fastfrosset 01-09-2026".</summary>
    public string FrozenLabel => $"Lukket periode {Period?.Number} – fastfrosset {(Period?.ClosedOn).ToDanishDate()}";

    /// <summary>The page title: the period and the citizen.</summary>
    public string Title => Period is null ? $"Periode – {Citizen.FullName}" : $"Periode {Period.Number} – {Citizen.FullName}";

    protected async Task<IActionResult> ShowAsync(Guid id, int number, string subject)
    {
        if (await LoadCitizenAsync(id, "plan") is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        var plan = await plans.FindAsync(id, ct);
        if (plan is null)
        {
            // Like the plan's own pages: no plan yet is said on the page, not answered with 404.
            await audit.RecordAsync(AuditAction.Read, id, subject, $"periode {number} (ingen plan)", ct);
            return Page();
        }

        var period = await Db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == plan.Id && p.Number == number, ct);
        if (period is null)
        {
            return NotFound();
        }

        Period = period;
        Document = period.IsOpen ? null : PlanPeriods.ReadSnapshot(period);
        await audit.RecordAsync(AuditAction.Read, id, subject, $"periode {number} ({(period.IsOpen ? "åben" : "lukket")})", ct);
        return Page();
    }
}
