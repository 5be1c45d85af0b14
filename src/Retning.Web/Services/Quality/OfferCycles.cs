using Retning.Domain.Deadlines;
using Retning.Domain.Quality;

namespace Retning.Web.Services.Quality;

/// <summary>An offer's place in the three-year rhythm: its last completed round, when the next is due and how that stands today.</summary>
public sealed record OfferCycle(Guid OfferId, string OfferName, DateOnly? LastCompletedOn, Guid? LastRoundId, DateOnly CountingFrom, DateOnly DueOn, DeadlineState State)
{
    public bool NeedsRound => State is DeadlineState.Due or DeadlineState.Overdue;
}

/// <summary>
/// The three-year rule per offer (<see cref="MonitoringCycle"/>; docs/domain.md, "Quality monitoring"). A completed
/// round counts for every offer with a department in its scope. Before the first round the offer counts from when it
/// was registered in Retning: the offer has no date of its own, so the first version of its plan templates (made with
/// the offer, Admin/Tilbud/Ny) stands for it.
/// </summary>
public static class OfferCycles
{
    public static async Task<IReadOnlyList<OfferCycle>> ForAsync(AppDbContext db, IReadOnlyCollection<Guid> offerIds, DateOnly today, CancellationToken ct)
    {
        var ids = offerIds.ToArray();
        var offers = await db.Offers.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var registered = await (from v in db.TemplateVersions.AsNoTracking()
                                join t in db.PlanTemplates.AsNoTracking() on v.TemplateId equals t.Id
                                where ids.Contains(t.OfferId)
                                group v.CreatedUtc by t.OfferId into g
                                select new { OfferId = g.Key, First = g.Min() }).ToListAsync(ct);
        var completed = await (from rd in db.RoundDepartments.AsNoTracking()
                               join r in db.MonitoringRounds.AsNoTracking() on rd.RoundId equals r.Id
                               join d in db.Departments.AsNoTracking() on rd.DepartmentId equals d.Id
                               where ids.Contains(d.OfferId) && r.CompletedOn != null
                               select new { d.OfferId, r.Id, r.CompletedOn }).ToListAsync(ct);

        return [.. offers.Select(o =>
        {
            var last = completed.Where(c => c.OfferId == o.Id).OrderByDescending(c => c.CompletedOn).FirstOrDefault();
            var from = registered.FirstOrDefault(r => r.OfferId == o.Id) is { } r ? DateOnly.FromDateTime(DanishTime.ToLocal(r.First)) : today;
            var due = MonitoringCycle.DueOn(last?.CompletedOn, from);
            return new OfferCycle(o.Id, o.Name, last?.CompletedOn, last?.Id, from, due, MonitoringCycle.StateOn(due, today));
        }).OrderBy(c => c.DueOn).ThenBy(c => c.OfferName, StringComparer.Create(ServiceRegistration.Danish, false))];
    }
}
