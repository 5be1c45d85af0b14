using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Maal;

/// <summary>
/// A citizen's goals by theme, each with its sub-goals, state, dates, indicator and SMORT
/// status; the offer's rules (required goal kinds, limits) that the plan does not meet.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public const string ShowAll = "alle";

    /// <summary>"alle" shows achieved and closed goals too; otherwise the open ones (active and passive).</summary>
    [BindProperty(SupportsGet = true, Name = "vis")]
    public string? Show { get; set; }

    public bool ShowingAll => Show == ShowAll;

    public GoalFormChoices Choices { get; private set; } = default!;

    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<ThemeGroup> Groups { get; private set; } = [];
    public int OpenGoalCount { get; private set; }
    public int AllGoalCount { get; private set; }

    /// <summary>The newest evaluation of each goal, shown under it: the plan holds the newest knowledge.</summary>
    public IReadOnlyDictionary<Guid, Domain.Evaluations.Evaluation> LatestEvaluations { get; private set; } = new Dictionary<Guid, Domain.Evaluations.Evaluation>();

    public sealed record ThemeGroup(string Key, string Name, IReadOnlyList<GoalRow> Goals);

    public sealed record GoalRow(Goal Goal, SmortSummary Smort, bool Overdue, IReadOnlyList<GoalRow> SubGoals);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "maal") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Choices = await GoalFormChoices.LoadAsync(Db, plans, Citizen, ViewData, ct);
        if (Choices.Plan is { } plan)
        {
            await Choices.LoadListsAsync(Db, ct);
            var goals = await Db.Goals.AsNoTracking().Where(g => g.PlanId == plan.Id).ToListAsync(ct);
            Problems = PlanRuleCheck.Problems(Choices.Rules, goals);
            LatestEvaluations = (await Db.Evaluations.AsNoTracking().Where(e => e.CitizenId == id).ToListAsync(ct))
                .GroupBy(e => e.GoalId)
                .ToDictionary(grp => grp.Key, grp => grp.OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.CreatedUtc).First());
            var topLevel = goals.Where(g => !g.IsSubGoal).ToList();
            OpenGoalCount = topLevel.Count(g => g.IsOpen);
            AllGoalCount = topLevel.Count;

            bool Shown(Goal g) => ShowingAll || g.IsOpen;
            GoalRow Row(Goal g) => new(g, SmortSummary.Of(g), GoalRules.EvaluationOverdue(g, Today),
                [.. goals.Where(s => s.ParentGoalId == g.Id && Shown(s)).OrderBy(s => s.StartOn).ThenBy(s => s.CreatedUtc).Select(Row)]);

            var order = Choices.Themes.Select((t, i) => (t.Key, i)).ToDictionary(x => x.Key, x => x.i);
            Groups = [.. topLevel
                // An achieved goal with open sub-goals is still shown among the open ones.
                .Where(g => Shown(g) || goals.Any(s => s.ParentGoalId == g.Id && s.IsOpen))
                .GroupBy(g => g.ThemeKey)
                .OrderBy(grp => order.GetValueOrDefault(grp.Key, int.MaxValue)).ThenBy(grp => grp.Key, StringComparer.Ordinal)
                .Select(grp => new ThemeGroup(grp.Key, Choices.ThemeName(grp.Key),
                    [.. grp.OrderBy(g => g.State).ThenBy(g => g.StartOn).ThenBy(g => g.CreatedUtc).Select(Row)]))];
        }

        await audit.RecordAsync(AuditAction.Read, id, "Mål: oversigt", ShowingAll ? "vis=alle" : "vis=aktive", ct);
        return Page();
    }
}
