using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Planer;

namespace Retning.Web.Pages.Perioder;

/// <summary>A closed period's frozen plan, read-only; an open period points to the live plan.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock, PlanService plans)
    : SnapshotPageModel(db, access, audit, clock, plans)
{
    public Task<IActionResult> OnGetAsync(Guid id, int number) => ShowAsync(id, number, "Plan: periode");
}
