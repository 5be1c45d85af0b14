namespace Retning.Web.Pages.Admin;

/// <summary>The administration's front page: the sections with their counts. No citizen data.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public int Offers { get; private set; }
    public int Departments { get; private set; }
    public int Users { get; private set; }
    public int ActiveUsers { get; private set; }

    /// <summary>Roles administrators asked for themselves, waiting for a second administrator.</summary>
    public int PendingRoleRequests { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Offers = await db.Offers.CountAsync(ct);
        Departments = await db.Departments.CountAsync(ct);
        Users = await db.Users.CountAsync(ct);
        ActiveUsers = await db.Users.CountAsync(u => u.IsActive, ct);
        PendingRoleRequests = await db.RoleRequests.CountAsync(r => r.DecidedUtc == null, ct);
    }
}
