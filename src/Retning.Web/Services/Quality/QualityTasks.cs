using Retning.Domain.Deadlines;

namespace Retning.Web.Services.Quality;

/// <summary>
/// A task of the quality work (standard 1.3 steps 1, 3 and 4; docs/domain.md, "Quality monitoring"): a guideline to
/// revise or approve, a monitoring round due, an improvement action to carry out. Unlike the citizens' deadlines these
/// hold no citizen data: a kind, a title, a date, its state and where the work is done.
/// </summary>
public sealed record QualityTask(string Kind, string Title, DateOnly DueOn, DeadlineState State, string Href)
{
    public bool IsOverdue => State == DeadlineState.Overdue;
}

/// <summary>One source of quality tasks (guidelines, rounds, improvement actions); each is registered as one of many.</summary>
public interface IQualityTaskSource
{
    Task<IReadOnlyList<QualityTask>> ForAsync(Guid userId, DateOnly today, CancellationToken ct);
}

/// <summary>A user's quality tasks from every source, soonest first: the section "Kvalitetsarbejde" of "Mine opgaver".</summary>
public sealed class QualityTasks(IEnumerable<IQualityTaskSource> sources)
{
    /// <summary>
    /// Every source on one context: per request for "Mine opgaver", and on the daily reminder's own context (the
    /// sources read no citizen data, so the job's unrestricted context shows nothing more).
    /// </summary>
    public static QualityTasks On(AppDbContext db) => new([new GuidelineTasks(db), new RoundTasks(db), new ImprovementTasks(db)]);

    public async Task<IReadOnlyList<QualityTask>> ForAsync(Guid userId, DateOnly today, CancellationToken ct)
    {
        var all = new List<QualityTask>();
        foreach (var source in sources)
        {
            all.AddRange(await source.ForAsync(userId, today, ct));
        }

        return [.. all.OrderBy(t => t.DueOn).ThenBy(t => t.Title, StringComparer.Ordinal)];
    }
}
