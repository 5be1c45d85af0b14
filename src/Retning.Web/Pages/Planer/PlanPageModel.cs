using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Pages.Borgere;

namespace Retning.Web.Pages.Planer;

/// <summary>
/// Base for the pages of a citizen's plan: loads the citizen through department scoping (404
/// outside it), decides whether the user may edit (contact team or leaders; others get 403 on
/// the edit pages, recorded as a denial) and finds the plan, which may not exist yet.
/// </summary>
public abstract class PlanPageModel(AppDbContext db, CitizenAccessService access, PlanService plans, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    protected PlanService Plans { get; } = plans;

    /// <summary>The citizen's plan, or null when none is made yet.</summary>
    public Plan? Plan { get; private set; }

    /// <summary>Loads citizen, right and plan; returns the answer (404/403) when the user may not go on.</summary>
    protected async Task<IActionResult?> LoadPlanAsync(Guid id, bool forEdit, string subject)
    {
        if (await LoadCitizenAsync(id, "plan") is { } notFound)
        {
            return notFound;
        }

        if (forEdit && await RequireEditAsync(subject + " (uden ret til at redigere)") is { } forbidden)
        {
            return forbidden;
        }

        Plan = await Plans.FindAsync(id, HttpContext.RequestAborted);
        return null;
    }

    public string PlanHref(string? anchor = null) => $"/borgere/{Citizen.Id}/plan" + (anchor is null ? string.Empty : "#" + anchor);
}
