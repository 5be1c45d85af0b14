using Microsoft.EntityFrameworkCore;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Testing;
using Retning.Web.Services.Plans;

namespace Retning.IntegrationTests.Perioder;

/// <summary>Arranging plans and periods through an unrestricted (system) DbContext.</summary>
internal static class PlanArrange
{
    /// <summary>
    /// A new enrolled citizen of the department (a child of 10 in a children's offer, an adult of
    /// 40 otherwise), with the given users in the contact team, so every test has a citizen of its own.
    /// </summary>
    public static async Task<Citizen> NewCitizenAsync(this RetningApp app, string department, params string[] contactTeam)
    {
        var today = app.Today;
        var departmentId = await app.DepartmentIdAsync(department);
        await using var db = app.CreateSystemDbContext();
        var area = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Offer!.Area).SingleAsync();
        var birthDate = today.AddYears(area == Retning.Domain.Organisation.Area.Children ? -10 : -40).AddDays(-100);
        var cpr = await app.UnusedCprAsync(birthDate);
        var citizen = new Citizen
        {
            FirstName = "Periode",
            LastName = "Testborger " + cpr[^4..],
            CprDigits = cpr.Replace("-", "", StringComparison.Ordinal),
            BirthDate = birthDate,
            DepartmentId = departmentId,
            EnrolledOn = today.AddYears(-2),
        };
        citizen.Placements.Add(new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = departmentId, From = citizen.EnrolledOn });
        foreach (var email in contactTeam)
        {
            citizen.ContactTeam.Add(new ContactTeamMember { CitizenId = citizen.Id, UserId = await app.UserIdAsync(email) });
        }

        db.Citizens.Add(citizen);
        await db.SaveChangesAsync();
        return citizen;
    }

    /// <summary>Creates the citizen's plan the way the app does (template by age, period 1), its first period started on <paramref name="startedOn"/>.</summary>
    public static async Task<Plan> CreatePlanAsync(this RetningApp app, Guid citizenId, DateOnly startedOn)
    {
        await using var db = app.CreateSystemDbContext();
        var citizen = await db.Citizens.Include(c => c.Department).SingleAsync(c => c.Id == citizenId);
        var plan = await new PlanService(db).CreateAsync(citizen, startedOn, null, default);
        await db.SaveChangesAsync();
        return plan;
    }

    /// <summary>Writes (or rewrites) the assessment of one theme of the plan.</summary>
    public static async Task SetAssessmentAsync(this RetningApp app, Guid planId, string themeKey, string resources)
    {
        await using var db = app.CreateSystemDbContext();
        var assessment = await db.ThemeAssessments.FirstOrDefaultAsync(a => a.PlanId == planId && a.ThemeKey == themeKey);
        if (assessment is null)
        {
            db.ThemeAssessments.Add(new ThemeAssessment { PlanId = planId, ThemeKey = themeKey, Resources = resources });
        }
        else
        {
            assessment.Resources = resources;
        }

        await db.SaveChangesAsync();
    }

    public static async Task<List<PlanPeriod>> PeriodsAsync(this RetningApp app, Guid planId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.PlanPeriods.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Number).ToListAsync();
    }

    public static async Task<string> FullNameAsync(this RetningApp app, string email)
    {
        await using var db = app.CreateSystemDbContext();
        var normalized = email.ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.FullName).SingleAsync();
    }

    public static async Task<Guid> PeriodsPlanIdAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Plans.Where(p => p.CitizenId == citizenId).Select(p => p.Id).SingleAsync();
    }
}
