using Retning.Domain.Evaluations;
using Retning.Testing;

namespace Retning.IntegrationTests.Evalueringer;

/// <summary>Arranging evaluations straight in the database.</summary>
internal static class EvaluationTestData
{
    public static async Task<Guid> AddEvaluationAsync(this RetningApp app, Guid citizenId, Guid goalId, EvaluationDecision decision = EvaluationDecision.Continue)
    {
        await using var db = app.CreateSystemDbContext();
        var today = app.Today;
        var evaluation = new Evaluation
        {
            CitizenId = citizenId, GoalId = goalId, EvaluatedOn = today, PeriodFrom = today.AddMonths(-3), PeriodTo = today,
            Participants = "Teammødet", CitizenInvolvement = "Samtale med borgeren", Qualitative = "Det går fremad",
            Decision = decision, NextEvaluationOn = decision.Closes() ? null : today.AddMonths(3), AuthorId = Guid.NewGuid(), AuthorName = "Test Forfatter",
        };
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync();
        return evaluation.Id;
    }
}
