using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Admin;

/// <summary>
/// Every administrator action leaves one audit row — who (the administrator), what (the action),
/// whom ("bruger=…") and before/after — committed with the change, never with a password in it
/// (docs/adr/0003-audit-log.md).
/// </summary>
public sealed class AdminAuditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task Granting_and_removing_a_role_are_audited_with_the_administrator_the_user_the_department_and_the_role()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var adminId = await App.UserIdAsync(DemoUsers.Admin);
        var camilla = await App.UserIdAsync(DemoUsers.Camilla);
        var egen = await App.DepartmentIdAsync(DemoUsers.Egen);
        var before = await App.LastAuditIdAsync();

        var granted = await admin.PostFormAsync($"/admin/brugere/{camilla}", "form[action*='TilfoejRolle']",
            new Dictionary<string, string?> { ["Membership.DepartmentId"] = egen.ToString(), ["Membership.Role"] = "QualityOfficer" });

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var grant = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.RoleGranted, adminId, (Guid?)null), (grant.Action, grant.UserId, grant.CitizenId));
        Assert.Equal($"bruger={camilla}; afdeling={egen}; rolle=QualityOfficer", grant.Detail);

        await using var db = App.CreateSystemDbContext();
        var membership = await db.Memberships.SingleAsync(m => m.UserId == camilla && m.DepartmentId == egen);
        before = await App.LastAuditIdAsync();
        var page = (await admin.GetPageAsync($"/admin/brugere/{camilla}")).AssertStatus(HttpStatusCode.OK);
        var removed = await admin.PostRawAsync($"/admin/brugere/{camilla}?handler=FjernRolle",
            [new("__RequestVerificationToken", page.FieldValue("__RequestVerificationToken")!), new("membershipId", membership.Id.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var removal = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.RoleRemoved, adminId), (removal.Action, removal.UserId));
        Assert.Equal($"bruger={camilla}; afdeling={egen}; rolle=QualityOfficer", removal.Detail);
    }

    [Fact]
    public async Task Setting_a_password_is_audited_without_the_password_and_a_refused_one_leaves_no_row()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var rasmus = await App.UserIdAsync(DemoUsers.Rasmus);
        const string password = "Helt-Ny-Kode-2026!";
        var before = await App.LastAuditIdAsync();

        var refused = await admin.PostFormAsync($"/admin/brugere/{rasmus}/adgangskode",
            overrides: new Dictionary<string, string?> { ["Input.New"] = "kort", ["Input.Repeat"] = "kort" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Empty(await App.AuditEntriesSinceAsync(before));

        var set = await admin.PostFormAsync($"/admin/brugere/{rasmus}/adgangskode",
            overrides: new Dictionary<string, string?> { ["Input.New"] = password, ["Input.Repeat"] = password });

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.PasswordSet, row.Action);
        Assert.Equal($"bruger={rasmus}", row.Detail);
        Assert.DoesNotContain(password, row.Subject + row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlocking_resetting_two_factor_and_deactivating_are_audited_with_before_and_after()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var louise = await App.UserIdAsync(DemoUsers.Louise);
        await using (var db = App.CreateSystemDbContext())
        {
            await db.Users.Where(u => u.Id == louise).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.AccessFailedCount, 3).SetProperty(x => x.TwoFactorEnabled, true));
        }

        var before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/brugere/{louise}", "form[action*='LaasOp']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/brugere/{louise}", "form[action*='NulstilToFaktor']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/brugere/{louise}",
            overrides: new Dictionary<string, string?> { ["Input.IsActive"] = "false", ["Input.FullName"] = "Louise Omdøbt" })).StatusCode);

        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal([AuditAction.AccountUnlocked, AuditAction.TwoFactorReset, AuditAction.UserDeactivated], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.StartsWith($"bruger={louise}; ", r.Detail, StringComparison.Ordinal));
        Assert.Contains("fejlede forsøg: 3 → 0", rows[0].Detail, StringComparison.Ordinal);
        Assert.Contains("to-faktor: slået til → slået fra", rows[1].Detail, StringComparison.Ordinal);
        Assert.Contains("→ Louise Omdøbt", rows[2].Detail, StringComparison.Ordinal);
        Assert.Contains("aktiv: ja → nej", rows[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_to_offers_departments_and_diary_lists_are_audited_with_before_and_after()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var ternen = await App.DepartmentIdAsync(DemoUsers.Ternen);
        await using var db = App.CreateSystemDbContext();
        var offer = await db.Departments.Where(d => d.Id == ternen).Select(d => d.Offer!).SingleAsync();
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/afdelinger/{ternen}",
            overrides: new Dictionary<string, string?> { ["Input.Name"] = "Ternen Syd" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/tilbud/{offer.Id}",
            overrides: new Dictionary<string, string?> { ["Input.Phone"] = "70 10 20 30" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/tilbud/{offer.Id}", "form[action*='Afdeling']",
            new Dictionary<string, string?> { ["NewDepartment.Name"] = "Måren" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/dagbog?tilbud={offer.Id}", "form[action*='Svarprocent']",
            new Dictionary<string, string?> { ["Threshold.Percent"] = "60" })).StatusCode);

        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal(
            [
                (AuditAction.Update, "Administration: afdeling", $"afdeling={ternen}; navn: Ternen → Ternen Syd"),
                (AuditAction.Update, "Administration: tilbud", $"tilbud={offer.Id}; telefon: {offer.Phone ?? "(tom)"} → 70 10 20 30"),
            ],
            rows.Take(2).Select(r => (r.Action, r.Subject, r.Detail!)));
        Assert.Equal((AuditAction.Create, "Administration: afdeling"), (rows[2].Action, rows[2].Subject));
        Assert.EndsWith($"tilbud={offer.Id}; navn: Måren", rows[2].Detail, StringComparison.Ordinal);
        Assert.Equal((AuditAction.Update, "Administration: dagbogens lister"), (rows[3].Action, rows[3].Subject));
        Assert.Equal($"tilbud={offer.Id}; svarprocent: 70 % → 60 %", rows[3].Detail);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task The_department_leader_reads_an_administrators_grant_in_words_on_the_log_page()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var nanna = await App.UserIdAsync(DemoUsers.Nanna);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/brugere/{nanna}", "form[action*='TilfoejRolle']",
            new Dictionary<string, string?> { ["Membership.DepartmentId"] = maagen.ToString(), ["Membership.Role"] = "DepartmentHead" })).StatusCode);

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var log = (await anne.GetPageAsync("/logning?handling=RoleGranted")).AssertStatus(HttpStatusCode.OK);

        var cells = log.Document.QuerySelectorAll("main table tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        await using var db = App.CreateSystemDbContext();
        var nannaName = await db.Users.Where(u => u.Id == nanna).Select(u => u.FullName).SingleAsync();
        // Other tests of the class grant roles too (the administrator is staff of Mågen, so his rows show here).
        var row = Assert.Single(cells, r => r.Any(c => c == $"Bruger: {nannaName}; Afdeling: Mågen; Rolle: Afdelingsleder"));
        Assert.Contains(row, c => c == "Rolle givet");
        Assert.DoesNotContain(nanna.ToString(), log.MainText, StringComparison.OrdinalIgnoreCase);
    }
}
