using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Borgere;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Dagbog;

/// <summary>
/// Base of the diary pages: the citizen through scoping (404 outside it), the plan, and what the
/// forms and filters choose from. Every staff member who can see the citizen writes notes; the
/// edit right of the plan (contact team) is not needed for the diary.
/// </summary>
public abstract class DiaryPageModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock, CurrentUser me)
    : CitizenPageModel(db, access, clock)
{
    protected AuditLog Audit => audit;
    protected CurrentUser Me => me;

    public Plan? Plan { get; private set; }
    public DiaryChoices Choices { get; private set; } = DiaryChoices.Empty;

    protected async Task<IActionResult?> LoadDiaryAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, "dagbog") is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        Plan = await plans.FindAsync(id, ct);
        Choices = await DiaryChoices.LoadAsync(Db, Plan, Citizen.Department?.OfferId ?? Guid.Empty, ct);
        return null;
    }

    /// <summary>The caller's roles in the citizen's department (author/leader rules of the diary).</summary>
    protected IReadOnlySet<Domain.Organisation.StaffRole> Roles => Access.RolesFor(Citizen);

    /// <summary>Whether the caller writes notes here (care workers and leaders); quality officers read.</summary>
    public bool CanWrite => DiaryRules.CanWrite(Roles);

    public static string Local(DateTime utc) => DanishTime.Format(utc)[..16];

    /// <summary>Keys of the browser draft (draft.js): one per citizen and kind of form.</summary>
    public string DraftKey(string form) => $"retning-kladde:{Citizen.Id}:{form}";
}
