using Retning.Domain.Deadlines;
using Retning.Domain.Diary;
using Retning.Domain.Reminders;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages;

/// <summary>
/// The start page: what waits for me — statuses and minutes to approve, statuses to give sparring
/// on — my nearest tasks, and the citizens whose contact team I am in, each with "Skriv notat".
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentUser me, MyTasks myTasks, AuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>How many of my nearest tasks the start page lists (the rest are one click away).</summary>
    public const int NearestCount = 5;

    public IReadOnlyList<MyCitizen> MyCitizens { get; private set; } = [];
    public int CitizensInMyDepartments { get; private set; }

    /// <summary>Today's reminder when it was not (or could not be) mailed: the digest is then shown here.</summary>
    public DailyDigest? TodaysDigest { get; private set; }

    /// <summary>Open approvals and sparring requests that wait for me, oldest first.</summary>
    public IReadOnlyList<TaskRow> WaitingForMe { get; private set; } = [];

    /// <summary>My nearest open tasks that are due or overdue (not snoozed), approvals excepted.</summary>
    public IReadOnlyList<TaskRow> Nearest { get; private set; } = [];
    public int OverdueCount { get; private set; }
    public int DueCount { get; private set; }

    /// <summary>Roles given in my departments lately, when I lead them (no unseen access: docs/domain.md, "Roles").</summary>
    public IReadOnlyList<RecentGrants.Grant> NewAccess { get; private set; } = [];

    public sealed record MyCitizen(Guid Id, string Name, string Department, bool WritesNotes);

    private static readonly DeadlineKind[] ReviewKinds = [DeadlineKind.StatusApproval, DeadlineKind.MinutesApproval, DeadlineKind.StatusSparring];

    public async Task OnGetAsync()
    {
        if (me.Id is not { } userId || me.VisibleDepartmentIds.Count == 0)
        {
            return;
        }

        var ct = HttpContext.RequestAborted;
        var today = DanishTime.Today(clock);
        TodaysDigest = await db.DailyDigests.AsNoTracking()
            .Where(d => d.UserId == userId && d.ForDate == today && (d.State == DigestState.ShownInApp || d.State == DigestState.Failed))
            .FirstOrDefaultAsync(ct);
        var citizens = await db.ContactTeamMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Citizens, m => m.CitizenId, c => c.Id, (m, c) => c)
            .Where(c => c.DischargedOn == null)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName, Department = c.Department!.Name, c.DepartmentId })
            .ToListAsync(ct);
        MyCitizens = [.. citizens.Select(c => new MyCitizen(c.Id, c.Name, c.Department, DiaryRules.CanWrite(me.RolesIn(c.DepartmentId))))];
        CitizensInMyDepartments = await db.Citizens.CountAsync(c => c.DischargedOn == null, ct);

        NewAccess = await RecentGrants.ForLeaderAsync(db, me, clock, ct);
        var tasks = await myTasks.LoadAsync(ct);
        var open = tasks.Where(t => !t.Deadline.IsDone).ToList();
        WaitingForMe = [.. open.Where(t => ReviewKinds.Contains(t.Deadline.Kind)).OrderBy(t => t.Deadline.DueOn).ThenBy(t => t.CitizenName, StringComparer.Ordinal)];
        var rest = open.Where(t => !ReviewKinds.Contains(t.Deadline.Kind) && !t.IsSnoozed).ToList();
        OverdueCount = rest.Count(t => t.IsOverdue);
        DueCount = rest.Count(t => t.Deadline.State == DeadlineState.Due);
        Nearest = [.. rest.Where(t => t.Deadline.State is DeadlineState.Overdue or DeadlineState.Due)
            .OrderBy(t => t.Deadline.DueOn).ThenBy(t => t.CitizenName, StringComparer.Ordinal).Take(NearestCount)];
        await audit.RecordAsync(AuditAction.Search, null, "Forside: mine borgere og opgaver",
            $"borgere: {MyCitizens.Count}; venter på mig: {WaitingForMe.Count}; nærmeste opgaver: {Nearest.Count}", ct);
    }
}
