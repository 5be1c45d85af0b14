using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin.Tilbud;

/// <summary>The offers with their legal basis, area and number of departments.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);

    public sealed record Row(Guid Id, string Name, string Region, string LegalBasis, Area Area, int Departments, bool IsDemo);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Paging = Paging.Of(PageNumber, PageSize, await db.Offers.CountAsync(ct));
        Rows = await db.Offers.AsNoTracking()
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip(Paging.Skip).Take(PageSize)
            .Select(o => new Row(o.Id, o.Name, o.Region!.Name, o.LegalBasis, o.Area, o.Departments.Count, o.IsDemo))
            .ToListAsync(ct);
    }

    public string PageHref(int page) => $"{Routes.Admin.Offers}?side={page}";
}
