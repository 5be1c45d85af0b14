using Microsoft.EntityFrameworkCore;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Testing;
using Retning.Web.Services.Plans;

namespace Retning.IntegrationTests.Maal;

/// <summary>Arranging plans, purposes and goals for the goal pages through the system DbContext.</summary>
internal static class GoalTestData
{
    /// <summary>The citizen's plan (made with PlanService, as the plan page makes it) — created when missing.</summary>
    public static async Task<Guid> EnsurePlanAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        var existing = await db.Plans.Where(p => p.CitizenId == citizenId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        if (existing is { } planId)
        {
            return planId;
        }

        var citizen = await db.Citizens.Include(c => c.Department).SingleAsync(c => c.Id == citizenId);
        var plan = await new PlanService(db).CreateAsync(citizen, app.Today, kind: null, CancellationToken.None);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    public static async Task<Guid> AddPurposeAsync(this RetningApp app, Guid citizenId, string title = "Styre egen økonomi")
    {
        await using var db = app.CreateSystemDbContext();
        var purpose = new Purpose { CitizenId = citizenId, Title = title };
        purpose.Revisions.Add(new PurposeRevision
        {
            PurposeId = purpose.Id, Text = "At borgerens kompetencer i at styre egen økonomi styrkes", ReceivedOn = app.Today.AddDays(-30),
            Source = PurposeSource.ActionPlan140, EnteredByName = "Test", EnteredUtc = app.Clock.GetUtcNow().UtcDateTime,
        });
        db.Purposes.Add(purpose);
        await db.SaveChangesAsync();
        return purpose.Id;
    }

    /// <summary>A goal (or, with a parent, a sub-goal on the offer's default scale, scored weekly) straight in the database.</summary>
    public static async Task<Goal> AddGoalAsync(this RetningApp app, Guid citizenId, string text, Guid? parentId = null, Action<Goal>? configure = null)
    {
        var planId = await app.EnsurePlanAsync(citizenId);
        await using var db = app.CreateSystemDbContext();
        var plan = await db.Plans.Include(p => p.TemplateVersion).SingleAsync(p => p.Id == planId);
        var offerId = await db.Citizens.Where(c => c.Id == citizenId).Select(c => c.Department!.OfferId).SingleAsync();
        var today = app.Today;
        var goal = new Goal
        {
            PlanId = planId,
            ParentGoalId = parentId,
            ThemeKey = plan.TemplateVersion!.Themes.OrderBy(t => t.Order).First().Key,
            Text = text,
            StartOn = today,
            EndOn = today.AddMonths(6),
            EvaluationIntervalMonths = 3,
            NextEvaluationOn = today.AddMonths(3),
        };
        if (parentId is not null)
        {
            goal.IndicatorScaleId = await db.IndicatorScales.Where(s => s.OfferId == offerId && s.IsDefault).Select(s => s.Id).SingleAsync();
            goal.ScoringFrequency = ScoringFrequency.Weekly;
        }

        configure?.Invoke(goal);
        db.Goals.Add(goal);
        await db.SaveChangesAsync();
        return goal;
    }

    public static async Task<Goal?> FindGoalAsync(this RetningApp app, Guid goalId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Goals.AsNoTracking().Include(g => g.Interventions).Include(g => g.Collaborators).AsSplitQuery().SingleOrDefaultAsync(g => g.Id == goalId);
    }

    public static async Task<List<Goal>> GoalsOfAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Goals.AsNoTracking().Where(g => db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == citizenId)).ToListAsync();
    }

    public static async Task SetRulesAsync(this RetningApp app, Guid citizenId, int? maxGoals, int? maxSubGoals)
    {
        await using var db = app.CreateSystemDbContext();
        var offerId = await db.Citizens.Where(c => c.Id == citizenId).Select(c => c.Department!.OfferId).SingleAsync();
        var rules = await db.OfferPlanRules.SingleAsync(r => r.OfferId == offerId);
        rules.MaxGoals = maxGoals;
        rules.MaxSubGoalsPerGoal = maxSubGoals;
        await db.SaveChangesAsync();
    }

    /// <summary>The n-th enrolled citizen of a department (each test takes its own, so plans and goals do not mix).</summary>
    public static async Task<Citizen> NthCitizenAsync(this RetningApp app, string department, int n, string? inContactTeam = null, string? notInContactTeam = null)
    {
        var citizens = await app.CitizensInAsync(department);
        Guid? member = inContactTeam is null ? null : await app.UserIdAsync(inContactTeam);
        Guid? nonMember = notInContactTeam is null ? null : await app.UserIdAsync(notInContactTeam);
        var matching = citizens.Where(c => c.DischargedOn is null
                                          && (member is null || c.ContactTeam.Any(m => m.UserId == member))
                                          && (nonMember is null || c.ContactTeam.All(m => m.UserId != nonMember))).ToList();
        return matching.Count > n ? matching[n] : throw new InvalidOperationException($"The demo data has fewer than {n + 1} matching citizens in {department}.");
    }

    /// <summary>
    /// Posts the fields of a page's form to one of the page's handlers (as a button with
    /// formaction or smort.js does), with overrides (a null value removes the field).
    /// </summary>
    public static Task<HttpResponseMessage> PostToHandlerAsync(this BrowserlessClient client, HtmlPage page, string handler, string selector,
        IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var fields = page.FormFields(selector);
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            var at = fields.FindIndex(f => f.Key == name);
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Insert(at < 0 ? fields.Count : at, new(name, value));
            }
        }

        var parts = page.Url.Split('?', 2);
        return client.PostRawAsync($"{parts[0]}?handler={handler}{(parts.Length > 1 ? "&" + parts[1] : string.Empty)}", fields);
    }

    /// <summary>The antiforgery token of the signed-in user, from the layout's log-out form (for posts to pages the user may not open).</summary>
    public static async Task<string> TokenAsync(this BrowserlessClient client, string url = "/konto")
    {
        var page = await client.GetPageAsync(url);
        return page.Document.QuerySelector("form.app-logout input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
    }
}
