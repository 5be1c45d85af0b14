using Retning.Domain.Access;

namespace Retning.Web.Pages.Borgere.Indsigt;

/// <summary>The access package as a ZIP download (readable DOCX + complete JSON), audited as one export.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ZipModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
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
            return await DenyAsync("Borger: indsigtspakke (uden ret)");
        }

        var ct = HttpContext.RequestAborted;

        // The access log in the package ends before this export's own row: it shows what was read until now.
        var data = await CitizenExportData.LoadAsync(Db, Citizen, ct);
        var package = CitizenExportPackage.Write(data, Clock.GetUtcNow());
        await audit.RecordAsync(AuditAction.Export, id, "Borger: indsigtspakke", $"notater={data.DiaryNotes.Count}; logrækker={data.AccessLog.Count}", ct);
        return File(package, CitizenExportPackage.ContentType, CitizenExportPackage.FileName(Today));
    }
}
