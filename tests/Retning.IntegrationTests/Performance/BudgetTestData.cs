using Microsoft.EntityFrameworkCore;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Performance;

/// <summary>The demo organisation with its demo plans (Demo:Plans=true): the data the budgets are measured on.</summary>
public sealed class BudgetFixture : AppFixture
{
    protected override IDictionary<string, string?> Settings => QuietSettings(new Dictionary<string, string?> { ["Demo:Plans"] = "true" });
}

/// <summary>Arranging the plans the query budgets are measured on, through the system DbContext.</summary>
internal static class BudgetTestData
{
    /// <summary>
    /// A Mågen demo citizen whose demo plan has goals (the demo gives every goal a purpose; the goals these tests add
    /// have none, so this stays the same citizen whatever ran before), and the first of its active scored sub-goals.
    /// </summary>
    public static async Task<(Guid Citizen, Guid SubGoal)> DemoCitizenWithPlanAsync(this RetningApp app)
    {
        await using var db = app.CreateSystemDbContext();
        var citizen = await db.Citizens.Where(c => c.IsDemo && c.Department!.Name == DemoUsers.Maagen && c.DischargedOn == null
                                                   && db.Plans.Any(p => p.CitizenId == c.Id && p.Goals.Any(g => g.PurposeId != null)))
            .OrderBy(c => c.FirstName).ThenBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var subGoal = await db.Goals.Where(g => g.ParentGoalId != null && g.State == GoalState.Active && g.IndicatorScaleId != null
                                                && db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == citizen))
            .OrderBy(g => g.Text).ThenBy(g => g.Id).Select(g => g.Id).FirstAsync();
        return (citizen, subGoal);
    }

    /// <summary>
    /// The bench's full plan (bench/Retning.Bench/Program.cs) on a Mågen demo citizen without goals: an assessment in
    /// every theme, 30 goals with one intervention each and 2 daily-scored sub-goals each, begun half a year ago.
    /// </summary>
    public static async Task<Guid> ThirtyGoalPlanAsync(this RetningApp app, int n)
    {
        Guid citizenId;
        await using (var db = app.CreateSystemDbContext())
        {
            citizenId = (await db.Citizens.Where(c => c.IsDemo && c.Department!.Name == DemoUsers.Maagen && c.DischargedOn == null
                                                      && !db.Plans.Any(p => p.CitizenId == c.Id && p.Goals.Any()))
                .OrderBy(c => c.FirstName).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync())[n];
        }

        var planId = await app.EnsurePlanAsync(citizenId);
        await using (var db = app.CreateSystemDbContext())
        {
            var plan = await db.Plans.Include(p => p.TemplateVersion).SingleAsync(p => p.Id == planId);
            var offerId = await db.Citizens.Where(c => c.Id == citizenId).Select(c => c.Department!.OfferId).SingleAsync();
            var scale = await db.IndicatorScales.FirstAsync(s => s.OfferId == offerId && s.IsDefault);
            var assessed = await db.ThemeAssessments.Where(a => a.PlanId == planId).Select(a => a.ThemeKey).ToListAsync();
            var themes = plan.TemplateVersion!.Themes;
            foreach (var theme in themes.Where(t => !assessed.Contains(t.Key)))
            {
                db.ThemeAssessments.Add(new ThemeAssessment { PlanId = planId, ThemeKey = theme.Key, Resources = "Ressourcer " + theme.Name, Challenges = "Udfordringer", SupportNeed = "Støttebehov" });
            }

            var begun = app.Today.AddDays(-180);
            for (var g = 0; g < 30; g++)
            {
                var theme = themes[g % themes.Count].Key;
                var goal = new Goal { PlanId = planId, ThemeKey = theme, Text = $"At barnet smører madpakke {g} dage om ugen", StartOn = begun, EndOn = begun.AddMonths(6), NextEvaluationOn = begun.AddMonths(3) };
                goal.Interventions.Add(new GoalIntervention { GoalId = goal.Id, What = "Guidning ved køkkenbordet", HowOften = "Dagligt", Who = "Kontaktperson" });
                db.Goals.Add(goal);
                for (var s = 0; s < 2; s++)
                {
                    db.Goals.Add(new Goal { PlanId = planId, ParentGoalId = goal.Id, ThemeKey = theme, Text = $"At barnet finder pålæg frem {s}", StartOn = begun, EndOn = begun.AddMonths(3),
                        IndicatorScaleId = scale.Id, ScoringFrequency = ScoringFrequency.Daily });
                }
            }

            await db.SaveChangesAsync();
        }

        return citizenId;
    }

    /// <summary>A Mågen demo citizen without goals (the n-th), given one goal with one daily-scored sub-goal.</summary>
    public static async Task<(Guid Citizen, Guid SubGoal)> CitizenWithSubGoalAsync(this RetningApp app, int n)
    {
        Guid citizenId;
        await using (var db = app.CreateSystemDbContext())
        {
            citizenId = (await db.Citizens.Where(c => c.IsDemo && c.Department!.Name == DemoUsers.Maagen && c.DischargedOn == null
                                                      && !db.Plans.Any(p => p.CitizenId == c.Id && p.Goals.Any()))
                .OrderBy(c => c.FirstName).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync())[n];
        }

        var goal = await app.AddGoalAsync(citizenId, "At borgeren smører sin madpakke tre dage om ugen");
        var subGoal = await app.AddGoalAsync(citizenId, "At borgeren finder pålægget frem om morgenen", goal.Id, g => g.ScoringFrequency = ScoringFrequency.Daily);
        return (citizenId, subGoal.Id);
    }
}
