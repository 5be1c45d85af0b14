using Retning.Domain.Access;
using Retning.Domain.Citizens;

namespace Retning.Web.Pages.Borgere;

/// <summary>
/// Base for the pages of one citizen: loads the citizen through department scoping (404 for
/// anyone outside it) and builds the shared header.
/// </summary>
public abstract class CitizenPageModel(AppDbContext db, CitizenAccessService access, TimeProvider clock) : PageModel
{
    protected AppDbContext Db => db;
    protected CitizenAccessService Access => access;
    protected DateOnly Today => DanishTime.Today(clock);
    protected TimeProvider Clock => clock;
    protected DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public Citizen Citizen { get; private set; } = default!;

    /// <summary>The citizen as found through scoping: its <see cref="VerifiedCitizen.Rows"/> read the citizen's data by id (docs/adr/0002-department-scoping-as-query-filter.md).</summary>
    protected VerifiedCitizen Verified { get; private set; } = default!;
    public CitizenHeaderModel Header { get; private set; } = default!;

    /// <summary>Whether the caller may change this citizen's record and plan (leaders and the contact team).</summary>
    public bool CanEdit { get; private set; }

    /// <summary>Whether the caller is in this citizen's contact team.</summary>
    public bool InContactTeam { get; private set; }

    /// <summary>Whether the caller leads the citizen's department (department head or offer head there).</summary>
    public bool IsLeader { get; private set; }

    /// <summary>
    /// The one way a citizen page finds its citizen (docs/adr/0008-page-models-and-routes.md):
    /// through department scoping (404 outside it, audited) and then the right the handler
    /// needs. Without that right the attempt is audited as a denial under
    /// <paramref name="deniedSubject"/> and the answer is 403. Returns null when the handler may go on.
    /// </summary>
    /// <param name="tab">The header tab the page belongs to ("overblik", "plan", "maal" …).</param>
    protected async Task<IActionResult?> LoadCitizenAsync(Guid id, CitizenRight right, string tab, string? deniedSubject = null,
        Func<IQueryable<Citizen>, IQueryable<Citizen>>? include = null)
    {
        if (await FindInScopeAsync(id, tab, include) is { } notFound)
        {
            return notFound;
        }

        var allowed = right switch
        {
            CitizenRight.Read => true,
            CitizenRight.Edit => CanEdit,
            CitizenRight.Lead => IsLeader,
            _ => throw new ArgumentOutOfRangeException(nameof(right)),
        };
        return allowed ? null : await DenyAsync(deniedSubject ?? $"{tab}: {right.Danish()} (uden ret)");
    }

    /// <summary>
    /// For a right beyond read, edit and lead (the audit log, the citizen's rights): audits the
    /// denied attempt on the loaded citizen and answers 403.
    /// </summary>
    protected async Task<IActionResult> DenyAsync(string deniedSubject)
    {
        await access.RecordDeniedAsync(Citizen.Id, deniedSubject, HttpContext.RequestAborted);
        return Forbid();
    }

    /// <summary>Finds the citizen through scoping (404 when out of it) and builds the header and the rights.</summary>
    private async Task<IActionResult?> FindInScopeAsync(Guid id, string activeTab, Func<IQueryable<Citizen>, IQueryable<Citizen>>? include = null)
    {
        var verified = await access.FindVerifiedAsync(id, include, HttpContext.RequestAborted);
        if (verified is null)
        {
            return NotFound();
        }

        Verified = verified;
        var citizen = Citizen = verified.Citizen;
        // The contact team and the plan's template name in one query on the reviewed path: scoping was paid by the lookup above.
        var (team, planTemplate) = await verified.Rows.HeaderAsync(HttpContext.RequestAborted);
        var roles = access.RolesFor(citizen);
        // The contact team is loaded for the header anyway; the edit right is derived from it, not queried again.
        CanEdit = access.CanEdit(citizen, team.Select(u => u.Id));
        InContactTeam = access.IsMember(team.Select(u => u.Id));
        IsLeader = CitizenAccess.IsLeader(roles);
        Header = new CitizenHeaderModel(citizen, AgeRules.AgeOn(citizen.BirthDate, Today), AgeRules.TemplateFor(citizen.BirthDate, Today),
            [.. team.Select(u => u.FullName)], activeTab, CitizenAccess.CanReadAuditLog(roles), AgeRules.TurnsAdultWithin(citizen.BirthDate, Today, 3), planTemplate);
        return null;
    }
}
