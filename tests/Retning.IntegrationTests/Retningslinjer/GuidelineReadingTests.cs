using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Common;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure.Routing;

namespace Retning.IntegrationTests.Retningslinjer;

/// <summary>
/// Reading guidelines (issue 15, step 1): staff see those of their offers and acknowledge the version in force once;
/// a leader sees who has and has not read it; the owner's tasks; a template names its guideline (indicator 2);
/// another offer's local guideline is refused and the refusal audited.
/// </summary>
public sealed class GuidelineReadingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_care_worker_acknowledges_the_version_in_force_once()
    {
        var (_, local, inForce, _) = await App.DemoGuidelinesAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var page = (await mette.GetPageAsync(Routes.Guidelines.Guideline(local))).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Gældende version (version 1", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Hvem har læst", page.MainText, StringComparison.Ordinal); // the list is the leaders'
        Assert.DoesNotContain("version 2", page.MainText, StringComparison.Ordinal); // the draft is the writers'

        var first = await page.SubmitAsync("form[action*='handler=Laest']");
        var second = await page.SubmitAsync("form[action*='handler=Laest']");

        Assert.Equal(Routes.Guidelines.Guideline(local), first.RedirectPath());
        Assert.Equal(Routes.Guidelines.Guideline(local), second.RedirectPath());
        var mine = await App.UserIdAsync(DemoUsers.Mette);
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.Equal(1, await db.GuidelineAcknowledgements.CountAsync(a => a.UserId == mine && a.VersionId == inForce));
        }

        var after = await mette.GetPageAsync(Routes.Guidelines.Guideline(local));
        Assert.Contains("Du har kvitteret for, at du har læst og forstået version 1", after.MainText, StringComparison.Ordinal);
        var list = await mette.GetPageAsync(Routes.Guidelines.Start);
        Assert.Contains("Ja, " + App.Today.ToDanishDate(), list.Document.QuerySelector("#retningslinjer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_sees_who_has_and_has_not_read_by_department()
    {
        var (_, local, _, _) = await App.DemoGuidelinesAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(Routes.Guidelines.Guideline(local))).AssertStatus(HttpStatusCode.OK);

        var rows = page.Document.QuerySelectorAll("#laest-af ~ * tr, section[aria-labelledby='laest-af'] tbody tr").Select(r => r.TextContent).Distinct().ToList();
        Assert.Contains(rows, r => r.Contains("Camilla Nørgaard", StringComparison.Ordinal) && !r.Contains("Ikke læst", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Rasmus Friis", StringComparison.Ordinal) && r.Contains("Ikke læst", StringComparison.Ordinal));
        Assert.Contains("Solsikken – Ternen", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Birken", page.MainText, StringComparison.Ordinal); // Lindely's staff: the local guideline is not theirs
    }

    [Fact]
    public async Task Staff_of_another_offer_see_the_regional_guideline_only_and_are_refused_the_local_one()
    {
        var (regional, local, _, _) = await App.DemoGuidelinesAsync();
        using var sofie = await fixture.SignInAsync(DemoUsers.Sofie);

        var list = await sofie.GetPageAsync(Routes.Guidelines.Start);
        Assert.Contains("Regionale retningslinjer", list.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Solsikken", list.Document.QuerySelector("#retningslinjer")!.TextContent, StringComparison.Ordinal);
        (await sofie.GetPageAsync(Routes.Guidelines.Guideline(regional))).AssertStatus(HttpStatusCode.OK);

        var before = await App.LastAuditIdAsync();
        var refused = await sofie.GetAsync(Routes.Guidelines.Guideline(local));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.Denied, row.Action);
        Assert.Equal(await App.UserIdAsync(DemoUsers.Sofie), row.UserId);
    }

    [Fact]
    public async Task The_owner_has_the_draft_to_approve_and_the_revision_due_on_Mine_opgaver()
    {
        var (_, local, _, draft) = await App.DemoGuidelinesAsync();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var tasks = await lars.GetPageAsync(Routes.MyTasks);

        var section = tasks.Document.QuerySelector("section[aria-labelledby='kvalitetsarbejde']")!;
        var links = section.QuerySelectorAll("a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href"))).ToList();
        Assert.Contains(links, l => l.Text.StartsWith("Godkend udkast: Lokal retningslinje", StringComparison.Ordinal) && l.Href == Routes.Guidelines.Version(local, draft));
        Assert.Contains(links, l => l.Text.StartsWith("Revidér Lokal retningslinje", StringComparison.Ordinal) && l.Href == Routes.Guidelines.Guideline(local));

        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var hers = await mette.GetPageAsync(Routes.MyTasks);
        Assert.DoesNotContain("Godkend udkast", hers.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_names_the_guideline_it_implements_and_the_guideline_lists_it()
    {
        var (regional, _, _, _) = await App.DemoGuidelinesAsync();
        var solsikken = await App.OfferIdAsync(DemoUsers.Maagen);
        Guid templateId;
        await using (var db = App.CreateSystemDbContext())
        {
            templateId = await db.PlanTemplates.Where(t => t.OfferId == solsikken).OrderBy(t => t.Name).Select(t => t.Id).FirstAsync();
        }

        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var editor = await lars.GetPageAsync(Routes.Admin.Template(templateId));

        var saved = await editor.SubmitAsync("#retningslinje-form", new Dictionary<string, string?> { ["guidelineId"] = regional.ToString() });

        Assert.Equal(Routes.Admin.Template(templateId), saved.RedirectPath());
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.Equal(regional, await db.PlanTemplates.Where(t => t.Id == templateId).Select(t => t.GuidelineId).SingleAsync());
        }

        var guideline = await lars.GetPageAsync(Routes.Guidelines.Guideline(regional));
        var listed = guideline.Document.QuerySelector("section[aria-labelledby='skabeloner']")!.TextContent;
        Assert.True(listed.Contains("Solsikken)", StringComparison.Ordinal), listed);
    }
}
