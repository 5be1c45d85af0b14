using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Consents;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Samtykker;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Videregivelser;

/// <summary>
/// A disclosure shows what was sent (docs/domain.md, "Consents and disclosures"): the DOCX of a plan disclosure is frozen
/// when the disclosure is recorded, so a later download gives the plan as it was sent, not as it
/// is today; an old disclosure without that copy says so instead of passing today's plan off as sent.
/// </summary>
public sealed class PlanDisclosureSnapshotTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task Downloading_an_old_plan_disclosure_after_the_plan_changed_gives_what_was_sent()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2, inContactTeam: DemoUsers.Mette);
        await App.EnsurePlanAsync(citizen.Id);
        var texts = await App.AddPlanContentAsync(citizen.Id);
        var consent = await App.AddConsentAsync(citizen.Id);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = await mette.GetPageAsync($"/borgere/{citizen.Id}/videregivelser/plan");
        var sentOn = App.Today;
        Assert.Equal(HttpStatusCode.Redirect, (await PlanDisclosureTests.PostPlanAsync(mette, form, [PlanParts.Goals],
            PlanDisclosureTests.Sending(DisclosureBasis.Consent, consent.Id))).StatusCode);
        var disclosure = Assert.Single(await App.DisclosuresOfAsync(citizen.Id));
        var url = $"/borgere/{citizen.Id}/videregivelser/{disclosure.Id}/plan.docx";
        var sent = PlanDisclosureTests.Texts(await (await mette.GetAsync(url)).Content.ReadAsByteArrayAsync());
        Assert.Contains(texts.Goal, sent.Body, StringComparison.Ordinal);

        const string changed = "At borgeren cykler alene til fodbold hver tirsdag";
        await using (var db = App.CreateSystemDbContext())
        {
            var goal = await db.Goals.SingleAsync(g => g.Text == texts.Goal);
            goal.Text = changed;
            await db.SaveChangesAsync();
        }

        App.Clock.Advance(TimeSpan.FromDays(3));
        // Three days on, the session has ended: a new login.
        using var later = await fixture.SignInAsync(DemoUsers.Mette);

        var again = await later.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var (body, headers) = PlanDisclosureTests.Texts(await again.Content.ReadAsByteArrayAsync());
        Assert.Contains(texts.Goal, body, StringComparison.Ordinal);
        Assert.DoesNotContain(changed, body, StringComparison.Ordinal);
        Assert.Contains($"{sentOn:dd-MM-yyyy}", headers, StringComparison.Ordinal);
        Assert.Equal(sent.Body, body);
    }

    [Fact]
    public async Task An_old_disclosure_without_a_copy_says_so_instead_of_showing_todays_plan()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 3, inContactTeam: DemoUsers.Mette);
        await App.EnsurePlanAsync(citizen.Id);
        var disclosure = await App.AddDisclosureAsync(citizen.Id);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var page = (await mette.GetPageAsync($"/borgere/{citizen.Id}/videregivelser/{disclosure.Id}/plan.docx")).AssertStatus(HttpStatusCode.OK);

        Assert.Equal("text/html", page.Response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Der er ikke gemt en kopi af det, der blev sendt", page.MainText, StringComparison.Ordinal);
        var log = (await mette.GetPageAsync($"/borgere/{citizen.Id}/videregivelser")).AssertStatus(HttpStatusCode.OK);
        var row = log.Document.QuerySelector($"#videregivelse-{disclosure.Id}")!;
        Assert.Contains("Ingen kopi af det sendte", row.TextContent, StringComparison.Ordinal);
    }
}
