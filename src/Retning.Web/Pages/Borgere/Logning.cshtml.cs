using Retning.Domain.Access;
using Retning.Web.Pages.Logning;

namespace Retning.Web.Pages.Borgere;

/// <summary>"Who has seen or changed this citizen's data": for leaders and quality officers.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class LogningModel(AppDbContext db, CitizenAccessService access, AuditLog audit, CurrentUser me, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Bound from the address as ?handling=…&amp;fra=…&amp;til=… (without a "Filter." prefix).</summary>
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, AuditReader.PageSize, 0);
    public (IReadOnlyList<AuditRow> Rows, bool ShowCitizen, string Caption) Table => (Rows, false, $"Logning for {Citizen.FullName}");

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "logning") is { } notFound)
        {
            return notFound;
        }

        if (!CitizenAccess.CanReadAuditLog(Access.RolesFor(Citizen)))
        {
            return await DenyAsync("Borger: logning (uden ret)");
        }

        var ct = HttpContext.RequestAborted;

        (Rows, Paging) = await AuditReader.PageAsync(Db, me.VisibleDepartmentIds, Filter.Apply(Db.AuditEntries.Where(e => e.CitizenId == id)), PageNumber, ct);
        await audit.RecordAsync(AuditAction.Read, id, "Borger: logning", Filter.QueryString, ct);
        return Page();
    }

    /// <summary>Leaders may export everything about the citizen (the access page is linked from here).</summary>
    public bool CanExport => CitizenAccess.CanExerciseCitizenRights(Access.RolesFor(Citizen));

    public string PageHref(int page) => $"{Routes.Citizen(Citizen.Id).AuditLog}?{Filter.QueryString}&side={page}";
}
