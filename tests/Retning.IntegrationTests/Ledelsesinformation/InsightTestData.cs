using Microsoft.EntityFrameworkCore;
using Retning.Domain.Citizens;
using Retning.Domain.Evaluations;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Maal;
using Retning.Testing;

namespace Retning.IntegrationTests.Ledelsesinformation;

/// <summary>
/// A hand-made department "Spurven" of Solsikken (led by the offer head Lars only) whose figures for
/// 01-01-2026 to 28-02-2026 are counted by hand in <see cref="InsightFiguresTests"/>:
/// <list type="bullet">
/// <item>Ida, enrolled 2025: purpose received 2025; plan with perspective and participation; goal G1 from
///   01-10-2025 evaluated 20-12-2025 (next 15-02-2026) and 20-02-2026 — dues 01-01 (on time) and 15-02 (late);
///   sub-goals from 01-01-2026: S1 scored 3, 2, 1 (develop: better), S2 scored once (too few).</item>
/// <item>Jens, enrolled 15-01-2026: plan without his perspective; goal G2 from 20-01-2026 achieved 25-02-2026.</item>
/// <item>Karl, enrolled 2024 in Mågen, moved to Spurven 01-02-2026: plan with perspective but no participation;
///   goal G3 from 01-12-2025 closed not achieved 20-01-2026 — while he lived in Mågen.</item>
/// <item>Lise, discharged 31-12-2025: in no figure of the period.</item>
/// </list>
/// </summary>
internal sealed record Spurven(Guid DepartmentId, Guid Maagen, Guid Ida, Guid Jens, Guid Karl, Guid G1, Guid G2, Guid G3, Guid S1)
{
    public static readonly DateOnly From = new(2026, 1, 1);
    public static readonly DateOnly To = new(2026, 2, 28);

    public string View => $"periode=valgfri&fra={From:yyyy-MM-dd}&til={To:yyyy-MM-dd}&afdeling={DepartmentId}";

    public static async Task<Spurven> ArrangeAsync(RetningApp app)
    {
        var maagen = await app.DepartmentIdAsync(DemoUsers.Maagen);
        Guid department;
        await using (var db = app.CreateSystemDbContext())
        {
            var offerId = await db.Departments.Where(d => d.Id == maagen).Select(d => d.OfferId).SingleAsync();
            var spurven = new Department { OfferId = offerId, Name = "Spurven" };
            db.Departments.Add(spurven);
            db.Memberships.Add(new DepartmentMembership { UserId = await app.UserIdAsync(DemoUsers.Camilla), DepartmentId = spurven.Id, Role = StaffRole.CareWorker });
            await db.SaveChangesAsync();
            department = spurven.Id;
        }

        var ida = await AddCitizenAsync(app, "Ida", department, [(department, new DateOnly(2025, 3, 1), null)]);
        var jens = await AddCitizenAsync(app, "Jens", department, [(department, new DateOnly(2026, 1, 15), null)]);
        var karl = await AddCitizenAsync(app, "Karl", department, [(maagen, new DateOnly(2024, 1, 1), new DateOnly(2026, 1, 31)), (department, new DateOnly(2026, 2, 1), null)]);
        var lise = await AddCitizenAsync(app, "Lise", department, [(department, new DateOnly(2024, 1, 1), null)], dischargedOn: new DateOnly(2025, 12, 31));

        await using (var db = app.CreateSystemDbContext())
        {
            var purpose = new Purpose { CitizenId = ida, Title = "Selvstændighed" };
            purpose.Revisions.Add(new PurposeRevision { Text = "At Ida bliver mere selvstændig.", ReceivedOn = new DateOnly(2025, 3, 10), EnteredByName = "Test", EnteredUtc = DateTime.UtcNow });
            db.Purposes.Add(purpose);
            await db.SaveChangesAsync();
        }

        await PlanAsync(app, ida, "Ida vil selv.", "Ida deltog i samtalen.");
        await PlanAsync(app, jens, null, "Jens var med.");
        await PlanAsync(app, karl, "Karl vil bo selv.", null);
        await PlanAsync(app, lise, "Lise.", "Lise.");

        var g1 = await app.AddGoalAsync(ida, "At Ida laver sin egen morgenmad", configure: g => g.StartOn = new DateOnly(2025, 10, 1));
        await EvaluateAsync(app, ida, g1.Id, new DateOnly(2025, 12, 20), EvaluationDecision.Continue, new DateOnly(2026, 2, 15));
        await EvaluateAsync(app, ida, g1.Id, new DateOnly(2026, 2, 20), EvaluationDecision.Adjust, new DateOnly(2026, 5, 20));
        var s1 = await app.AddGoalAsync(ida, "At Ida smører sin mad", g1.Id, g => (g.StartOn, g.ScoringFrequency) = (From, ScoringFrequency.Daily));
        var s2 = await app.AddGoalAsync(ida, "At Ida rydder op", g1.Id, g => (g.StartOn, g.Type, g.ScoringFrequency) = (From, GoalType.Maintain, ScoringFrequency.Weekly));
        await app.ScoreAsync(ida, s1, new DateOnly(2026, 1, 5), 3);
        await app.ScoreAsync(ida, s1, new DateOnly(2026, 2, 10), 2);
        await app.ScoreAsync(ida, s1, new DateOnly(2026, 2, 20), 1);
        await app.ScoreAsync(ida, s1, new DateOnly(2025, 12, 20), 4); // before the period
        await app.ScoreAsync(ida, s2, new DateOnly(2026, 1, 10), 2);

        var g2 = await app.AddGoalAsync(jens, "At Jens går i skole hver dag", configure: g => (g.StartOn, g.State) = (new DateOnly(2026, 1, 20), GoalState.Achieved));
        await app.SetStatesAsync(g2.Id, (new DateOnly(2026, 1, 20), GoalState.Active), (new DateOnly(2026, 2, 25), GoalState.Achieved));
        var g3 = await app.AddGoalAsync(karl, "At Karl handler ind", configure: g => (g.StartOn, g.State) = (new DateOnly(2025, 12, 1), GoalState.Closed));
        await app.SetStatesAsync(g3.Id, (new DateOnly(2025, 12, 1), GoalState.Active), (new DateOnly(2026, 1, 20), GoalState.Closed));
        return new Spurven(department, maagen, ida, jens, karl, g1.Id, g2.Id, g3.Id, s1.Id);
    }

