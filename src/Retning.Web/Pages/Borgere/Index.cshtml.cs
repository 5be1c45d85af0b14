using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Citizens;

namespace Retning.Web.Pages.Borgere;

/// <summary>The citizens of my departments: search by name or CPR, filter, page. Every search is audited.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "afdeling")]
    public Guid? DepartmentId { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string Status { get; set; } = "aktive";

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);
    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>The citizens on this page without a purpose from the municipality ("Formål mangler").</summary>
    public IReadOnlySet<Guid> MissingPurpose { get; private set; } = new HashSet<Guid>();

    public sealed record Row(Guid Id, string Name, string MaskedCpr, DateOnly BirthDate, string Department, DateOnly EnrolledOn, DateOnly? DischargedOn, Guid DepartmentId);

    /// <summary>Whether the row gets the quick "Skriv notat" (care workers and leaders of its department).</summary>
    public bool WritesNotesIn(Guid departmentId) => Domain.Diary.DiaryRules.CanWrite(me.RolesIn(departmentId));

    public async Task OnGetAsync()
    {
        Today = DanishTime.Today(clock);
        var ct = HttpContext.RequestAborted;
        var visible = me.VisibleDepartmentIds.ToArray();
        var departments = await db.Departments.AsNoTracking()
            .Where(d => visible.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new { d.Id, Label = d.Offer!.Name + " – " + d.Name })
            .ToListAsync(ct);
        Departments = [new SelectListItem("Alle mine afdelinger", string.Empty), .. departments.Select(d => new SelectListItem(d.Label, d.Id.ToString()))];
        CanCreate = me.DepartmentsWhereLeader().Any();

        var query = Filter(db.Citizens.AsNoTracking());
        Paging = Paging.Of(PageNumber, PageSize, await query.CountAsync(ct));
        Rows = await query
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Skip(Paging.Skip).Take(PageSize)
            .Select(c => new Row(c.Id, c.FirstName + " " + c.LastName, c.CprDigits, c.BirthDate,
                c.Department!.Offer!.Name + " – " + c.Department.Name, c.EnrolledOn, c.DischargedOn, c.DepartmentId))
            .ToListAsync(ct);
        Rows = [.. Rows.Select(r => r with { MaskedCpr = Cpr.Mask(r.MaskedCpr) })];
        // One query for the page's citizens, not one per row.
        var ids = Rows.Select(r => r.Id).ToArray();
        var withPurpose = await db.Purposes.AsNoTracking().Where(p => ids.Contains(p.CitizenId)).Select(p => p.CitizenId).Distinct().ToListAsync(ct);
        MissingPurpose = ids.Except(withPurpose).ToHashSet();

        await audit.RecordAsync(AuditAction.Search, null, "Borgerliste", Criterion(), ct);
    }

    private IQueryable<Citizen> Filter(IQueryable<Citizen> query)
    {
        if (DepartmentId is { } departmentId)
        {
            query = query.Where(c => c.DepartmentId == departmentId);
        }

        query = Status switch
        {
            "udskrevne" => query.Where(c => c.DischargedOn != null && c.DischargedOn <= Today),
            "alle" => query,
            _ => query.Where(c => c.DischargedOn == null || c.DischargedOn > Today),
        };

        var term = Query?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return query;
        }

        var digits = term.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length >= 4 && digits.All(char.IsAsciiDigit))
        {
            return query.Where(c => c.CprDigits.StartsWith(digits));
        }

        var lowered = term.ToLowerInvariant();
        return query.Where(c => c.SearchName.Contains(lowered));
    }

    // A CPR number in the search is stored with its birth-date part only (docs/architecture.md, "House rules": logs never carry CPR numbers).
    private string Criterion() =>
        $"søgning: '{AuditSearchTerm.Masked(Query?.Trim())}'; afdeling: {DepartmentId?.ToString() ?? "alle"}; status: {Status}; side: {Paging.Page}; viste: {Rows.Count}";

    public string PageHref(int page) =>
        $"{Routes.Citizens}?q={Uri.EscapeDataString(Query ?? string.Empty)}&afdeling={DepartmentId}&status={Status}&side={page}";
}
