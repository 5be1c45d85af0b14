using System.Net;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure;

namespace Retning.IntegrationTests.Admin;

/// <summary>
/// Denials are audit rows, not only lines in the app log (docs/architecture.md, "A request's way"): a care worker at an
/// admin page, an administrator at a citizen's page, and an id of another department or offer
/// inside an admin or citizen address each leave one "denied" row with the user and the address.
/// </summary>
public sealed class DeniedAccessAuditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_care_worker_opening_an_admin_page_leaves_a_denied_row()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync("/admin/brugere")).StatusCode);

        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, await App.UserIdAsync(DemoUsers.Mette), (Guid?)null, DeniedAccessLoggingMiddleware.ForbiddenSubject),
            (row.Action, row.UserId, row.CitizenId, row.Subject));
        Assert.Equal("sti=/admin/brugere; metode=GET; svar=403", row.Detail);
    }

    [Fact]
    public async Task The_administrator_opening_a_citizens_page_leaves_a_denied_row_for_that_citizen()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var before = await App.LastAuditIdAsync();

        var status = (await admin.GetAsync($"/borgere/{citizen.Id}")).StatusCode;

        Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"got {(int)status}");
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, await App.UserIdAsync(DemoUsers.Admin), (Guid?)citizen.Id), (row.Action, row.UserId, row.CitizenId));
    }

    [Fact]
    public async Task A_goal_of_another_departments_citizen_inside_the_own_citizens_address_leaves_a_denied_row()
    {
        var own = await App.CitizenAsync(DemoUsers.Maagen, inContactTeam: DemoUsers.Mette);
        var foreign = await App.CitizenAsync(DemoUsers.Birken);
        var goal = await App.AddGoalAsync(foreign.Id, "At borgeren selv smører sin madpakke hver morgen i hele perioden");
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await mette.GetAsync($"/borgere/{own.Id}/maal/{goal.Id}")).StatusCode);

        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, (Guid?)own.Id, DeniedAccessLoggingMiddleware.NotFoundSubject), (row.Action, row.CitizenId, row.Subject));
        Assert.Equal($"sti=/borgere/{own.Id}/maal/{goal.Id}; metode=GET; svar=404", row.Detail);
    }

    [Fact]
    public async Task An_entry_of_another_offer_posted_through_the_own_offers_admin_page_leaves_a_denied_row()
    {
        await using var db = App.CreateSystemDbContext();
        var solsikken = db.Departments.Where(d => d.Name == DemoUsers.Maagen).Select(d => d.OfferId).Single();
        var lindely = db.Departments.Where(d => d.Name == DemoUsers.Birken).Select(d => d.OfferId).Single();
        var foreignEntry = db.DiaryCategories.Where(c => c.OfferId == lindely).Select(c => c.Id).First();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var token = (await lars.GetPageAsync("/admin/dagbog")).FieldValue("__RequestVerificationToken")!;
        var before = await App.LastAuditIdAsync();

        var response = await lars.PostRawAsync("/admin/dagbog?handler=Aktiv",
            [new("__RequestVerificationToken", token), new("tilbud", solsikken.ToString()), new("id", foreignEntry.ToString()), new("aktiv", "false")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, await App.UserIdAsync(DemoUsers.Lars)), (row.Action, row.UserId));
        Assert.Equal("sti=/admin/dagbog; metode=POST; svar=404", row.Detail);
    }

    [Fact]
    public async Task A_mistyped_address_without_an_id_is_not_an_audited_denial()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await mette.GetAsync("/ingen-side-her")).StatusCode);

        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }
}
