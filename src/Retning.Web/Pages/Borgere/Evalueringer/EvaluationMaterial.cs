using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Evalueringer;

/// <summary>The figures of one sub-goal in the evaluated period.</summary>
public sealed record SubGoalMaterial(Goal SubGoal, SubGoalFigures Figures);

/// <summary>
/// What the evaluation form shows beside the fields: the period's sub-goal notes and
/// "Manglende arbejde med delmål" notes (for the qualitative part) and, per sub-goal, the
/// scores, trend, first vs latest and response rate (the quantitative part the system prepares).
/// A goal's material is that of its sub-goals.
/// </summary>
public sealed record EvaluationMaterial(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SubGoalMaterial> SubGoals,
    IReadOnlyList<DiaryEntry> Notes,
    IReadOnlyList<DiaryEntry> MissingWork,
    ScoreLabels Scores)
{
    public int? Expected => SubGoals.Any(s => s.Figures.Rate is not null) ? SubGoals.Sum(s => s.Figures.Rate?.Expected ?? 0) : null;
    public int? Scored => SubGoals.Any(s => s.Figures.Rate is not null) ? SubGoals.Sum(s => s.Figures.Rate?.Scored ?? 0) : null;

    /// <summary>Missing-work notes per reason, most frequent first.</summary>
    public IReadOnlyList<(MissingWorkReason Reason, int Count)> MissingWorkReasons =>
        [.. MissingWork.Where(n => n.MissingWorkReason is not null).GroupBy(n => n.MissingWorkReason!.Value)
            .Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2)];

    /// <summary>The prepared figures as plain Danish lines, stored with the evaluation as shown.</summary>
    public string Summary()
    {
        var lines = new List<string> { $"Periode: {From.ToDanishDate()} – {To.ToDanishDate()}" };
        foreach (var s in SubGoals)
        {
            var f = s.Figures;
            var first = f.Trend.First is { } a ? $"første {Label(f, a.Value)} ({a.On.ToDanishDate()})" : "ingen scoringer";
            var latest = f.Trend.Latest is { } b && f.Trend.Count > 1 ? $", seneste {Label(f, b.Value)} ({b.On.ToDanishDate()})" : string.Empty;
            var rate = f.Verdict?.Text ?? "ingen scoringshyppighed";
            lines.Add($"{s.SubGoal.Text}: {f.Scores.Count} scoringer, {first}{latest}. {f.TrendText}. {rate}.");
        }

        lines.Add(MissingWork.Count == 0
            ? "Manglende arbejde med delmål: ingen notater."
            : $"Manglende arbejde med delmål: {(MissingWork.Count == 1 ? "1 notat" : $"{MissingWork.Count} notater")} ({string.Join(", ", MissingWorkReasons.Select(r => $"{r.Reason.Danish().ToLowerInvariant()}: {r.Count}"))}).");
        return string.Join('\n', lines);
    }

    private static string Label(SubGoalFigures f, int value) => f.Levels.FirstOrDefault(l => l.Value == value)?.Label ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<EvaluationMaterial> LoadAsync(AppDbContext db, DiaryFigures figures, Citizen citizen, Goal goal, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var subGoals = goal.IsSubGoal
            ? [goal]
            : await db.Goals.AsNoTracking().Where(g => g.ParentGoalId == goal.Id).OrderBy(g => g.StartOn).ThenBy(g => g.Text).ToListAsync(ct);
        var material = new List<SubGoalMaterial>();
        foreach (var subGoal in subGoals)
        {
            material.Add(new SubGoalMaterial(subGoal, await figures.ForSubGoalAsync(citizen, subGoal, from, to, ct)));
        }

        var ids = subGoals.Select(s => s.Id).ToList();
        var inPeriod = db.DiaryEntries.AsNoTracking()
            .Where(e => e.CitizenId == citizen.Id && e.WrongCitizenMarkedUtc == null && e.SubGoalId != null && ids.Contains(e.SubGoalId.Value)
                        && e.ObservedOn >= from && e.ObservedOn <= to)
            .OrderByDescending(e => e.ObservedAtUtc);
        // The newest 200 sub-goal notes are plenty to write from; missing work is counted in full.
        var notes = await inPeriod.Where(e => e.Kind == DiaryKind.SubGoal).Take(200).ToListAsync(ct);
        var missing = await inPeriod.Where(e => e.MissingWorkReason != null).ToListAsync(ct);
        return new EvaluationMaterial(from, to, material, notes, missing, await ScoreLabels.ForAsync(db, notes, ct));
    }
}
