using Microsoft.EntityFrameworkCore;
using Retning.Domain.Evaluations;
using Retning.Domain.Insight;
using Retning.Domain.Plans;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Maal;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>A round with one sampled plan, made in the database (the round pages are built elsewhere).</summary>
public sealed record SampledPlan(Guid RoundId, Guid SampleId, Guid CitizenId)
{
    public string ReviewUrl => $"/kvalitet/{RoundId}/gennemgang/{SampleId}";
    public string InterviewUrl => $"/kvalitet/{RoundId}/samtale/{SampleId}";
}

public static class ReviewTestData
{
    /// <summary>A round over the citizen's department, its period the half year up to today, with the citizen's plan sampled.</summary>
    public static async Task<SampledPlan> SampledPlanAsync(this RetningApp app, Guid citizenId, string reviewer = DemoUsers.Kvalitet,
        string? secondReviewer = null, bool doubleRated = false, string title = "Kvalitetsrunde")
    {
        var planId = await app.EnsurePlanAsync(citizenId);
        var reviewerId = await app.UserIdAsync(reviewer);
        Guid? secondId = secondReviewer is null ? null : await app.UserIdAsync(secondReviewer);
        await using var db = app.CreateSystemDbContext();
        var department = await db.Departments.Where(d => db.Citizens.Any(c => c.Id == citizenId && c.DepartmentId == d.Id))
            .Select(d => new { d.Id, d.Offer!.RegionId }).SingleAsync();
        var round = new MonitoringRound
        {
            RegionId = department.RegionId, Title = title, PeriodFrom = app.Today.AddMonths(-6), PeriodTo = app.Today, DueOn = app.Today.AddMonths(1),
            CreatedByUserId = reviewerId, CreatedUtc = app.Clock.GetUtcNow().UtcDateTime, ReviewerUserId = reviewerId, SecondReviewerUserId = secondId,
            SampleSize = 1, SecondSampleSize = doubleRated ? 1 : null, Seed = 7, SampledUtc = app.Clock.GetUtcNow().UtcDateTime,
            Departments = [new RoundDepartment { DepartmentId = department.Id }],
        };
        var sample = new RoundSample { RoundId = round.Id, CitizenId = citizenId, PlanId = planId, DepartmentId = department.Id, Position = 1, DoubleRated = doubleRated };
        db.MonitoringRounds.Add(round);
        db.RoundSamples.Add(sample);
        await db.SaveChangesAsync();
        return new SampledPlan(round.Id, sample.Id, citizenId);
    }

    /// <summary>
    /// A goal with an intervention and a collaborator, a sub-goal scored 2 in the period's first scored month and 4 in its
    /// last, an evaluation in the period and one before it.
    /// </summary>
    public static async Task<(Goal Goal, Goal SubGoal, Guid EvaluationInPeriod)> GoalWithRecordAsync(this RetningApp app, Guid citizenId, string text)
    {
        var goal = await app.AddGoalAsync(citizenId, text);
        var subGoal = await app.AddGoalAsync(citizenId, "Delmål: " + text, goal.Id);
        await using var db = app.CreateSystemDbContext();
        db.GoalInterventions.Add(new GoalIntervention { GoalId = goal.Id, What = "Træning i køkkenet med kontaktpersonen", HowOften = "to gange om ugen", Who = "Kontaktpersonen" });
        db.GoalCollaborators.Add(new GoalCollaborator { GoalId = goal.Id, Kind = CollaboratorKind.Physiotherapist, Name = "Fysioterapeut Hansen", HowTheyTakePart = "Vejleder i greb" });
        var inPeriod = NewEvaluation(citizenId, goal.Id, app.Today.AddMonths(-1), app.Clock.GetUtcNow().UtcDateTime);
        db.Evaluations.Add(inPeriod);
        db.Evaluations.Add(NewEvaluation(citizenId, goal.Id, app.Today.AddMonths(-9), app.Clock.GetUtcNow().UtcDateTime));
        db.SubGoalScoreMonths.Add(new SubGoalScoreMonth { SubGoalId = subGoal.Id, CitizenId = citizenId, Month = SubGoalScoreMonth.MonthOf(app.Today.AddMonths(-4)), ScoredNotes = 3, FirstScore = 2, LatestScore = 3 });
        db.SubGoalScoreMonths.Add(new SubGoalScoreMonth { SubGoalId = subGoal.Id, CitizenId = citizenId, Month = SubGoalScoreMonth.MonthOf(app.Today), ScoredNotes = 2, FirstScore = 3, LatestScore = 4 });
        await db.SaveChangesAsync();
        return (goal, subGoal, inPeriod.Id);
    }

    private static Evaluation NewEvaluation(Guid citizenId, Guid goalId, DateOnly on, DateTime nowUtc) => new()
    {
        CitizenId = citizenId, GoalId = goalId, EvaluatedOn = on, PeriodFrom = on.AddMonths(-3), PeriodTo = on,
        Participants = "Kontaktteamet", CitizenInvolvement = "Borgeren deltog", Qualitative = "Det går fremad.",
        Decision = EvaluationDecision.Continue, NextEvaluationOn = on.AddMonths(3), AuthorName = "Test", AuthorId = Guid.Empty,
        CreatedUtc = nowUtc, UpdatedUtc = nowUtc,
    };

    public static async Task<List<PlanReview>> ReviewsAsync(this RetningApp app, Guid sampleId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.PlanReviews.AsNoTracking().Where(r => r.SampleId == sampleId).OrderBy(r => r.Role).ToListAsync();
    }
}
