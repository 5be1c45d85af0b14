using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure.Routing;
using Retning.Web.Pages.Retningslinjer;

namespace Retning.IntegrationTests.Retningslinjer;

/// <summary>
/// Writing guidelines through the forms (issue 15, step 1): a new guideline with a real PDF or DOCX, a fake file refused at
/// the field with nothing typed lost, approval with its dates, an approved version never changed, and a stale approval.
/// </summary>
public sealed class GuidelineWorkflowTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<Dictionary<string, string[]>> NewLocalAsync(string title) => new()
    {
        ["Input.Title"] = [title],
        ["Input.Level"] = [nameof(GuidelineLevel.Local)],
        ["Input.OfferIds"] = [(await App.OfferIdAsync(DemoUsers.Maagen)).ToString()],
        ["Input.Indicators"] = [nameof(QualityIndicator.GuidelinesForGoals), nameof(QualityIndicator.GuidelinesForStatus)],
        ["Input.Text"] = ["Målene skrives sammen med barnet og forældremyndigheden."],
    };

    [Theory]
    [InlineData("retningslinje.pdf", GuidelineDocument.Pdf)]
    [InlineData("retningslinje.docx", GuidelineDocument.Docx)]
    public async Task A_new_guideline_with_a_real_file_is_saved_as_a_draft(string fileName, string contentType)
    {
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var page = (await client.GetPageAsync(Routes.Guidelines.New)).AssertStatus(HttpStatusCode.OK);
        var bytes = contentType == GuidelineDocument.Pdf ? GuidelineTestData.Pdf : GuidelineTestData.Docx();

        var response = await client.SubmitGuidelineAsync(page, BrowserlessClient.MainForm, await NewLocalAsync("Lokal retningslinje " + fileName), (bytes, fileName));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.CreateSystemDbContext();
        var guideline = await db.Guidelines.Include(g => g.Offers).Include(g => g.Versions).SingleAsync(g => g.Title == "Lokal retningslinje " + fileName);
        Assert.Equal(GuidelineIndicators.Goals | GuidelineIndicators.StatusMaterial, guideline.Indicators);
        Assert.Equal(await App.UserIdAsync(DemoUsers.Kvalitet), guideline.OwnerUserId);
        var version = Assert.Single(guideline.Versions);
        Assert.Null(version.ApprovedOn);
        Assert.Equal(contentType, version.DocumentContentType);
        Assert.Equal(bytes, version.Document);
        Assert.Equal(Routes.Guidelines.Version(guideline.Id, version.Id), response.RedirectPath());

        // The file comes back as an attachment of the type its content was checked to be.
        var download = await client.GetAsync(Routes.Guidelines.Document(guideline.Id, version.Id));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(contentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_fake_file_gets_the_Danish_message_at_the_field_and_nothing_typed_is_lost()
    {
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var page = await client.GetPageAsync(Routes.Guidelines.New);

        var answer = await client.SubmitGuidelineForPageAsync(page, BrowserlessClient.MainForm, await NewLocalAsync("Falsk fil"), (GuidelineTestData.Fake, "retningslinje.pdf"));

        answer.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Filen er ikke en hel PDF- eller Word-fil (DOCX). Gem retningslinjen som PDF eller DOCX, og vælg den igen.", answer.FieldError("Input.Document"));
        Assert.Equal("Falsk fil", answer.FieldValue("Input.Title"));
        Assert.Equal("Målene skrives sammen med barnet og forældremyndigheden.", answer.FieldValue("Input.Text"));
        Assert.Equal([nameof(QualityIndicator.GuidelinesForGoals), nameof(QualityIndicator.GuidelinesForStatus)],
            answer.FormFields().Where(f => f.Key == "Input.Indicators").Select(f => f.Value));
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.Guidelines.AnyAsync(g => g.Title == "Falsk fil"));
    }

    [Fact]
    public async Task A_care_worker_may_not_write_and_a_department_head_not_a_regional_guideline()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync(Routes.Guidelines.New)).StatusCode);

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var page = await anne.GetPageAsync(Routes.Guidelines.New);
        var fields = await NewLocalAsync("Regional af afdelingslederen");
        fields["Input.Level"] = [nameof(GuidelineLevel.Regional)];

        var answer = await anne.SubmitGuidelineForPageAsync(page, BrowserlessClient.MainForm, fields);

        Assert.NotNull(answer.FieldError("Input.Level"));
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.Guidelines.AnyAsync(g => g.Title == "Regional af afdelingslederen"));
    }

    [Fact]
    public async Task An_approved_draft_is_in_force_and_then_never_changed()
    {
        var (_, local, _, draft) = await App.DemoGuidelinesAsync();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var page = (await lars.GetPageAsync(Routes.Guidelines.Version(local, draft))).AssertStatus(HttpStatusCode.OK);

        // The form proposes approval and start today and a revision two years on.
        var approved = await page.SubmitAsync("#godkend-form");

        Assert.Equal(Routes.Guidelines.Guideline(local), approved.RedirectPath());
        await using (var db = App.CreateSystemDbContext())
        {
            var version = await db.GuidelineVersions.SingleAsync(v => v.Id == draft);
            Assert.Equal(App.Today, version.ApprovedOn);
            Assert.Equal(await App.UserIdAsync(DemoUsers.Lars), version.ApprovedByUserId);
            Assert.Equal(App.Today.AddYears(2), (await db.Guidelines.SingleAsync(g => g.Id == local)).RevisionDueOn);
        }

        var shown = await lars.GetPageAsync(Routes.Guidelines.Guideline(local));
        Assert.Contains("Gældende version (version 2", shown.MainText, StringComparison.Ordinal);

        // The edit form opened before the approval is refused now, and the text stays as approved.
        var edit = await lars.SubmitGuidelineForPageAsync(page, BrowserlessClient.MainForm, new Dictionary<string, string[]> { ["Input.Text"] = ["Rettet efter godkendelsen."] });
        Assert.Contains(VersionModel.ApprovedMessage, edit.ErrorSummary);
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.DoesNotContain("Rettet efter", (await db.GuidelineVersions.SingleAsync(v => v.Id == draft)).Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_stale_approval_shows_the_conflict_and_approves_nothing()
    {
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var created = await kvalitet.SubmitGuidelineAsync(await kvalitet.GetPageAsync(Routes.Guidelines.New), BrowserlessClient.MainForm, await NewLocalAsync("To på samme udkast"));
        var url = created.RedirectPath()!;
        var approvalOpened = await kvalitet.GetPageAsync(url);

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var anneForm = await anne.GetPageAsync(url);
        var saved = await anne.SubmitGuidelineAsync(anneForm, BrowserlessClient.MainForm, new Dictionary<string, string[]> { ["Input.Text"] = ["Anne har skrevet videre."] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var conflict = await approvalOpened.SubmitForPageAsync("#godkend-form");

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(VersionModel.ConflictMessage, conflict.ErrorSummary);
        await using var db = App.CreateSystemDbContext();
        var id = await db.Guidelines.Where(g => g.Title == "To på samme udkast").Select(g => g.Id).SingleAsync();
        var version = await db.GuidelineVersions.SingleAsync(v => v.GuidelineId == id);
        Assert.Null(version.ApprovedOn);
        Assert.Equal("Anne har skrevet videre.", version.Text);
    }
}
