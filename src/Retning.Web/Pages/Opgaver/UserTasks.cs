using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Deadlines;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// One user's tasks: the contact team's deadlines of the citizens whose team they are in, and the
/// leader's deadlines in the departments they lead. Used by "Mine opgaver" (for the signed-in user)
/// and by the daily reminder (for every user, outside any request).
/// </summary>
public sealed class UserTasks(AppDbContext db, TaskLoader tasks)
{
    public async Task<IReadOnlyList<TaskRow>> ForAsync(Guid userId, IReadOnlyCollection<Guid> leaderDepartmentIds, DateOnly today, CancellationToken ct)
    {
        var mine = await db.ContactTeamMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.CitizenId).ToListAsync(ct);
        var led = await db.Citizens.AsNoTracking().Where(c => leaderDepartmentIds.Contains(c.DepartmentId) && c.DischargedOn == null).Select(c => c.Id).ToListAsync(ct);
        var all = await tasks.ForCitizensAsync([.. mine.Union(led)], today, ct);
        var mineSet = mine.ToHashSet();
        var ledSet = led.ToHashSet();
        return [.. all.Where(r => r.Deadline.Responsible == DeadlineResponsible.ContactTeam ? mineSet.Contains(r.CitizenId) : ledSet.Contains(r.CitizenId))];
    }
}
