using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Domain.Diary;
using Retning.Domain.Evaluations;
using Retning.Domain.Insight;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Synthetic;
using Retning.Testing;
using Retning.Web.Services.Insight;

namespace Retning.IntegrationTests.Ledelsesinformation;

/// <summary>
/// The figures stay exact on generated data (bench/README.md, "The synthetic region"): for the whole
/// synthetic region and its last six whole months, the rows of a figure equal a brute-force count straight
/// over the tables — plain loads and loops, none of <see cref="InsightReader"/>'s queries.
/// </summary>
public sealed class InsightExactnessTests(SyntheticRegionFixture fixture) : IClassFixture<SyntheticRegionFixture>
{
    private RetningApp App => fixture.App;

    /// <summary>The last six whole months (a report period is whole months, docs/adr/0014).</summary>
    private ReportPeriod Period => new(new DateOnly(App.Today.Year, App.Today.Month, 1).AddMonths(-6), new DateOnly(App.Today.Year, App.Today.Month, 1).AddDays(-1));

    [Fact]
    public async Task Citizens_closed_goals_and_evaluations_equal_a_brute_force_count()
    {
        var (data, db) = await ReadAsync();
        await using var _ = db;
        var p = Period;
        var citizens = await db.Citizens.Where(c => data.Departments.Keys.Contains(c.DepartmentId)).ToDictionaryAsync(c => c.Id);
        bool EnrolledOn(Guid citizen, DateOnly day) => citizens[citizen].EnrolledOn <= day && (citizens[citizen].DischargedOn is null || citizens[citizen].DischargedOn >= day);

        var enrolled = citizens.Values.Where(c => c.EnrolledOn <= p.To && (c.DischargedOn is null || c.DischargedOn >= p.From)).Select(c => c.Id).ToHashSet();
        Assert.True(enrolled.Count > 10, $"Only {enrolled.Count} citizens in the period.");
        Assert.Equal(enrolled.Order(), Figures.Count(FigureKey.Citizens, data, p, App.Today).Select(r => r.SubjectId).Order());

        var goalCitizen = await db.Goals.Join(db.Plans, g => g.PlanId, pl => pl.Id, (g, pl) => new { g.Id, pl.CitizenId })
            .Where(g => citizens.Keys.Contains(g.CitizenId)).ToDictionaryAsync(g => g.Id, g => g.CitizenId);
        var closings = (await db.GoalStateChanges.Where(h => goalCitizen.Keys.Contains(h.GoalId)).ToListAsync())
            .Where(h => h.State is GoalState.Achieved or GoalState.Closed && h.FromOn >= p.From && h.FromOn <= p.To)
            .GroupBy(h => h.GoalId).Select(g => g.OrderBy(h => h.FromOn).Last())
            .Where(h => EnrolledOn(goalCitizen[h.GoalId], h.FromOn))
            .ToDictionary(h => h.GoalId, h => h.State == GoalState.Achieved);
        var closed = Figures.Count(FigureKey.GoalsClosed, data, p, App.Today);
        Assert.NotEmpty(closings);
        Assert.Equal(closings.Keys.Order(), closed.Select(r => r.SubjectId).Order());
        Assert.All(closed, r => Assert.Equal(closings[r.SubjectId], r.Success));

        var evaluations = (await db.Evaluations.Where(e => citizens.Keys.Contains(e.CitizenId)).ToListAsync())
            .Where(e => e.EvaluatedOn >= p.From && e.EvaluatedOn <= p.To && EnrolledOn(e.CitizenId, e.EvaluatedOn)).ToList();
        var decisions = Figures.Count(FigureKey.EvaluationDecisions, data, p, App.Today);
        Assert.NotEmpty(evaluations);
        Assert.Equal(evaluations.Select(e => e.Id).Order(), decisions.Select(r => r.SubjectId).Order());
        Assert.All(Enum.GetValues<EvaluationDecision>(), d =>
            Assert.Equal(evaluations.Count(e => e.Decision == d), decisions.Count(r => r.Outcome == d.Danish())));
    }

    [Fact]
    public async Task The_paired_change_in_support_need_equals_first_against_latest_score_counted_by_hand()
    {
        var (data, db) = await ReadAsync();
        await using var _ = db;
        var p = Period;
        var rows = Figures.Count(FigureKey.SupportNeedChange, data, p, App.Today);
        var subGoals = rows.Select(r => r.SubjectId).ToHashSet();
        var notes = (await db.DiaryEntries.Where(e => e.Kind == DiaryKind.SubGoal && e.SubGoalId != null && e.WrongCitizenMarkedUtc == null).ToListAsync())
            .Where(e => subGoals.Contains(e.SubGoalId!.Value) && e.ObservedOn >= p.From && e.ObservedOn <= p.To)
            .ToLookup(e => e.SubGoalId!.Value);

        Assert.True(rows.Count(r => r.InDenominator) > 5, "Too few paired sub-goals to mean anything.");
        foreach (var row in rows)
        {
            var scored = notes[row.SubjectId].Where(e => e.ScoreValue is not null).OrderBy(e => e.ObservedAtUtc).ThenBy(e => e.CreatedUtc).ToList();
            var expected = scored.Count == 0 && notes[row.SubjectId].Any() ? SupportNeedChange.OnlyNotAssessed
                : scored.Count < 2 ? SupportNeedChange.TooFewScores
                : scored[0].ScaleVersionId != scored[^1].ScaleVersionId ? SupportNeedChange.ScaleChanged
                : Math.Sign(scored[^1].ScoreValue!.Value - scored[0].ScoreValue!.Value) switch { < 0 => SupportNeedChange.Better, 0 => SupportNeedChange.Same, _ => SupportNeedChange.Worse };
            Assert.True(expected == row.Outcome, $"Sub-goal {row.SubjectId}: figure says {row.Outcome}, the notes say {expected}.");
        }
    }

    private async Task<(InsightData Data, Retning.Data.AppDbContext Db)> ReadAsync()
    {
        var db = App.CreateSystemDbContext();
        var departments = await db.Departments.Where(d => d.Offer!.RegionId == fixture.Result.RegionId).Select(d => d.Id).ToListAsync();
        var reader = new InsightReader(App.Services.GetRequiredService<DbContextOptions<Retning.Data.AppDbContext>>(), App.Clock);
        return (await reader.ReadAsync(departments, Period, CancellationToken.None), db);
    }
}
