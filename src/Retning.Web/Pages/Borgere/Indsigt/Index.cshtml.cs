using Retning.Domain.Access;

namespace Retning.Web.Pages.Borgere.Indsigt;

/// <summary>
/// The citizen's right of access (GDPR art. 15): explains what the package holds and offers it
/// for download. Leaders of the citizen's department (and the offer head) only.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "logning") is { } notFound)
        {
            return notFound;
        }

        if (!CitizenAccess.CanExerciseCitizenRights(Access.RolesFor(Citizen)))
        {
            return await DenyAsync("Borger: indsigt (uden ret)");
        }

        var ct = HttpContext.RequestAborted;

        await audit.RecordAsync(AuditAction.Read, id, "Borger: indsigt", ct: ct);
        return Page();
    }
}
