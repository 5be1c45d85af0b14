using Retning.Domain.Deadlines;
using Retning.Domain.Organisation;
using Retning.Domain.Quality;

namespace Retning.Web.Services.Quality;

/// <summary>
/// The monitoring rounds' tasks (docs/domain.md, "Quality monitoring"): for a round's reviewers, the round in progress
/// as its due date nears (<see cref="WarnDays"/> days ahead, overdue after); for the offer heads and the quality
/// officer, the offers whose three-year deadline is near or passed (<see cref="MonitoringCycle.StateOn"/>).
/// </summary>
public sealed class RoundTasks(AppDbContext db) : IQualityTaskSource
{
    /// <summary>Days ahead of its due date a round in progress shows on its reviewers' lists.</summary>
    public const int WarnDays = 30;

    public async Task<IReadOnlyList<QualityTask>> ForAsync(Guid userId, DateOnly today, CancellationToken ct)
    {
        var tasks = new List<QualityTask>();
        var rounds = await db.MonitoringRounds.AsNoTracking()
            .Where(r => r.CompletedOn == null && r.SampledUtc != null && (r.ReviewerUserId == userId || r.SecondReviewerUserId == userId))
            .Select(r => new { r.Id, r.Title, r.DueOn }).ToListAsync(ct);
        foreach (var round in rounds)
        {
            var state = Deadlines.StateOn(round.DueOn, today, WarnDays);
            if (state is DeadlineState.Due or DeadlineState.Overdue)
            {
                tasks.Add(new QualityTask("Kvalitetsovervågning", $"Gennemgå stikprøven i \"{round.Title}\"", round.DueOn, state, Routes.Quality.Round(round.Id)));
            }
        }

        // The offers the user answers for in the rhythm: an offer head's offers, a quality officer's departments' offers.
        var offerIds = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && (m.Role == StaffRole.OfferHead || m.Role == StaffRole.QualityOfficer))
            .Select(m => m.Department!.OfferId).Distinct().ToListAsync(ct);
        if (offerIds.Count > 0)
        {
            foreach (var cycle in (await OfferCycles.ForAsync(db, offerIds, today, ct)).Where(c => c.NeedsRound))
            {
                tasks.Add(new QualityTask("Kvalitetsovervågning", $"{cycle.OfferName}: kvalitetsovervågning (mindst hvert tredje år)", cycle.DueOn, cycle.State, Routes.Quality.Start));
            }
        }

        return tasks;
    }
}
