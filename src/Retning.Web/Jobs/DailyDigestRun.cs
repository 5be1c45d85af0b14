using Microsoft.Extensions.Options;
using Retning.Data.Jobs;
using Retning.Domain.Deadlines;
using Retning.Domain.Reminders;
using Retning.Web.Services.Quality;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Jobs;

/// <summary>What one run did (for the log and the tests).</summary>
public sealed record DigestRunResult(bool HadLease, int Made, int Sent, int ShownInApp, int Retrying, int GivenUp);

/// <summary>
/// One run of the daily reminder, under the database lease: from the configured hour, make today's
/// digest for every active user with due or overdue tasks (once: the (user, day) key is unique), then
/// deliver the pending ones — by mail when SMTP is configured, otherwise in the app. A failed send is
/// logged and retried with back-off until the last attempt, after which the digest is shown in the app
/// and logged as an error: never lost silently.
/// </summary>
public sealed class DailyDigestRun(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReminderOptions> options, DigestMailer mailer, ILogger<DailyDigestRun> log)
{
    /// <summary>Who holds the lease: this process, unique even for two instances on one machine.</summary>
    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task<DigestRunResult> RunOnceAsync(CancellationToken ct)
    {
        // A singleton outliving requests: the context options are scoped, so each run takes its own scope.
        await using var scope = scopes.CreateAsyncScope();
        await using var db = new AppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>(), FixedCitizenScope.System, clock);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await JobLeases.TryAcquireAsync(db, JobLeases.DailyDigest, _holder, now, LeaseDuration, ct))
        {
            return new DigestRunResult(false, 0, 0, 0, 0, 0);
        }

        try
        {
            var made = DigestRules.IsTimeToMake(DanishTime.ToLocal(now), options.Value.SendFromHour) ? await MakeTodaysAsync(db, now, ct) : 0;
            var (sent, inApp, retrying, givenUp) = await DeliverAsync(db, ct);
            return new DigestRunResult(true, made, sent, inApp, retrying, givenUp);
        }
        finally
        {
            await JobLeases.ReleaseAsync(db, JobLeases.DailyDigest, _holder, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        }
    }

    /// <summary>Long enough for a run over a few hundred users; renewed by each run, so a dead instance frees it soon.</summary>
    private TimeSpan LeaseDuration => options.Value.Interval * 2 > TimeSpan.FromMinutes(10) ? options.Value.Interval * 2 : TimeSpan.FromMinutes(10);

    private async Task<int> MakeTodaysAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var today = DanishTime.Today(clock);
        var done = await db.DailyDigests.Where(d => d.ForDate == today).Select(d => d.UserId).ToListAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Email != null && !done.Contains(u.Id) && db.Memberships.Any(m => m.UserId == u.Id))
            .Select(u => u.Id).ToListAsync(ct);
        if (users.Count == 0)
        {
            return 0;
        }

        var userTasks = new UserTasks(db, new TaskLoader(db));
        var qualityTasks = QualityTasks.On(db);
        var made = 0;
        foreach (var userId in users)
        {
            var grants = await UserGrants.LoadAsync(db, userId, ct);
            var tasks = await userTasks.ForAsync(userId, grants.LeaderDepartmentIds, today, ct);
            // The quality work's tasks (rounds, guidelines, improvement actions) are on "Mine opgaver" too: counted alike.
            var quality = await qualityTasks.ForAsync(userId, today, ct);
            var digest = DigestRules.Make(userId, today,
                dueCount: tasks.Count(t => t.Deadline.State == DeadlineState.Due && !t.IsSnoozed) + quality.Count(t => t.State == DeadlineState.Due),
                overdueCount: tasks.Count(t => t.IsOverdue) + quality.Count(t => t.IsOverdue), now);
            if (digest is not null)
            {
                db.DailyDigests.Add(digest);
                made++;
            }
        }

        // The job read every user's citizens' deadlines: one audit row for the run (counts, no citizen data).
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = now, UserId = null, UserName = "Retning (daglig påmindelse)", Action = AuditAction.Search, CitizenId = null,
            Subject = "Påmindelser: opgaver talt pr. medarbejder", Detail = $"medarbejdere: {users.Count}, påmindelser: {made}", CorrelationId = _holder,
        });
        await db.SaveChangesAsync(ct);
        log.LogInformation("Daily reminders made for {Day}: {Made} of {Users} users have due or overdue tasks", today, made, users.Count);
        return made;
    }

    private async Task<(int Sent, int InApp, int Retrying, int GivenUp)> DeliverAsync(AppDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DanishTime.Today(clock);
        var pending = await db.DailyDigests.Where(d => d.State == DigestState.Pending && d.NextAttemptUtc <= now)
            .Join(db.Users, d => d.UserId, u => u.Id, (d, u) => new { Digest = d, u.Email, u.FullName })
            .ToListAsync(ct);
        int sent = 0, inApp = 0, retrying = 0, givenUp = 0;
        var smtp = options.Value.Smtp;
        foreach (var p in pending)
        {
            var digest = p.Digest;
            if (!DigestRules.IsStillRelevant(digest, today))
            {
                DigestRules.SendFailed(digest, "Forældet: ikke sendt inden næste dag", now, maxAttempts: 1);
                log.LogError("Daily reminder {DigestId} for {Day} was never delivered and is now out of date", digest.Id, digest.ForDate);
                givenUp++;
            }
            else if (!smtp.IsConfigured || p.Email is null)
            {
                DigestRules.Delivered(digest, DigestState.ShownInApp, now);
                inApp++;
            }
            else
            {
                try
                {
                    await mailer.SendAsync(digest, p.Email, p.FullName, ct);
                    DigestRules.Delivered(digest, DigestState.Sent, clock.GetUtcNow().UtcDateTime);
                    sent++;
                }
                catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or System.Net.Sockets.SocketException or InvalidOperationException)
                {
                    if (DigestRules.SendFailed(digest, e.Message, now, options.Value.MaxAttempts))
                    {
                        log.LogWarning("Sending daily reminder {DigestId} failed (attempt {Attempt}); retried after {NextAttemptUtc:u}: {Error}",
                            digest.Id, digest.Attempts, digest.NextAttemptUtc, e.Message);
                        retrying++;
                    }
                    else
                    {
                        log.LogError("Sending daily reminder {DigestId} failed {Attempts} times; given up and shown in the app: {Error}",
                            digest.Id, digest.Attempts, e.Message);
                        givenUp++;
                    }
                }
            }

            // Saved one by one: a mail that went out is recorded as sent before the next is tried.
            // A crash between the server's answer and this save sends that one mail again at the
            // next run: at least once, never lost.
            await db.SaveChangesAsync(ct);
        }

        return (sent, inApp, retrying, givenUp);
    }
}
