using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Organisation;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Admin;

/// <summary>
/// An administrator cannot grant himself access alone (four eyes, docs/domain.md, "Roles"): a role for oneself waits
/// for a second administrator, who approves or rejects it (both audited); the new access shows on the
/// department leaders' start page; and what the administrator then reads is audited like anyone's.
/// </summary>
public sealed class FourEyesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_role_for_oneself_waits_for_a_second_administrator_and_then_shows_on_the_leaders_start_page()
    {
        var adminId = await App.UserIdAsync(DemoUsers.Admin);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var before = await App.LastAuditIdAsync();

        var asked = await AskAsync(admin, adminId, maagen, "CareWorker");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.False(await HoldsAsync(adminId, maagen, StaffRole.CareWorker), "A role for oneself must not be given without a second administrator.");
        var requested = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.RoleRequested, adminId), (requested.Action, requested.UserId));
        Assert.NotEqual(HttpStatusCode.OK, (await admin.GetAsync($"/borgere/{citizen.Id}")).StatusCode);
        var waiting = (await admin.GetPageAsync("/admin")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("1 rolle venter på godkendelse", waiting.MainText, StringComparison.Ordinal);

        // The one who asked cannot approve it himself.
        var requestId = await PendingRequestAsync(adminId);
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(admin, requestId, "Godkend")).StatusCode);
        Assert.False(await HoldsAsync(adminId, maagen, StaffRole.CareWorker));

        using var rasmus = await SecondAdministratorAsync(admin);
        var list = (await rasmus.GetPageAsync("/admin/anmodninger")).AssertStatus(HttpStatusCode.OK);
        Assert.NotNull(list.Document.QuerySelector($"form[action*='Godkend'] input[value='{requestId}']"));
        before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(rasmus, requestId, "Godkend")).StatusCode);

        Assert.True(await HoldsAsync(adminId, maagen, StaffRole.CareWorker));
        var granted = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.RoleGranted, await App.UserIdAsync(DemoUsers.Rasmus)), (granted.Action, granted.UserId));
        Assert.StartsWith($"bruger={adminId}; afdeling={maagen}; rolle=CareWorker; anmodet={adminId}", granted.Detail, StringComparison.Ordinal);

        // What the administrator now reads is audited like anyone's reads.
        using var adminAgain = await fixture.SignInAsync(DemoUsers.Admin);
        before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.OK, (await adminAgain.GetAsync($"/borgere/{citizen.Id}")).StatusCode);
        var read = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, adminId, (Guid?)citizen.Id), (read.Action, read.UserId, read.CitizenId));

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var start = (await anne.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK);
        var note = start.Document.QuerySelectorAll("#ny-adgang-afsnit li").Select(li => li.TextContent.Trim())
            .Single(t => t.StartsWith("Ny adgang til afdelingen: Henrik Sørensen som Medarbejder i Mågen", StringComparison.Ordinal));
        Assert.EndsWith("givet af Henrik Sørensen, godkendt af Rasmus Friis", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_request_gives_no_role_and_is_audited()
    {
        var adminId = await App.UserIdAsync(DemoUsers.Admin);
        var birken = await App.DepartmentIdAsync(DemoUsers.Birken);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(admin, adminId, birken, "QualityOfficer")).StatusCode);
        var requestId = await PendingRequestAsync(adminId);
        using var rasmus = await SecondAdministratorAsync(admin);
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(rasmus, requestId, "Afvis")).StatusCode);

        Assert.False(await HoldsAsync(adminId, birken, StaffRole.QualityOfficer));
        var rejected = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.RoleRequestRejected, rejected.Action);
        Assert.StartsWith($"bruger={adminId}; afdeling={birken}; rolle=QualityOfficer", rejected.Detail, StringComparison.Ordinal);
        // Decided once: a second decision changes nothing and writes no row.
        before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(rasmus, requestId, "Godkend")).StatusCode);
        Assert.False(await HoldsAsync(adminId, birken, StaffRole.QualityOfficer));
        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }

    private static Task<HttpResponseMessage> AskAsync(BrowserlessClient admin, Guid adminId, Guid departmentId, string role) =>
        admin.PostFormAsync($"/admin/brugere/{adminId}", "form[action*='TilfoejRolle']",
            new Dictionary<string, string?> { ["Membership.DepartmentId"] = departmentId.ToString(), ["Membership.Role"] = role });

    private static async Task<HttpResponseMessage> DecideAsync(BrowserlessClient client, Guid requestId, string handler)
    {
        // The requester's list has no decision forms; any admin form carries the user's antiforgery token.
        var token = (await client.GetPageAsync("/admin/brugere/ny")).FieldValue("__RequestVerificationToken")!;
        return await client.PostRawAsync($"/admin/anmodninger?handler={handler}", [new("__RequestVerificationToken", token), new("requestId", requestId.ToString())]);
    }

    /// <summary>Rasmus, made an administrator by the first one (a role for someone else needs no second administrator).</summary>
    private async Task<BrowserlessClient> SecondAdministratorAsync(BrowserlessClient admin)
    {
        var rasmusId = await App.UserIdAsync(DemoUsers.Rasmus);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        if (!await HoldsAsync(rasmusId, maagen, StaffRole.Administrator))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(admin, rasmusId, maagen, "Administrator")).StatusCode);
            Assert.True(await HoldsAsync(rasmusId, maagen, StaffRole.Administrator), "A role for another user is given at once.");
        }

        return await fixture.SignInAsync(DemoUsers.Rasmus);
    }

    private async Task<bool> HoldsAsync(Guid userId, Guid departmentId, StaffRole role)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.Memberships.AnyAsync(m => m.UserId == userId && m.DepartmentId == departmentId && m.Role == role);
    }

    private async Task<Guid> PendingRequestAsync(Guid userId)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.RoleRequests.Where(r => r.UserId == userId && r.DecidedUtc == null).Select(r => r.Id).SingleAsync();
    }
}
