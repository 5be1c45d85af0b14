using Retning.Domain.Deadlines;
using Retning.Domain.Quality;

namespace Retning.Web.Services.Quality;

/// <summary>
/// The guideline owner's tasks (standard 1.3 step 1; docs/domain.md, "Quality monitoring"): a revision due within
/// <see cref="GuidelineRules.RevisionWarnDays"/> days or overdue, and a draft version waiting to be approved.
/// </summary>
public sealed class GuidelineTasks(AppDbContext db) : IQualityTaskSource
{
    public const string Kind = "Retningslinje";

    public async Task<IReadOnlyList<QualityTask>> ForAsync(Guid userId, DateOnly today, CancellationToken ct)
    {
        var owned = await db.Guidelines.AsNoTracking()
            .Where(g => g.OwnerUserId == userId)
            .Select(g => new
            {
                g.Id, g.Title, g.RevisionDueOn,
                Drafts = g.Versions.Where(v => v.ApprovedOn == null).Select(v => new { v.Id, v.Number, v.CreatedUtc }).ToList(),
            })
            .ToListAsync(ct);

        var tasks = new List<QualityTask>();
        foreach (var g in owned)
        {
            if (g.RevisionDueOn is { } due && GuidelineRules.RevisionStateOn(due, today) is var state && state != DeadlineState.Upcoming)
            {
                tasks.Add(new QualityTask(Kind, $"Revidér {g.Title}", due, state, Routes.Guidelines.Guideline(g.Id)));
            }

            // A draft waits for its approval from the day it was written.
            tasks.AddRange(g.Drafts.Select(d => new QualityTask(Kind, $"Godkend udkast: {g.Title} (version {d.Number})",
                DateOnly.FromDateTime(DanishTime.ToLocal(d.CreatedUtc)), DeadlineState.Due, Routes.Guidelines.Version(g.Id, d.Id))));
        }

        return tasks;
    }
}
