using Microsoft.EntityFrameworkCore;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Testing;
using Retning.Web.Services.Plans;

namespace Retning.IntegrationTests.Api.Plan;

/// <summary>Citizens with plans for the plan API's tests, arranged straight in the database.</summary>
internal static class PlanApiTestData
{
    /// <summary>
    /// The <paramref name="n"/>-th enrolled Mågen citizen without a plan, given a plan on the FFB template (whose themes have
    /// built-in FFB codes) with an assessment of its first theme. Returns the citizen and the theme's key.
    /// </summary>
    public static async Task<(Guid Citizen, string ThemeKey)> FfbPlanCitizenAsync(this RetningApp app, int n)
    {
        await using var db = app.CreateSystemDbContext();
        var citizen = (await db.Citizens.Include(c => c.Department)
            .Where(c => c.Department!.Name == DemoUsers.Maagen && c.DischargedOn == null && !db.Plans.Any(p => p.CitizenId == c.Id))
            .OrderBy(c => c.FirstName).ThenBy(c => c.Id).ToListAsync())[n];
        var plan = await new PlanService(db).CreateAsync(citizen, app.Today, TemplateKind.Ffb, CancellationToken.None);
        var theme = plan.TemplateVersion!.Themes.OrderBy(t => t.Order).First();
        plan.Assessments.Add(new ThemeAssessment { PlanId = plan.Id, ThemeKey = theme.Key, Resources = "Kan lave mad med guidning", Challenges = "Glemmer aftaler" });
        plan.CitizenPerspective = "Vil gerne bo selv";
        await db.SaveChangesAsync();
        return (citizen.Id, theme.Key);
    }

    /// <summary>The n-th enrolled Mågen citizen that has no plan (and gets none here).</summary>
    public static async Task<Guid> CitizenWithoutPlanAsync(this RetningApp app, int n)
    {
        await using var db = app.CreateSystemDbContext();
        return (await db.Citizens.Where(c => c.Department!.Name == DemoUsers.Maagen && c.DischargedOn == null && !db.Plans.Any(p => p.CitizenId == c.Id))
            .OrderByDescending(c => c.FirstName).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync())[n];
    }

    /// <summary>A new wording of a purpose, as the purposes page's revision adds it.</summary>
    public static async Task RevisePurposeAsync(this RetningApp app, Guid purposeId, string text, DateOnly receivedOn)
    {
        await using var db = app.CreateSystemDbContext();
        db.PurposeRevisions.Add(new PurposeRevision
        {
            PurposeId = purposeId, Text = text, ReceivedOn = receivedOn, Source = PurposeSource.ActionPlan141,
            EnteredByName = "Test", EnteredUtc = app.Clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>An evaluation made on <paramref name="on"/> (evaluations are never changed once written, so the day is set here).</summary>
    public static async Task<Guid> AddEvaluationOnAsync(this RetningApp app, Guid citizenId, Guid goalId, DateOnly on,
        EvaluationDecision decision = EvaluationDecision.Continue)
    {
        await using var db = app.CreateSystemDbContext();
        var evaluation = new Evaluation
        {
            CitizenId = citizenId, GoalId = goalId, EvaluatedOn = on, PeriodFrom = on.AddMonths(-3), PeriodTo = on,
            Participants = "Teammødet", CitizenInvolvement = "Samtale med borgeren", Qualitative = "Det går fremad",
            Decision = decision, NextEvaluationOn = decision.Closes() ? null : on.AddMonths(3), AuthorId = Guid.NewGuid(), AuthorName = "Test Forfatter",
        };
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync();
        return evaluation.Id;
    }

    public static async Task<int> PlanVersionAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Plans.Where(p => p.CitizenId == citizenId).Select(p => p.Version).SingleAsync();
    }
}
