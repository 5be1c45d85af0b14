using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Teammoede;

/// <summary>
/// The team meeting of a department on a date: the goals and sub-goals due for evaluation by
/// then (overdue included) and the new goals not yet reviewed at a team meeting, each opening its
/// evaluation form with the material prepared; below, what was evaluated and decided that day.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "afdeling")] public Guid? DepartmentId { get; set; }
    [BindProperty(SupportsGet = true, Name = "dato")] public DateOnly? On { get; set; }

    /// <summary>A point on the agenda; <paramref name="WhyNot"/> says why the user cannot evaluate it (null: they can).</summary>
    public sealed record Item(Guid CitizenId, string CitizenName, Goal Goal, bool IsNew, bool Overdue, string? WhyNot)
    {
        public bool MayEvaluate => WhyNot is null;
    }

    public sealed record Decided(Guid CitizenId, string CitizenName, Evaluation Evaluation, string GoalText);

    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];
    public IReadOnlyList<Item> Agenda { get; private set; } = [];
    public IReadOnlyList<Decided> Done { get; private set; } = [];
    public DateOnly Day { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var today = DanishTime.Today(clock);
        Day = On ?? today;
        var visible = me.VisibleDepartmentIds.ToArray();
        var departments = await db.Departments.AsNoTracking().Where(d => visible.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name).Select(d => new { d.Id, Label = d.Offer!.Name + " – " + d.Name }).ToListAsync(ct);
        if (departments.Count == 0)
        {
            return Forbid();
        }

        var departmentId = DepartmentId is { } chosen && visible.Contains(chosen) ? chosen : departments[0].Id;
        DepartmentId = departmentId;
        Departments = [.. departments.Select(d => new SelectListItem(d.Label, d.Id.ToString(), d.Id == departmentId))];

        var citizens = await db.Citizens.AsNoTracking().Where(c => c.DepartmentId == departmentId && c.DischargedOn == null)
            .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName }).ToListAsync(ct);
        var ids = citizens.Select(c => c.Id).ToList();
        var names = citizens.ToDictionary(c => c.Id, c => c.Name);
        var goals = await db.Goals.AsNoTracking()
            .Join(db.Plans.Where(p => ids.Contains(p.CitizenId)), g => g.PlanId, p => p.Id, (g, p) => new { p.CitizenId, Goal = g })
            .Where(x => x.Goal.State == GoalState.Active || x.Goal.State == GoalState.Passive)
            .ToListAsync(ct);
        var evaluated = (await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.CitizenId)).Select(e => e.GoalId).Distinct().ToListAsync(ct)).ToHashSet();
        var team = (await db.ContactTeamMembers.AsNoTracking().Where(m => ids.Contains(m.CitizenId) && m.UserId == me.Id).Select(m => m.CitizenId).ToListAsync(ct)).ToHashSet();
        var roles = me.RolesIn(departmentId);

        Agenda = [.. goals
            .Where(x => EvaluationRules.OnAgenda(x.Goal, evaluated.Contains(x.Goal.Id), Day))
            .Select(x => new Item(x.CitizenId, names[x.CitizenId], x.Goal, !EvaluationRules.ReviewedAtTeamMeeting(evaluated.Contains(x.Goal.Id)), GoalRules.EvaluationOverdue(x.Goal, today),
                EvaluationRules.WhyNotEvaluable(x.Goal, roles, team.Contains(x.CitizenId))))
            .OrderBy(i => i.CitizenName, StringComparer.Ordinal).ThenBy(i => i.Goal.NextEvaluationOn ?? DateOnly.MaxValue).ThenBy(i => i.Goal.Text)];
        var decided = await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.CitizenId) && e.EvaluatedOn == Day).ToListAsync(ct);
        var goalTexts = await db.Goals.AsNoTracking().Where(g => decided.Select(d => d.GoalId).Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Text, ct);
        Done = [.. decided.OrderBy(e => names[e.CitizenId], StringComparer.Ordinal)
            .Select(e => new Decided(e.CitizenId, names[e.CitizenId], e, goalTexts.GetValueOrDefault(e.GoalId, "–")))];
        await audit.RecordAsync(AuditAction.Search, null, "Teammøde", $"afdeling={departmentId}; dato={Day:yyyy-MM-dd}; punkter={Agenda.Count}; evalueret={Done.Count}", ct);
        return Page();
    }
}
