using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Maal;

/// <summary>
/// The SMORT assistant speaks the offer's naming: SMARTE (A = Acceptabelt) at the demo children's
/// home, SMORT (O = Opnåeligt) at the adults' offer; the administrator chooses it per offer.
/// </summary>
public sealed class SmortNamingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_childrens_home_sees_SMARTE_and_the_adults_offer_SMORT()
    {
        var child = await App.CitizenAsync(DemoUsers.Maagen);
        await App.EnsurePlanAsync(child.Id);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var form = (await anne.GetPageAsync($"/borgere/{child.Id}/maal/ny")).AssertStatus(HttpStatusCode.OK);

        Assert.Equal("SMARTE-tjek", form.Document.QuerySelector("#smort-heading")!.TextContent.Trim());
        var third = form.Document.QuerySelector("#smort-panel li[data-letter=O]")!;
        Assert.Equal("A", third.QuerySelector(".app-smort-letter")!.TextContent.Trim());
        Assert.Equal("Acceptabelt", third.QuerySelector(".app-smort-name")!.TextContent.Trim());
        Assert.StartsWith("SMARTE:", form.Document.QuerySelector("#smort-panel .app-smort-headline")!.TextContent.Trim(), StringComparison.Ordinal);

        // The live panel (smort.js) speaks the same naming.
        var live = await anne.PostToHandlerAsync(form, "SmortPanel", "#goal-form", new Dictionary<string, string?> { ["Input.Text"] = "At barnet ikke slår" });
        var panel = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await live.Content.ReadAsStringAsync());
        Assert.Equal("A", panel.QuerySelector("li[data-letter=O] .app-smort-letter")!.TextContent.Trim());
        Assert.Equal("NotMet", panel.QuerySelector("li[data-letter=O]")!.GetAttribute("data-verdict"));

        // The sub-goal's own page too.
        var goal = await App.AddGoalAsync(child.Id, "At barnet møder i skole til tiden fire ud af fem dage om ugen");
        var subGoal = await App.AddGoalAsync(child.Id, "At barnet selv pakker skoletasken hver aften", parentId: goal.Id);
        var subGoalPage = (await anne.GetPageAsync($"/borgere/{child.Id}/delmaal/{subGoal.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("SMARTE-tjek", subGoalPage.Document.QuerySelector("#smort-heading")!.TextContent.Trim());

        var adult = await App.CitizenAsync(DemoUsers.Birken);
        await App.EnsurePlanAsync(adult.Id);
        using var peter = await fixture.SignInAsync(DemoUsers.Peter);
        var adults = (await peter.GetPageAsync($"/borgere/{adult.Id}/maal/ny")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("SMORT-tjek", adults.Document.QuerySelector("#smort-heading")!.TextContent.Trim());
        Assert.Equal("Opnåeligt", adults.Document.QuerySelector("#smort-panel li[data-letter=O] .app-smort-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_administrator_sets_the_naming_of_an_offer_and_its_goal_pages_follow()
    {
        var adult = await App.CitizenAsync(DemoUsers.Egen);
        await App.EnsurePlanAsync(adult.Id);
        var goal = await App.AddGoalAsync(adult.Id, "At borgeren ikke ryger på værelset");
        Guid offerId;
        await using (var db = App.CreateSystemDbContext())
        {
            offerId = await db.Citizens.Where(c => c.Id == adult.Id).Select(c => c.Department!.OfferId).SingleAsync();
        }

        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var form = (await admin.GetPageAsync($"/admin/tilbud/{offerId}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(nameof(SmortVariant.Smorte), form.FieldValue("Input.SmortVariant"));

        var saved = await form.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.SmortVariant"] = nameof(SmortVariant.Smarte) });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.Equal(SmortVariant.Smarte, await db.Offers.Where(o => o.Id == offerId).Select(o => o.SmortVariant).SingleAsync());
        }

        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        var read = (await karin.GetPageAsync($"/borgere/{adult.Id}/maal/{goal.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("SMARTE-tjek", read.Document.QuerySelector("#smort-heading")!.TextContent.Trim());
        var avoid = read.Document.QuerySelector("#smort-panel li[data-letter=O]")!;
        Assert.Equal("NotMet", avoid.GetAttribute("data-verdict"));
        Assert.Equal("Acceptabelt", avoid.QuerySelector(".app-smort-name")!.TextContent.Trim());
        var list = (await karin.GetPageAsync($"/borgere/{adult.Id}/maal")).AssertStatus(HttpStatusCode.OK);
        var letters = list.Document.QuerySelectorAll($"article[aria-labelledby='maal-{goal.Id}'] .app-smort-status abbr")
            .Select(a => (a.TextContent.Trim(), a.GetAttribute("title"))).ToList();
        Assert.Contains(("A", "Acceptabelt"), letters);
        Assert.DoesNotContain(letters, l => l.Item1 == "O");

        // And back: the other test of this class reads the adults' offer as the demo has it.
        var again = (await admin.GetPageAsync($"/admin/tilbud/{offerId}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(nameof(SmortVariant.Smarte), again.FieldValue("Input.SmortVariant"));
        Assert.Equal(HttpStatusCode.Redirect, (await again.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.SmortVariant"] = nameof(SmortVariant.Smorte) })).StatusCode);
        var back = (await karin.GetPageAsync($"/borgere/{adult.Id}/maal/{goal.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("SMORT-tjek", back.Document.QuerySelector("#smort-heading")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_new_offer_chooses_its_naming_and_starts_with_the_regional_one_by_default()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var form = (await admin.GetPageAsync("/admin/tilbud/ny")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(nameof(SmortVariant.Smorte), form.FieldValue("Input.SmortVariant"));
        var region = form.Document.QuerySelectorAll("#Input_RegionId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
        var legalBasis = form.Document.QuerySelectorAll("#Input_LegalBasis option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));

        var created = await form.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.RegionId"] = region, ["Input.Name"] = "Børnehjemmet Fyrtårnet", ["Input.LegalBasis"] = legalBasis,
            ["Input.Area"] = "Children", ["Input.SmortVariant"] = nameof(SmortVariant.Smarte),
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = App.CreateSystemDbContext();
        Assert.Equal(SmortVariant.Smarte, await db.Offers.Where(o => o.Name == "Børnehjemmet Fyrtårnet").Select(o => o.SmortVariant).SingleAsync());
    }
}
