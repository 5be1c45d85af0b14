using Retning.Data.Identity;

namespace Retning.Web.Pages.Admin.Brugere;

/// <summary>The users: search by name or e-mail, filter by status, page; with roles, two-factor and lockout.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string Status { get; set; } = "alle";

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);

    public sealed record Row(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, bool TwoFactor, DateTimeOffset? LockedUntil, bool IsActive);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var now = clock.GetUtcNow();
        var query = Filter(db.Users.AsNoTracking());
        Paging = Paging.Of(PageNumber, PageSize, await query.CountAsync(ct));
        var users = await query
            .OrderBy(u => u.FullName).ThenBy(u => u.Id)
            .Skip(Paging.Skip).Take(PageSize)
            .Select(u => new { u.Id, u.FullName, u.Email, u.TwoFactorEnabled, u.LockoutEnd, u.IsActive })
            .ToListAsync(ct);

        // The lockout is compared here: SQLite cannot compare DateTimeOffset in a query.
        var roles = (await UserRole.ForAsync(db, [.. users.Select(u => u.Id)], ct)).ToLookup(r => r.UserId, r => r.Label);
        Rows = [.. users.Select(u => new Row(u.Id, u.FullName, u.Email ?? string.Empty, [.. roles[u.Id]], u.TwoFactorEnabled,
            u.LockoutEnd > now ? u.LockoutEnd : null, u.IsActive))];
    }

    private IQueryable<AppUser> Filter(IQueryable<AppUser> query)
    {
        query = Status switch
        {
            "aktive" => query.Where(u => u.IsActive),
            "deaktiverede" => query.Where(u => !u.IsActive),
            _ => query,
        };

        var term = Query?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return query;
        }

        // SQLite's lower() only knows A–Z, so "øster" is also tried as typed and capitalised ("Øster").
        var lowered = term.ToLowerInvariant();
        var capitalised = char.ToUpperInvariant(term[0]) + term[1..];
        var upper = term.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower()/Contains to SQL lower() and LIKE; the overloads with a culture or comparison are not translatable
        return query.Where(u => u.FullName.ToLower().Contains(lowered) || u.FullName.Contains(term) || u.FullName.Contains(capitalised)
            || u.NormalizedEmail!.Contains(upper));
#pragma warning restore CA1304, CA1311, CA1862
    }

    public string PageHref(int page) => $"{Routes.Admin.Users}?q={Uri.EscapeDataString(Query ?? string.Empty)}&status={Status}&side={page}";
}
