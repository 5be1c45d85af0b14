using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Testing;
using static Retning.IntegrationTests.Authorization.GrantChangeSteps;

namespace Retning.IntegrationTests.Authorization;

/// <summary>
/// A role granted, removed or approved counts at the affected user's very next request, although grants
/// are cached under the user's access stamp (docs/adr/0002, "Grants are cached under an access stamp") —
/// on the instance that made the change and on a second instance on the same database, whose cache no
/// in-memory call reaches.
/// </summary>
public sealed class RoleChangeTests(TwoInstancesFixture fixture) : IClassFixture<TwoInstancesFixture>
{
    private RetningApp App => fixture.App;
    private RetningApp Second => fixture.Second;

    [Fact]
    public async Task A_role_removed_and_given_again_on_the_user_page_counts_at_the_next_request_on_both_instances()
    {
        var camillaId = await App.UserIdAsync(DemoUsers.Camilla);
        var egen = await App.DepartmentIdAsync(DemoUsers.Egen);
        var citizen = await App.CitizenAsync(DemoUsers.Egen);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, camillaId, egen, "CareWorker")).StatusCode);
        using var onFirst = await fixture.SignInAsync(DemoUsers.Camilla);
        using var onSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Camilla);
        var url = $"/borgere/{citizen.Id}";
        await AssertStatusAsync(HttpStatusCode.OK, url, onFirst, onSecond, onFirst, onSecond);

        Assert.Equal(HttpStatusCode.Redirect, (await RemoveAsync(admin, camillaId, egen)).StatusCode);

        await AssertStatusAsync(HttpStatusCode.NotFound, url, onFirst, onSecond);

        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, camillaId, egen, "CareWorker")).StatusCode);

        await AssertStatusAsync(HttpStatusCode.OK, url, onFirst, onSecond);
    }

    [Fact]
    public async Task An_approved_role_request_counts_at_the_next_request_of_the_administrator_who_asked()
    {
        var adminId = await App.UserIdAsync(DemoUsers.Admin);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        using var adminOnSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Admin);
        var url = $"/borgere/{citizen.Id}";
        // An administrator reads no citizen (403 for the administrator's own department, 404 elsewhere).
        await AssertStatusAsync(HttpStatusCode.Forbidden, url, admin, adminOnSecond);
        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, adminId, maagen, "CareWorker")).StatusCode); // waits: four eyes
        await AssertStatusAsync(HttpStatusCode.Forbidden, url, admin, adminOnSecond);
        var rasmusId = await App.UserIdAsync(DemoUsers.Rasmus);
        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, rasmusId, maagen, "Administrator")).StatusCode);
        using var rasmus = await fixture.SignInAsync(DemoUsers.Rasmus);
        Guid requestId;
        await using (var db = App.CreateSystemDbContext())
        {
            requestId = await db.RoleRequests.Where(r => r.UserId == adminId && r.DecidedUtc == null).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        var token = (await rasmus.GetPageAsync("/admin/brugere/ny")).FieldValue("__RequestVerificationToken")!;
        var approved = await rasmus.PostRawAsync("/admin/anmodninger?handler=Godkend", [new("__RequestVerificationToken", token), new("requestId", requestId.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        await AssertStatusAsync(HttpStatusCode.OK, url, admin, adminOnSecond);
    }

    private async Task<HttpResponseMessage> RemoveAsync(BrowserlessClient admin, Guid userId, Guid departmentId)
    {
        Guid membershipId;
        await using (var db = App.CreateSystemDbContext())
        {
            membershipId = await db.Memberships.Where(m => m.UserId == userId && m.DepartmentId == departmentId).Select(m => m.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        var page = (await admin.GetPageAsync($"/admin/brugere/{userId}")).AssertStatus(HttpStatusCode.OK);
        return await admin.PostRawAsync($"/admin/brugere/{userId}?handler=FjernRolle",
            [new("__RequestVerificationToken", page.FieldValue("__RequestVerificationToken")!), new("membershipId", membershipId.ToString())]);
    }
}
