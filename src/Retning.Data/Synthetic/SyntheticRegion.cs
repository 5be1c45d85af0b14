using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Retning.Data.Demo;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Evaluations;
using Retning.Domain.Insight;
using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Data.Synthetic;

/// <summary>
/// A deterministic synthetic region for testing and benchmarking the management figures at scale
/// (bench/README.md, "The synthetic region"): its own region, offers, departments and staff, and per citizen
/// placements, a plan, purposes, goals and sub-goals with state history, scored diary notes with trends,
/// evaluations, statuses and meetings over the chosen years. The same options give the same rows, ids included
/// (the staff's password hashes aside: hashing salts at random). Written to a database the app has migrated:
/// the set-up through EF, the per-citizen rows in bulk per batch of citizens, so memory stays bounded.
/// CPR numbers are fictitious (<see cref="DemoCpr"/>); nothing here prints one.
/// </summary>
public static class SyntheticRegion
{
    public static Task<SyntheticRegionResult> GenerateAsync(DatabaseSettings settings, SyntheticRegionOptions options, CancellationToken ct = default)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(builder, settings);
        return GenerateAsync(clock => new AppDbContext(builder.Options, FixedCitizenScope.System, clock), options, ct);
    }

    /// <summary>
    /// Generates with contexts from <paramref name="open"/>, given the fixed clock the set-up rows are stamped with. The
    /// contexts must see every department (<see cref="FixedCitizenScope.System"/>): the CPR numbers already taken are read through them.
    /// </summary>
    public static async Task<SyntheticRegionResult> GenerateAsync(Func<TimeProvider, AppDbContext> open, SyntheticRegionOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Citizens < 1 || options.Years < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "At least one citizen and one year.");
        }

        var watch = Stopwatch.StartNew();
        var setupUtc = CitizenContext.ToUtc(options.StartOn.AddDays(-1), 8, 0);
        var clock = new FixedClock(setupUtc);
        var organisation = new SyntheticOrganisation(new SyntheticRandom(options.Seed), options.Seed, setupUtc, SyntheticOrganisation.HashPassword());
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        List<string> takenCprs;
        await using (var db = open(clock))
        {
            if (await db.Regions.AnyAsync(r => r.Name == organisation.Region.Name, ct))
            {
                throw new InvalidOperationException($"{organisation.Region.Name} exists already: use another seed or a fresh database.");
            }

            db.Regions.Add(organisation.Region);
            db.PlanTemplates.AddRange(organisation.Templates);
            db.IndicatorScales.AddRange(organisation.Scales);
            db.MethodCatalogue.AddRange(organisation.Methods);
            db.DiaryCategories.AddRange(organisation.Categories);
            db.OfferPlanRules.AddRange(organisation.Rules);
            db.Users.AddRange(organisation.Users);
            db.Memberships.AddRange(organisation.Memberships);
            await db.SaveChangesAsync(ct);
            takenCprs = await db.Citizens.Select(c => c.CprDigits).ToListAsync(ct);
        }

        var cprs = new DemoCpr(new Random(options.Seed), takenCprs);
        var departments = organisation.Departments.ToList();
        var writing = new Stopwatch();
        for (var first = 0; first < options.Citizens; first += options.BatchSize)
        {
            var batch = NewBatch();
            for (var index = first; index < Math.Min(options.Citizens, first + options.BatchSize); index++)
            {
                var rng = SyntheticRandom.ForCitizen(options.Seed, index);
                var citizen = SyntheticCitizens.Create(rng, rng.Pick(departments), cprs, options, batch);
                SyntheticNotes.Create(citizen, SyntheticGoals.Create(citizen));
                SyntheticMeetings.Create(citizen);
            }

            writing.Start();
            await using var db = open(clock);
            await db.Database.OpenConnectionAsync(ct);
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var writer = BulkWriter.For(db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, db.Model);
            foreach (var (table, count) in await writer.WriteAsync(connection, transaction, batch, ct))
            {
                rows[table] = rows.GetValueOrDefault(table) + count;
            }

            await transaction.CommitAsync(ct);
            writing.Stop();
        }

        await using (var db = open(clock))
        {
            await Insight.InsightStamps.TouchAsync(db, ct); // the bulk writer passes the change tracker
        }

        await AnalyseAsync(open(clock), ct);
        return new SyntheticRegionResult(organisation.Region.Id, organisation.Region.Name, organisation.Logins, rows, watch.Elapsed, writing.Elapsed);
    }

    /// <summary>Fresh planner statistics on PostgreSQL: the figures' queries are planned on what is there now.</summary>
    private static async Task AnalyseAsync(AppDbContext db, CancellationToken ct)
    {
        await using (db)
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
            }
        }
    }

    /// <summary>The tables in the order they are written: a row's parents come before it.</summary>
    private static BulkBatch NewBatch()
    {
        var batch = new BulkBatch();
        _ = batch.Rows<Citizen>();
        _ = batch.Rows<DepartmentPlacement>();
        _ = batch.Rows<ContactTeamMember>();
        _ = batch.Rows<Plan>();
        _ = batch.Rows<PlanMethod>();
        _ = batch.Rows<PlanPeriod>();
        _ = batch.Rows<DpuEntry>();
        _ = batch.Rows<Purpose>();
        _ = batch.Rows<PurposeRevision>();
        _ = batch.Rows<Goal>();
        _ = batch.Rows<GoalIntervention>();
        _ = batch.Rows<GoalStateChange>();
        _ = batch.Rows<Evaluation>();
        _ = batch.Rows<DiaryEntry>();
        _ = batch.Rows<DiaryEntryVersion>();
        _ = batch.Rows<SubGoalScoreMonth>();
        _ = batch.Rows<StatusMeeting>();
        _ = batch.Rows<MeetingParticipant>();
        _ = batch.Rows<StatusReport>();
        _ = batch.Rows<StatusRevision>();
        _ = batch.Rows<StatusEvent>();
        return batch;
    }

    /// <summary>The set-up rows' timestamps: a fixed time, not the clock, so two runs write the same rows.</summary>
    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
