using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Organisation;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Authorization;

/// <summary>
/// The sector management (Sektorledelse) reads the region's figures and no citizen (docs/domain.md, "Roles"):
/// given on the real user form, every citizen page and every page that lists citizens or staff by name
/// refuses it, each refusal audited, and the start page explains the role without a single citizen.
/// </summary>
public sealed class SectorManagementTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Email = "sigrid.sektor@test.retning.dk";
    private const string Password = "Sektor-Ledelse-2026!x";

    /// <summary>Pages without a citizen in the address that list citizens or staff by name, or a leader's citizen work.</summary>
    private static readonly string[] CitizenListPages =
        ["/borgere", "/borgere/ny", "/opgaver", "/opgaver/afdeling", "/opgaver/tilbud", "/teammoede", "/sletning", "/logning", "/ledelsesinformation/svarprocent"];

    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_user_given_sector_management_on_the_user_form_is_refused_every_citizen_page_and_each_refusal_is_audited()
    {
        var userId = await CreateSectorManagerAsync();
        using var sigrid = fixture.Anonymous();
        await sigrid.LoginAsync(Email, Password);
        var matrix = new AuthorizationMatrixTests(fixture);
        var citizenId = (await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette)).Id;
        var failures = new List<string>();

        foreach (var route in RouteTable.PageRoutes(App).Where(r => r.StartsWith("/borgere/{id", StringComparison.Ordinal) || r.StartsWith("/opgaver/{id", StringComparison.Ordinal)))
        {
            failures.AddRange(await RefusedAndAuditedAsync(sigrid, userId, await matrix.UrlFor(route), citizenId));
        }

        foreach (var url in CitizenListPages)
        {
            failures.AddRange(await RefusedAndAuditedAsync(sigrid, userId, url, citizenId: null));
        }

        Assert.True(failures.Count == 0, "The sector management reached citizen data:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
        await using var db = App.CreateSystemDbContext();
        var readsOfCitizens = await db.AuditEntries.AsNoTracking()
            .Where(a => a.UserId == userId && a.CitizenId != null && a.Action != AuditAction.Denied).CountAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, readsOfCitizens);
    }

    [Fact]
    public async Task The_start_page_explains_the_role_links_the_figures_and_names_no_citizen()
    {
        using var sektor = await fixture.SignInAsync(DemoUsers.Sektor);

        var start = (await sektor.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK);

        Assert.NotNull(start.Document.QuerySelector("#sektorledelse-afsnit"));
        Assert.Contains("aldrig til de enkelte borgere", start.MainText, StringComparison.Ordinal);
        Assert.NotNull(start.Document.QuerySelector("main a[href='/ledelsesinformation']"));
        Assert.Equal("Region Nordjylland (demo) – hele regionen (Sektorledelse)", start.Document.QuerySelector(".app-user-department")?.TextContent.Trim());
        var menu = start.Document.QuerySelectorAll("nav[aria-label='Hovedmenu'] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Forside", "Ledelsesinformation", "Kvalitet"], menu);
        foreach (var department in new[] { DemoUsers.Maagen, DemoUsers.Ternen, DemoUsers.Birken, DemoUsers.Egen })
        {
            foreach (var citizen in await App.CitizensInAsync(department))
            {
                Assert.DoesNotContain(citizen.LastName, start.Document.Body!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task An_administrator_who_gives_himself_sector_management_waits_for_a_second_administrator()
    {
        var adminId = await App.UserIdAsync(DemoUsers.Admin);
        var egen = await App.DepartmentIdAsync(DemoUsers.Egen);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var before = await App.LastAuditIdAsync();

        var asked = await GrantChangeSteps.GrantAsync(admin, adminId, egen, nameof(StaffRole.SectorManagement));

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var requested = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.RoleRequested, adminId), (requested.Action, requested.UserId));
        Assert.StartsWith($"bruger={adminId}; afdeling={egen}; rolle=SectorManagement", requested.Detail, StringComparison.Ordinal);
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.Memberships.AnyAsync(m => m.UserId == adminId && m.Role == StaffRole.SectorManagement, TestContext.Current.CancellationToken));
        Assert.True(await db.RoleRequests.AnyAsync(r => r.UserId == adminId && r.Role == StaffRole.SectorManagement && r.DecidedUtc == null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Two_factor_login_is_required_of_the_sector_management_when_the_configuration_names_the_role()
    {
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?> { ["Security:TwoFactorRequiredRoles:0"] = "SectorManagement" });
        using var sektor = await BrowserlessClient.SignedInAsync(own.App, DemoUsers.Sektor);

        var response = await sektor.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/to-faktor?krav=1", response.RedirectPathAndQuery());
        var setup = (await sektor.GetPageAsync("/konto/to-faktor?krav=1")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Din rolle kræver to-faktor-login", setup.MainText, StringComparison.Ordinal);
    }

    /// <summary>The administrator creates the user on /admin/brugere/ny with the role in Birken; the grant is audited.</summary>
    private async Task<Guid> CreateSectorManagerAsync()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var birken = await App.DepartmentIdAsync(DemoUsers.Birken);
        var before = await App.LastAuditIdAsync();
        var response = await admin.PostFormAsync("/admin/brugere/ny", overrides: new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Sigrid Sektor",
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
            ["Input.DepartmentId"] = birken.ToString(),
            ["Input.Role"] = nameof(StaffRole.SectorManagement),
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Creating the user should redirect, got {(int)response.StatusCode}: {BrowserlessClient.ErrorTexts(await response.Content.ReadAsStringAsync())}");
        var userId = await App.UserIdAsync(Email);
        var created = Assert.Single(await App.AuditEntriesSinceAsync(before), a => a.Action == AuditAction.Create);
        Assert.Equal(await App.UserIdAsync(DemoUsers.Admin), created.UserId);
        Assert.StartsWith($"bruger={userId}; afdeling={birken}; rolle=SectorManagement", created.Detail, StringComparison.Ordinal);
        await using var db = App.CreateSystemDbContext();
        var role = await db.Memberships.Where(m => m.UserId == userId).Select(m => new { m.DepartmentId, m.Role }).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((birken, StaffRole.SectorManagement), (role.DepartmentId, role.Role));
        var userPage = (await admin.GetPageAsync($"/admin/brugere/{userId}")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Bostedet Lindely – Birken (gælder hele regionen)", userPage.MainText, StringComparison.Ordinal);
        return userId;
    }

    /// <summary>A GET that must be refused (403) with one "denied" audit row for the user (and the citizen on a citizen's page).</summary>
    private async Task<List<string>> RefusedAndAuditedAsync(BrowserlessClient client, Guid userId, string url, Guid? citizenId)
    {
        var before = await App.LastAuditIdAsync();
        var response = await client.GetAsync(url);
        var rows = await App.AuditEntriesSinceAsync(before);
        var failures = new List<string>();
        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            failures.Add($"GET {url} → {(int)response.StatusCode}, expected 403");
        }

        if (rows.Count != 1 || rows[0].Action != AuditAction.Denied || rows[0].UserId != userId || rows[0].CitizenId != citizenId)
        {
            failures.Add($"GET {url}: expected one 'denied' audit row{(citizenId is null ? "" : " for the citizen")}; got "
                + (rows.Count == 0 ? "none" : string.Join(", ", rows.Select(r => $"{r.Action} citizen={r.CitizenId} '{r.Subject}'"))));
        }

        return failures;
    }
}
