using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Retning.Data;
using Retning.Domain.Deadlines;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// "My" tasks: the contact team's deadlines of the citizens whose team I am in, and the leader's
/// deadlines in the departments I lead. The header's badge shows how many are overdue; it is a
/// count without citizen data, cached a few minutes per user so not every page recomputes it.
/// </summary>
public sealed class MyTasks(AppDbContext db, CurrentUser me, TaskLoader tasks, IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan BadgeLifetime = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<TaskRow>> LoadAsync(CancellationToken ct)
    {
        var mine = await db.ContactTeamMembers.AsNoTracking().Where(m => m.UserId == me.Id).Select(m => m.CitizenId).ToListAsync(ct);
        var leaderDepartments = me.DepartmentsWhereLeader().ToArray();
        var led = await db.Citizens.AsNoTracking().Where(c => leaderDepartments.Contains(c.DepartmentId) && c.DischargedOn == null).Select(c => c.Id).ToListAsync(ct);
        var all = await tasks.ForCitizensAsync([.. mine.Union(led)], DanishTime.Today(clock), ct);
        var mineSet = mine.ToHashSet();
        var ledSet = led.ToHashSet();
        var relevant = all.Where(r => r.Deadline.Responsible == DeadlineResponsible.ContactTeam ? mineSet.Contains(r.CitizenId) : ledSet.Contains(r.CitizenId)).ToList();
        cache.Set(BadgeKey, relevant.Count(r => r.Deadline.State == DeadlineState.Overdue), BadgeLifetime);
        return relevant;
    }

    /// <summary>The number of my overdue tasks (cached; refreshed whenever "Mine opgaver" is opened).</summary>
    public async Task<int> OverdueCountAsync(CancellationToken ct)
    {
        if (me.Id is null || me.VisibleDepartmentIds.Count == 0)
        {
            return 0;
        }

        return cache.TryGetValue(BadgeKey, out int count) ? count : (await LoadAsync(ct)).Count(r => r.Deadline.State == DeadlineState.Overdue);
    }

    /// <summary>After my own work changed my tasks (e.g. an evaluation saved), the badge is recounted on the next page.</summary>
    public void Forget() => cache.Remove(BadgeKey);

    private string BadgeKey => $"retning:mine-opgaver:{me.Id}:{DanishTime.Today(clock):yyyy-MM-dd}";
}
