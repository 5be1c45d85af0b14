using Retning.Domain.ApiClients;

namespace Retning.Web.Pages.Admin.ApiKlienter;

/// <summary>The API clients with their departments, rights, expiry and state (docs/adr/0017).</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);

    public sealed record Row(Guid Id, string Name, string ClientId, string Departments, ApiRights Rights, DateOnly ExpiresOn, ApiClientState State);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var today = DanishTime.Today(clock);
        Paging = Paging.Of(PageNumber, PageSize, await db.ApiClients.CountAsync(ct));
        var clients = await db.ApiClients.AsNoTracking()
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(Paging.Skip).Take(PageSize)
            .Select(c => new { c.Id, c.Name, c.ClientId, c.Rights, c.ExpiresOn, c.RevokedUtc })
            .ToListAsync(ct);
        var ids = clients.Select(c => c.Id).ToList();
        var departments = (await db.Set<ApiClientDepartment>().AsNoTracking()
                .Where(x => ids.Contains(x.ApiClientId))
                .Join(db.Departments, x => x.DepartmentId, d => d.Id, (x, d) => new { x.ApiClientId, d.Name })
                .ToListAsync(ct))
            .ToLookup(x => x.ApiClientId, x => x.Name);
        Rows = [.. clients.Select(c => new Row(c.Id, c.Name, c.ClientId, string.Join(", ", departments[c.Id].Order(StringComparer.CurrentCulture)), c.Rights, c.ExpiresOn,
            ApiClientRules.StateOn(c.RevokedUtc, c.ExpiresOn, today)))];
    }

    public string PageHref(int page) => $"{Routes.Admin.ApiClients}?side={page}";
}
