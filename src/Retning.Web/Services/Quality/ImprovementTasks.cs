using Retning.Documents.Quality;
using Retning.Domain.Deadlines;
using Retning.Domain.Quality;

namespace Retning.Web.Services.Quality;

/// <summary>
/// The improvement actions a user owns that ask something of them (indicator 9; docs/domain.md, "Quality
/// monitoring"): an action not done, with its deadline's state (<see cref="ImprovementText.DueState"/>), and a done
/// action whose effect is still to be judged against its figure — due from the day it was done.
/// </summary>
public sealed class ImprovementTasks(AppDbContext db) : IQualityTaskSource
{
    public const string Kind = "Forbedringstiltag";

    public async Task<IReadOnlyList<QualityTask>> ForAsync(Guid userId, DateOnly today, CancellationToken ct)
    {
        var open = new[] { ImprovementActionStatus.Planned, ImprovementActionStatus.InProgress, ImprovementActionStatus.Done };
        var actions = await db.ImprovementActions.AsNoTracking().Where(a => a.OwnerUserId == userId && open.Contains(a.Status))
            .Select(a => new { a.Id, a.RoundId, a.Title, a.Status, a.DueOn, a.DoneOn }).ToListAsync(ct);
        return [.. actions.Select(a => a.Status == ImprovementActionStatus.Done
            ? new QualityTask(Kind, $"Vurdér virkningen: {a.Title}", a.DoneOn ?? a.DueOn, DeadlineState.Due, Routes.Quality.Action(a.RoundId, a.Id))
            : new QualityTask(Kind, $"Gennemfør: {a.Title}", a.DueOn, ImprovementText.DueState(a.Status, a.DueOn, today), Routes.Quality.Action(a.RoundId, a.Id)))];
    }
}
