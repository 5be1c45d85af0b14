using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>Reads a citizen's status with its sections and chosen goals (tracked when it is to be changed).</summary>
public static class StatusLoader
{
    public static Task<StatusReport?> FindAsync(AppDbContext db, Guid citizenId, Guid statusId, bool tracked, CancellationToken ct)
    {
        var query = db.StatusReports.Include(r => r.Sections).Include(r => r.Goals).Where(r => r.Id == statusId && r.CitizenId == citizenId);
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
    }

    /// <summary>The plan's goals for the goal picker: goals with their sub-goals under them.</summary>
    public static async Task<IReadOnlyList<GoalOption>> GoalOptionsAsync(AppDbContext db, Guid citizenId, CancellationToken ct)
    {
        var goals = await db.Goals.AsNoTracking().Where(g => db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == citizenId))
            .Select(g => new { g.Id, g.ParentGoalId, g.Text, g.State, g.StartOn }).ToListAsync(ct);
        var options = new List<GoalOption>();
        foreach (var goal in goals.Where(g => g.ParentGoalId is null).OrderBy(g => g.StartOn).ThenBy(g => g.Text, StringComparer.Ordinal))
        {
            options.Add(new GoalOption(goal.Id, goal.Text, false, Retning.Domain.Plans.GoalText.Danish(goal.State)));
            options.AddRange(goals.Where(s => s.ParentGoalId == goal.Id).OrderBy(s => s.StartOn).ThenBy(s => s.Text, StringComparer.Ordinal)
                .Select(s => new GoalOption(s.Id, s.Text, true, Retning.Domain.Plans.GoalText.Danish(s.State))));
        }

        return options;
    }
}

/// <summary>A goal or sub-goal the contact team can choose for the status.</summary>
public sealed record GoalOption(Guid Id, string Text, bool IsSubGoal, string State);
