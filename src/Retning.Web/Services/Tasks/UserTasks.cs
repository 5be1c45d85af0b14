using Retning.Domain.Deadlines;
using Retning.Domain.Organisation;
using Retning.Domain.Status;

namespace Retning.Web.Services.Tasks;

/// <summary>
/// One user's tasks: the contact team's deadlines of the citizens whose team they are in (less
/// those a leader or the team gave to another member), the leader's deadlines in the departments
/// they lead, the approvals in the departments they head, and the statuses their department's
/// colleagues asked them to give sparring on. Used by "Mine opgaver" (for the signed-in user) and by
/// the daily reminder (for every user, outside any request).
/// </summary>
public sealed class UserTasks(AppDbContext db, TaskLoader tasks)
{
    public async Task<IReadOnlyList<TaskRow>> ForAsync(Guid userId, IReadOnlyCollection<Guid> leaderDepartmentIds, DateOnly today, CancellationToken ct)
    {
        var mine = await db.ContactTeamMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.CitizenId).ToListAsync(ct);
        var led = await db.Citizens.AsNoTracking().Where(c => leaderDepartmentIds.Contains(c.DepartmentId) && c.DischargedOn == null).Select(c => c.Id).ToListAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => new { m.DepartmentId, m.Role }).ToListAsync(ct);
        var headOf = memberships.Where(m => m.Role == StaffRole.DepartmentHead).Select(m => m.DepartmentId).ToHashSet();

        // Colleagues give sparring where they may comment (StatusWorkflow.MayComment); only statuses now out for sparring are read.
        var colleagueIn = memberships.Where(m => StatusWorkflow.MayComment(new HashSet<StaffRole> { m.Role })).Select(m => m.DepartmentId).ToList();
        var sparring = await db.StatusReports.AsNoTracking()
            .Where(r => r.State == StatusState.Feedback && db.Citizens.Any(c => c.Id == r.CitizenId && colleagueIn.Contains(c.DepartmentId) && c.DischargedOn == null))
            .Select(r => r.CitizenId).Distinct().ToListAsync(ct);

        var all = await tasks.ForCitizensAsync([.. mine.Union(led).Union(sparring)], today, ct);
        var mineSet = mine.ToHashSet();
        var ledSet = led.ToHashSet();
        return [.. all.Where(r => r.Deadline.Responsible switch
        {
            DeadlineResponsible.ContactTeam => mineSet.Contains(r.CitizenId) && (r.Handling?.AssignedToId is not { } to || to == userId),
            DeadlineResponsible.Leader => ledSet.Contains(r.CitizenId),
            DeadlineResponsible.DepartmentHead => headOf.Contains(r.DepartmentId),
            DeadlineResponsible.Colleagues => !mineSet.Contains(r.CitizenId) && colleagueIn.Contains(r.DepartmentId),
            _ => false,
        })];
    }
}
