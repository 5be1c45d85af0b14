using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Access;

namespace Retning.Web.Pages.Logning;

/// <summary>
/// The audit log per user, for leaders and quality officers: what a staff member of their
/// departments has seen and changed, limited to citizens of those departments.
/// </summary>
[Authorize(Policy = Policies.AuditReader)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, Microsoft.Extensions.Options.IOptions<Jobs.AuditOptions> options) : PageModel
{
    /// <summary>Asked for: recompute the whole chain (too heavy for every view of the page).</summary>
    [BindProperty(SupportsGet = true, Name = "kontroller")]
    public bool CheckChain { get; set; }

    /// <summary>The chain check's result, when asked for (docs/adr/0007).</summary>
    public AuditChainReport? ChainReport { get; private set; }

    /// <summary>How many exported heads the check compared with (0 when no heads file is configured).</summary>
    public int ExportedHeads { get; private set; }

    public string? HeadsFileProblem { get; private set; }

    [BindProperty(SupportsGet = true, Name = "bruger")]
    public Guid? UserId { get; set; }


    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Bound from the address as ?handling=…&amp;fra=…&amp;til=… (without a "Filter." prefix).</summary>
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    public IReadOnlyList<SelectListItem> Users { get; private set; } = [];
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, AuditReader.PageSize, 0);
    public (IReadOnlyList<AuditRow> Rows, bool ShowCitizen, string Caption) Table => (Rows, true, "Logning pr. bruger");

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var departments = me.VisibleDepartmentIds.Where(d => CitizenAccess.CanReadAuditLog(me.RolesIn(d))).ToArray();
        var staffIds = db.Memberships.Where(m => departments.Contains(m.DepartmentId)).Select(m => m.UserId);
        var citizenIds = db.Citizens.Where(c => departments.Contains(c.DepartmentId)).Select(c => c.Id);

        var users = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id))
            .OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(ct);
        Users = [new SelectListItem("Alle brugere", string.Empty), .. users.Select(u => new SelectListItem($"{u.FullName} ({u.Email})", u.Id.ToString(), u.Id == UserId))];

        var query = db.AuditEntries.Where(e =>
            (e.CitizenId != null && citizenIds.Contains(e.CitizenId.Value))
            || (e.CitizenId == null && e.UserId != null && staffIds.Contains(e.UserId.Value)));
        if (UserId is { } userId)
        {
            query = query.Where(e => e.UserId == userId);
        }

        if (CheckChain)
        {
            // Against the daily exported heads as well, when the file is reachable from here.
            IReadOnlyList<AuditHead> heads = [];
            try
            {
                heads = options.Value.HeadExportPath is { Length: > 0 } path && System.IO.File.Exists(path)
                    ? await Retning.Data.Audit.AuditHeadFile.ReadAsync(path, ct) : [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // A damaged heads file is itself a finding; the chain is still checked on its own.
                HeadsFileProblem = "Filen med eksporterede hoveder kan ikke læses, så loggen er kun kontrolleret i sig selv.";
            }

            ExportedHeads = heads.Count;
            ChainReport = await Retning.Data.Audit.AuditChain.VerifyAsync(db, heads, ct);
        }

        (Rows, Paging) = await AuditReader.PageAsync(db, me.VisibleDepartmentIds, Filter.Apply(query), PageNumber, ct);
        await audit.RecordAsync(AuditAction.Read, null, "Logning pr. bruger", $"bruger={UserId}&{Filter.QueryString}", ct);
    }

    public string PageHref(int page) => $"{Routes.AuditLog}?bruger={UserId}&{Filter.QueryString}&side={page}";
}
