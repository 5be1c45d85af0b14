using System.Text.Json;
using Retning.Documents.Plans;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan.Perioder;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>
/// Closing a plan period: the live plan as a <see cref="PlanDocument"/> frozen as JSON on the
/// open period, and the next period opened, in the caller's one SaveChanges. A closed period is
/// never changed again (the DbContext refuses it).
/// </summary>
public static class PlanPeriods
{
    /// <summary>What a closing attempt came to; <see cref="Error"/> is a Danish message when it was refused.</summary>
    public sealed record Outcome(PlanPeriod? Closed, PlanPeriod Next, string? Error)
    {
        public bool Refused => Error is not null;
    }

    /// <summary>The snapshot of a closed period read back as the document it was frozen from.</summary>
    public static PlanDocument? ReadSnapshot(PlanPeriod period) =>
        period.SnapshotJson is { Length: > 0 } json ? JsonSerializer.Deserialize<PlanDocument>(json) : null;

    /// <summary>The plan's periods, newest first.</summary>
    public static Task<List<PlanPeriod>> ListAsync(AppDbContext db, Guid planId, CancellationToken ct) =>
        db.PlanPeriods.AsNoTracking().Where(p => p.PlanId == planId).OrderByDescending(p => p.Number).ToListAsync(ct);

    /// <summary>
    /// Closes the plan's open period on <paramref name="today"/> and opens the next one (changes
    /// are tracked, not saved). A period that started today cannot close today. A plan without an
    /// open period (it should always have one) gets one opened instead, and nothing is closed.
    /// </summary>
    public static async Task<Outcome> CloseAsync(AppDbContext db, Citizen citizen, Plan plan, string closedByName, DateTime nowUtc, DateOnly today, CancellationToken ct)
    {
        var periods = await db.PlanPeriods.Where(p => p.PlanId == plan.Id).OrderBy(p => p.Number).ToListAsync(ct);
        var open = periods.LastOrDefault(p => p.IsOpen);
        if (open is null)
        {
            return new Outcome(null, Open(db, plan, periods, today), null);
        }

        if (open.StartedOn >= today)
        {
            return new Outcome(null, open,
                $"Periode {open.Number} er startet {open.StartedOn.ToDanishDate()} og kan ikke lukkes samme dag. Luk den tidligst i morgen.");
        }

        var document = await PlanDocumentLoader.BuildAsync(db, citizen, plan, nowUtc, ct);
        open.SnapshotJson = JsonSerializer.Serialize(document);
        open.ClosedOn = today;
        open.ClosedByName = closedByName;
        open.ClosedUtc = nowUtc;
        return new Outcome(open, Open(db, plan, periods, today), null);
    }

    private static PlanPeriod Open(AppDbContext db, Plan plan, List<PlanPeriod> periods, DateOnly today)
    {
        var next = new PlanPeriod { PlanId = plan.Id, Number = periods.Count == 0 ? 1 : periods.Max(p => p.Number) + 1, StartedOn = today };
        db.PlanPeriods.Add(next);
        return next;
    }
}
