using Microsoft.Extensions.Options;
using Retning.Data.Jobs;
using Retning.Data.Retention;
using Retning.Domain.Rights;
using Retning.Web.Services.Retention;

namespace Retning.Web.Jobs;

/// <summary>What one run found and did (for the log and the tests).</summary>
public sealed record RetentionRunResult(bool HadLease, bool DryRun, int Due, int Held, int Retained, int Erased);

/// <summary>
/// One run of the retention job, under the database lease: delete the expired form keys
/// (<see cref="Infrastructure.Idempotency.IdempotencyFilter.SweepExpiredAsync"/>); judge every discharged citizen by the
/// offer's retention period and erase those due (<see cref="CitizenErasure"/>), each in its own
/// transaction with one audit row holding counts only. A held citizen is kept and logged. In a dry
/// run (setting or argument) nothing changes: the log says what would go.
/// </summary>
public sealed class RetentionRun(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionRun> log)
{
    /// <summary>The name in the audit row of the erasure: the job, not a person.</summary>
    public const string JobUserName = "Retning (opbevaringsjob)";

    public const string ErasureSubject = "Borger slettet efter opbevaringsperioden";

    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task<RetentionRunResult> RunOnceAsync(CancellationToken ct, bool? dryRun = null)
    {
        var dry = dryRun ?? options.Value.DryRun;
        await using var scope = scopes.CreateAsyncScope();
        await using var db = new AppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>(), FixedCitizenScope.System, clock);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await JobLeases.TryAcquireAsync(db, JobLeases.Retention, _holder, now, TimeSpan.FromMinutes(30), ct))
        {
            return new RetentionRunResult(false, dry, 0, 0, 0, 0);
        }

        try
        {
            if (!dry)
            {
                var swept = await Infrastructure.Idempotency.IdempotencyFilter.SweepExpiredAsync(db, now, ct);
                log.LogInformation("Retention: {Keys} expired form keys deleted", swept);
            }

            var candidates = await RetentionReport.BuildAsync(db, DanishTime.Today(clock), ct);
            var due = candidates.Where(c => c.Verdict.State == RetentionState.Due).ToList();
            foreach (var held in candidates.Where(c => c.Verdict.State == RetentionState.Held))
            {
                // Ids only in the app log, never names.
                log.LogInformation("Retention: citizen {CitizenId} is past its period ({ErasableOn}) but held", held.CitizenId, held.Verdict.ErasableOn);
            }

            var erased = 0;
            foreach (var citizen in due)
            {
                if (dry)
                {
                    log.LogInformation("Retention dry run: citizen {CitizenId} would be erased (erasable from {ErasableOn})", citizen.CitizenId, citizen.Verdict.ErasableOn);
                    continue;
                }

                if (await EraseOneAsync(db, citizen.CitizenId, ct))
                {
                    erased++;
                }
            }

            var result = new RetentionRunResult(true, dry, due.Count, candidates.Count(c => c.Verdict.State == RetentionState.Held),
                candidates.Count(c => c.Verdict.State == RetentionState.Retained), erased);
            log.LogInformation("Retention run: {Due} due, {Erased} erased, {Held} held, {Retained} retained (dry run: {DryRun})",
                result.Due, result.Erased, result.Held, result.Retained, dry);
            return result;
        }
        finally
        {
            await JobLeases.ReleaseAsync(db, JobLeases.Retention, _holder, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        }
    }

    /// <summary>
    /// Erases one citizen and writes the erasure's audit row (no citizen id, counts only) in one transaction;
    /// false when, judged again inside the transaction, the citizen is no longer due (a hold set or a re-enrolment meanwhile).
    /// </summary>
    private async Task<bool> EraseOneAsync(AppDbContext db, Guid citizenId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var facts = await db.Citizens.Where(c => c.Id == citizenId)
            .Select(c => new RetentionFacts(c.DischargedOn, c.Department!.Offer!.RetentionYearsAfterDischarge, c.LegalHoldReason))
            .SingleOrDefaultAsync(ct);
        if (facts is null || RetentionRules.Judge(facts, DanishTime.Today(clock)).State != RetentionState.Due)
        {
            log.LogInformation("Retention: citizen {CitizenId} is no longer due; kept", citizenId);
            return false;
        }

        var counts = await CitizenErasure.EraseAsync(db, citizenId, now, ct);
        var detail = counts.Describe();
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = now, UserId = null, UserName = JobUserName, Action = AuditAction.Erased, CitizenId = null,
            Subject = ErasureSubject, Detail = detail.Length > 500 ? detail[..500] : detail, CorrelationId = Guid.NewGuid().ToString("N"),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        log.LogInformation("Retention: erased citizen {CitizenId}: {Rows} rows deleted, {AuditRows} audit rows anonymised", citizenId, counts.TotalDeleted, counts.AuditRowsAnonymised);
        return true;
    }
}
