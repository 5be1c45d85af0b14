using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Testing;

namespace Retning.IntegrationTests.Planer;

/// <summary>
/// Arranging plan tests: a fresh citizen of one's own per test (so the tests of a class, which
/// share one app, never meet), plans created through the real "Opret plan" form, and the plan
/// read back through an unrestricted DbContext.
/// </summary>
internal static class PlanTestKit
{
    private static int _counter;

    public static DateOnly Today => DateOnly.FromDateTime(RetningApp.Start.UtcDateTime);

    /// <summary>A new enrolled citizen of the department, born on the day given, with the users given in the contact team.</summary>
    public static async Task<Citizen> NewCitizenAsync(this RetningApp app, string department, DateOnly birthDate, DateOnly? enrolledOn = null, params string[] contactTeam)
    {
        var departmentId = await app.DepartmentIdAsync(department);
        var cpr = await app.UnusedCprAsync(birthDate);
        var n = Interlocked.Increment(ref _counter);
        var enrolled = enrolledOn ?? Today.AddMonths(-2);
        var citizen = new Citizen
        {
            FirstName = "Testborger" + n,
            LastName = "Planesen",
            CprDigits = cpr.Replace("-", string.Empty, StringComparison.Ordinal),
            BirthDate = birthDate,
            DepartmentId = departmentId,
            EnrolledOn = enrolled,
            TargetGroup = "Børn og unge med udviklingsforstyrrelser",
            Category = "Kategori 2",
            SupportLevel = "Højt",
            Municipality = "Aalborg Kommune",
            CaseworkerName = "Kirsten Rådgiversen",
            CaseworkerEmail = "kirsten@aalborg.demo.dk",
            CaseworkerPhone = "99 31 31 31",
        };
        await using var db = app.CreateSystemDbContext();
        db.Citizens.Add(citizen);
        db.Placements.Add(new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = departmentId, From = enrolled });
        foreach (var email in contactTeam)
        {
            db.ContactTeamMembers.Add(new ContactTeamMember { CitizenId = citizen.Id, UserId = await app.UserIdAsync(email) });
        }

        await db.SaveChangesAsync();
        return citizen;
    }

    /// <summary>A child of the given age in years (and days past the birthday) in Mågen, with Mette in the contact team.</summary>
    public static Task<Citizen> NewChildAsync(this RetningApp app, int years = 10, int daysPastBirthday = 30) =>
        app.NewCitizenAsync(DemoUsers.Maagen, Today.AddYears(-years).AddDays(-daysPastBirthday), null, DemoUsers.Mette);

    /// <summary>Creates the citizen's plan through the plan page's "Opret plan" form; asserts the redirect.</summary>
    public static async Task CreatePlanAsync(this BrowserlessClient client, Guid citizenId, string? template = null)
    {
        var page = (await client.GetPageAsync($"/borgere/{citizenId}/plan")).AssertStatus(HttpStatusCode.OK);
        var response = await page.SubmitAsync("form[action*='handler=Create']", template is null ? null : new Dictionary<string, string?> { ["Input.Template"] = template });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Opret plan should redirect, got {(int)response.StatusCode}: {BrowserlessClient.ErrorTexts(await response.Content.ReadAsStringAsync())}");
    }

    public static async Task<Plan> PlanOfAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Plans.AsNoTracking().IgnoreQueryFilters().Include(p => p.TemplateVersion).SingleAsync(p => p.CitizenId == citizenId);
    }

    public static async Task<TemplateKind> TemplateKindOfAsync(this RetningApp app, Guid citizenId)
    {
        var plan = await app.PlanOfAsync(citizenId);
        await using var db = app.CreateSystemDbContext();
        return await db.PlanTemplates.Where(t => t.Id == plan.TemplateVersion!.TemplateId).Select(t => t.Kind).SingleAsync();
    }

    public static async Task<List<ThemeAssessment>> AssessmentsAsync(this RetningApp app, Guid citizenId)
    {
        var plan = await app.PlanOfAsync(citizenId);
        await using var db = app.CreateSystemDbContext();
        return await db.ThemeAssessments.AsNoTracking().IgnoreQueryFilters().Where(a => a.PlanId == plan.Id).OrderBy(a => a.ThemeKey).ToListAsync();
    }

    /// <summary>Posts a form and asserts that it redirected (Post/Redirect/Get), with the page's errors in the failure message.</summary>
    public static async Task<HttpResponseMessage> AssertRedirectAsync(this Task<HttpResponseMessage> posting)
    {
        var response = await posting;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect, got {(int)response.StatusCode}: {BrowserlessClient.ErrorTexts(await response.Content.ReadAsStringAsync())}");
        return response;
    }

    /// <summary>Asserts exactly one audit row was written since <paramref name="before"/> and returns it.</summary>
    public static async Task<AuditEntry> SingleAuditRowAsync(this RetningApp app, long before, string what)
    {
        var rows = await app.AuditEntriesSinceAsync(before);
        Assert.True(rows.Count == 1, $"{what} wrote {rows.Count} audit rows, expected exactly 1: {string.Join("; ", rows.Select(r => $"{r.Action} {r.Subject}"))}");
        return rows[0];
    }
}
