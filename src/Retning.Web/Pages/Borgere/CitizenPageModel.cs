using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Access;
using Retning.Domain.Citizens;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

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

    public Citizen Citizen { get; private set; } = default!;
    public CitizenHeaderModel Header { get; private set; } = default!;

    /// <summary>Loads the citizen or returns the result to answer with (404) when out of scope.</summary>
    protected async Task<IActionResult?> LoadCitizenAsync(Guid id, string activeTab, Func<IQueryable<Citizen>, IQueryable<Citizen>>? include = null)
    {
        var citizen = await access.FindAsync(id, include, HttpContext.RequestAborted);
        if (citizen is null)
        {
            return NotFound();
        }

        Citizen = citizen;
        var team = await db.ContactTeamMembers.Where(m => m.CitizenId == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.FullName)
            .OrderBy(n => n)
            .ToListAsync(HttpContext.RequestAborted);
        var planTemplate = await db.Plans.Where(p => p.CitizenId == id)
            .Join(db.TemplateVersions, p => p.TemplateVersionId, v => v.Id, (p, v) => v)
            .Join(db.PlanTemplates, v => v.TemplateId, t => t.Id, (v, t) => t.Name)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        var roles = access.RolesFor(citizen);
        Header = new CitizenHeaderModel(citizen, AgeRules.AgeOn(citizen.BirthDate, Today), AgeRules.TemplateFor(citizen.BirthDate, Today),
            team, activeTab, CitizenAccess.CanReadAuditLog(roles), AgeRules.TurnsAdultWithin(citizen.BirthDate, Today, 3), planTemplate);
        return null;
    }
}
