using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Planer;

/// <summary>The plan as a clean A4 print view (an internal working document; printing sends it nowhere).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdskrivModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : PlanPageModel(db, access, plans, clock)
{
    public PlanDocument? Document { get; private set; }

    /// <summary>Now, in Danish local time.</summary>
    public DateTime PrintedAt => DanishTime.ToLocal(NowUtc);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadPlanAsync(id, forEdit: false, "Plan: udskrift") is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        if (Plan is not null)
        {
            Document = await PlanDocumentBuilder.BuildAsync(Db, Citizen, Plan, NowUtc, ct);
        }

        await audit.RecordAsync(AuditAction.Read, id, Plan is null ? "Plan: udskrift (ingen plan)" : "Plan: udskrift", ct: ct);
        return Page();
    }
}
