using Retning.Documents.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>The plan as a clean A4 print view (an internal working document; printing sends it nowhere).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdskrivModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    /// <summary>The citizen's plan, or null when none is made yet.</summary>
    public Plan? Plan { get; private set; }

    public PlanDocument? Document { get; private set; }

    /// <summary>Now, in Danish local time.</summary>
    public DateTime PrintedAt => DanishTime.ToLocal(NowUtc);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "plan") is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        // Read-only: the plan and its rows on the verified citizen's reviewed path (docs/adr/0002-department-scoping-as-query-filter.md).
        if (await Verified.Rows.PlanAsync(ct) is { } rows)
        {
            Plan = rows.Plan;
            Document = (await PlanDocumentLoader.LoadAsync(Verified.Rows, rows, NowUtc, ct)).Document;
        }

        await audit.RecordAsync(AuditAction.Read, id, Plan is null ? "Plan: udskrift (ingen plan)" : "Plan: udskrift", ct: ct);
        return Page();
    }
}
