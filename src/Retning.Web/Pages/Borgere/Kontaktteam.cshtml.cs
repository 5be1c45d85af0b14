using Retning.Domain.Citizens;
using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Borgere;

/// <summary>
/// Choosing the citizen's contact team among the staff of the citizen's department. The team is part
/// of the citizen aggregate, so the form carries the citizen's version and a save bumps it: two
/// leaders saving from the same opened form cannot silently drop one's change (docs/adr/0004).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class KontaktteamModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    /// <summary>The citizen's version the form was opened on.</summary>
    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<StaffOption> Staff { get; private set; } = [];

    /// <summary>The stored team when a save met a conflict.</summary>
    public IReadOnlyList<Guid>? StoredTeam { get; private set; }

    public sealed record StaffOption(Guid Id, string Name, string Role);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "overblik", "Borger: kontaktteam (uden ret)") is { } denied)
        {
            return denied;
        }

        await LoadStaffAsync();

        Selected = await Db.ContactTeamMembers.Where(m => m.CitizenId == id).Select(m => m.UserId).ToListAsync(HttpContext.RequestAborted);
        Version = Citizen.Version;
        await audit.RecordAsync(AuditAction.Read, id, "Borger: kontaktteam", ct: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "overblik", "Borger: kontaktteam (uden ret)") is { } denied)
        {
            return denied;
        }

        await LoadStaffAsync();

        var ct = HttpContext.RequestAborted;
        var allowed = Staff.Select(s => s.Id).ToHashSet();
        if (Selected.Any(s => !allowed.Contains(s)))
        {
            return BadRequest();
        }

        var current = await Db.ContactTeamMembers.Where(m => m.CitizenId == id).ToListAsync(ct);
        Db.ContactTeamMembers.RemoveRange(current.Where(m => !Selected.Contains(m.UserId)));
        Db.ContactTeamMembers.AddRange(Selected.Distinct()
            .Where(userId => current.All(m => m.UserId != userId))
            .Select(userId => new ContactTeamMember { CitizenId = id, UserId = userId }));
        // The save must match the version the form was opened on, and bumps it (AppDbContext) for the next one.
        var citizen = Db.Entry(Citizen);
        citizen.Property(c => c.Version).OriginalValue = Version;
        citizen.Property(c => c.Version).IsModified = true;
        audit.Add(AuditAction.Update, id, "Borger: kontaktteam", $"medlemmer: {Selected.Count}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, ct);
        }

        TempData["Success"] = "Kontaktteamet er gemt.";
        return Redirect(Routes.Citizen(id));
    }

    /// <summary>Nothing is written; the user's ticks stay, the stored team is shown, and saving again is deliberate.</summary>
    private async Task<IActionResult> ShowConflictAsync(Guid id, CancellationToken ct)
    {
        audit.DiscardUncommitted();
        Db.ChangeTracker.Clear();
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "overblik", "Borger: kontaktteam (uden ret)") is { } gone)
        {
            return gone;
        }

        await LoadStaffAsync();

        StoredTeam = await Db.ContactTeamMembers.Where(m => m.CitizenId == id).Select(m => m.UserId).ToListAsync(ct);
        Version = Citizen.Version;
        ModelState.Remove(nameof(Version));
        ModelState.AddModelError(string.Empty, "En anden har gemt ændringer på kontaktteamet, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret dine valg og gem igen.");
        await audit.RecordAsync(AuditAction.Read, id, "Borger: kontaktteam (konflikt)", ct: ct);
        return Page();
    }

    private async Task LoadStaffAsync()
    {
        // Care workers and the department head of the citizen's department can be in the team.
        var departmentId = Citizen.DepartmentId;
        var rows = await Db.Memberships.AsNoTracking()
            .Where(m => m.DepartmentId == departmentId && (m.Role == StaffRole.CareWorker || m.Role == StaffRole.DepartmentHead))
            .Join(Db.Users.Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName, m.Role })
            .ToListAsync(HttpContext.RequestAborted);
        Staff = [.. rows.GroupBy(r => r.Id)
            .Select(g => new StaffOption(g.Key, g.First().FullName, string.Join(", ", g.Select(r => r.Role.Danish()))))
            .OrderBy(s => s.Name, StringComparer.Create(ServiceRegistration.Danish, false))];
    }
}
