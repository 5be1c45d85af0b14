using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Testing;
using Retning.Web.Infrastructure;
using static Retning.IntegrationTests.Authorization.GrantChangeSteps;

namespace Retning.IntegrationTests.Authorization;

/// <summary>
/// A change to the offer–department tree (a department added, moved or renamed) counts at the affected
/// users' very next request, although grants are cached under their access stamps (docs/adr/0002, "Grants
/// are cached under an access stamp") — on the instance that made the change and on a second instance on
/// the same database, whose cache no in-memory call reaches.
/// </summary>
public sealed class OrganisationChangeTests(TwoInstancesFixture fixture) : IClassFixture<TwoInstancesFixture>
{
    private RetningApp App => fixture.App;
    private RetningApp Second => fixture.Second;

    [Fact]
    public async Task A_department_added_to_an_offer_is_seen_by_the_offer_head_at_the_next_request_on_both_instances()
    {
        var lindely = await OfferOfAsync(DemoUsers.Egen);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen); // of Solsikken, so not Karin's
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        using var karinOnSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Karin);
        var url = $"/borgere/{citizen.Id}";
        await AssertStatusAsync(HttpStatusCode.NotFound, url, karin, karinOnSecond);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        var added = await admin.PostFormAsync($"/admin/tilbud/{lindely}", "form[action*='Afdeling']",
            new Dictionary<string, string?> { ["NewDepartment.Name"] = "Hasselen" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        // The citizen moves into the new department (arranged in the database; moving a citizen is not a grant).
        await using (var db = App.CreateSystemDbContext())
        {
            var hasselen = await db.Departments.Where(d => d.Name == "Hasselen").Select(d => d.Id).SingleAsync(TestContext.Current.CancellationToken);
            await db.Citizens.IgnoreQueryFilters().Where(c => c.Id == citizen.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.DepartmentId, hasselen), TestContext.Current.CancellationToken);
        }

        await AssertStatusAsync(HttpStatusCode.OK, url, karin, karinOnSecond);
    }

    [Fact]
    public async Task A_department_moved_to_another_offer_with_the_access_stamps_raised_changes_both_offer_heads_view_at_once()
    {
        var ternen = await App.DepartmentIdAsync(DemoUsers.Ternen);
        var solsikken = await OfferOfAsync(DemoUsers.Ternen);
        var lindely = await OfferOfAsync(DemoUsers.Egen);
        var citizen = await App.CitizenAsync(DemoUsers.Ternen);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        using var karinOnSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Karin);
        var url = $"/borgere/{citizen.Id}";
        await AssertStatusAsync(HttpStatusCode.OK, url, lars, lars);
        await AssertStatusAsync(HttpStatusCode.NotFound, url, karinOnSecond, karinOnSecond);

        // No page moves a department yet; one that does follows this rule: both offers' stamps, in the move's transaction.
        await using (var db = App.CreateSystemDbContext())
        {
            var ct = TestContext.Current.CancellationToken;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await AccessStamps.RaiseForOfferAsync(db, solsikken, ct);
            await db.Departments.Where(d => d.Id == ternen).ExecuteUpdateAsync(s => s.SetProperty(d => d.OfferId, lindely), ct);
            await AccessStamps.RaiseForOfferAsync(db, lindely, ct);
            await transaction.CommitAsync(ct);
        }

        await AssertStatusAsync(HttpStatusCode.NotFound, url, lars);
        await AssertStatusAsync(HttpStatusCode.OK, url, karinOnSecond);
    }

    [Fact]
    public async Task A_renamed_department_shows_in_the_header_at_the_next_request_on_both_instances()
    {
        var ternen = await App.DepartmentIdAsync(DemoUsers.Ternen);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        using var jonasOnSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Jonas);
        Assert.All(await HeadersAsync(jonas, jonasOnSecond), h => Assert.Contains(DemoUsers.Ternen, h, StringComparison.Ordinal));
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        await RenameAsync(admin, ternen, "Ternereden");

        Assert.All(await HeadersAsync(jonas, jonasOnSecond), h => Assert.Contains("Ternereden", h, StringComparison.Ordinal));
        await RenameAsync(admin, ternen, DemoUsers.Ternen); // the other tests find it by its name
        Assert.All(await HeadersAsync(jonas, jonasOnSecond), h => Assert.DoesNotContain("Ternereden", h, StringComparison.Ordinal));
    }

    private static async Task<List<string>> HeadersAsync(params BrowserlessClient[] clients)
    {
        var headers = new List<string>();
        foreach (var client in clients)
        {
            var page = (await client.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK);
            headers.Add(page.Document.QuerySelector(".app-user-department")?.TextContent ?? string.Empty);
        }

        return headers;
    }

    private static async Task RenameAsync(BrowserlessClient admin, Guid departmentId, string name)
    {
        var response = await admin.PostFormAsync($"/admin/afdelinger/{departmentId}", overrides: new Dictionary<string, string?> { ["Input.Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<Guid> OfferOfAsync(string departmentName)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.Departments.Where(d => d.Name == departmentName).Select(d => d.OfferId).SingleAsync(TestContext.Current.CancellationToken);
    }
}