    private static async Task EvaluateAsync(RetningApp app, Guid citizen, Guid goal, DateOnly on, EvaluationDecision decision, DateOnly? next)
    {
        await using var db = app.CreateSystemDbContext();
        db.Evaluations.Add(new Evaluation
        {
            CitizenId = citizen, GoalId = goal, EvaluatedOn = on, PeriodFrom = on.AddMonths(-3), PeriodTo = on, Participants = "Teammødet",
            CitizenInvolvement = "Samtale", Qualitative = "Det går fremad", Decision = decision, NextEvaluationOn = next, AuthorId = Guid.NewGuid(), AuthorName = "Test",
        });
        await db.SaveChangesAsync();
    }

    private static async Task PlanAsync(RetningApp app, Guid citizen, string? perspective, string? participation)
    {
        var planId = await app.EnsurePlanAsync(citizen);
        await using var db = app.CreateSystemDbContext();
        var plan = await db.Plans.SingleAsync(p => p.Id == planId);
        (plan.CitizenPerspective, plan.Participation) = (perspective, participation);
        await db.SaveChangesAsync();
    }

    private static async Task<Guid> AddCitizenAsync(RetningApp app, string firstName, Guid departmentId, (Guid Department, DateOnly From, DateOnly? To)[] stays,
        DateOnly? dischargedOn = null)
    {
        var birthDate = new DateOnly(1995, 4, 2);
        var cpr = await app.UnusedCprAsync(birthDate);
        await using var db = app.CreateSystemDbContext();
        var citizen = new Citizen
        {
            FirstName = firstName, LastName = "Spurvesen", CprDigits = cpr.Replace("-", string.Empty, StringComparison.Ordinal), BirthDate = birthDate,
            DepartmentId = departmentId, EnrolledOn = stays[0].From, DischargedOn = dischargedOn, SearchName = $"{firstName} spurvesen".ToLowerInvariant(),
            TargetGroup = "Voksne med udviklingshæmning",
        };
        citizen.Placements.AddRange(stays.Select(s => new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = s.Department, From = s.From, To = s.To }));
        db.Citizens.Add(citizen);
        await db.SaveChangesAsync();
        return citizen.Id;
    }
}
