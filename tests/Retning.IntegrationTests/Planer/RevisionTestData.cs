using Retning.Domain.Plans;
using Retning.IntegrationTests.Maal;
using Retning.Testing;

namespace Retning.IntegrationTests.Planer;

/// <summary>Arranging requests to revise the plan straight in the database.</summary>
internal static class RevisionTestData
{
    /// <summary>An open request on the citizen's plan (made when missing), as a goal evaluation would raise it.</summary>
    public static async Task<Guid> AddPlanRevisionAsync(this RetningApp app, Guid citizenId, string text = "Målet om skolegang skal omformuleres")
    {
        var planId = await app.EnsurePlanAsync(citizenId);
        await using var db = app.CreateSystemDbContext();
        var request = new PlanRevisionRequest
        {
            CitizenId = citizenId, PlanId = planId, Source = PlanRevisionSource.GoalEvaluation, SourceId = Guid.NewGuid(), RaisedOn = app.Today, Text = text,
        };
        db.PlanRevisionRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }
}
