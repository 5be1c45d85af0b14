using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Planer;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Formaal;

/// <summary>
/// The purpose form's category (docs/domain.md, "Purposes"): required for a new purpose and for a
/// new wording, one of the citizen's region's categories in use; purposes from before categories
/// existed show "Ikke kategoriseret" on the purpose page and in the plan.
/// </summary>
public sealed class PurposeCategoryFormTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string AddForm = "form#tilfoej-formaal";
    private const string ReviseForm = "form[action*='handler=Revise']";

    private RetningApp App => fixture.App;

    private static Dictionary<string, string?> NewPurpose(string? category, string title = "Hverdag") => new()
    {
        ["Input.Title"] = title,
        ["Input.Text"] = "At borgeren klarer sin morgen selv.",
        ["Input.ReceivedOn"] = "2026-01-15",
        ["Input.Source"] = nameof(PurposeSource.ActionPlan141),
        ["Input.SourceReference"] = "Handleplan af 10-01-2026",
        ["Input.CategoryId"] = category,
    };

    private async Task<List<Purpose>> PurposesAsync(Guid citizenId)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.Purposes.AsNoTracking().IgnoreQueryFilters().Include(p => p.Revisions).Where(p => p.CitizenId == citizenId).ToListAsync();
    }

    /// <summary>A category stored directly: of a region of its own, or of the demo region taken out of use.</summary>
    private async Task<PurposeCategory> StoredCategoryAsync(bool otherRegion, bool active)
    {
        await using var db = App.CreateSystemDbContext();
        var departmentId = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var regionId = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Offer!.RegionId).SingleAsync();
        if (otherRegion)
        {
            var region = new Region { Name = "Anden region " + Guid.NewGuid().ToString("N")[..6] };
            db.Regions.Add(region);
            regionId = region.Id;
        }

        var category = new PurposeCategory { RegionId = regionId, Name = "Testkategori " + Guid.NewGuid().ToString("N")[..6], SortOrder = 99, IsActive = active };
        db.PurposeCategories.Add(category);
        await db.SaveChangesAsync();
        return category;
    }

    [Fact]
    public async Task A_purpose_is_registered_with_a_category_shown_on_the_purpose_and_in_the_plan_and_a_revision_may_change_it()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var url = $"/borgere/{child.Id}/formaal";
        var form = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        // The region's categories in use, in the region's order, after a prompt.
        var options = form.Document.QuerySelectorAll($"{AddForm} select[name='Input.CategoryId'] option").Select(o => o.TextContent).ToList();
        Assert.Equal("Vælg kategori", options[0]);
        Assert.Equal("Egenomsorg", options[1]);

        var selfCare = await App.PurposeCategoryAsync("Egenomsorg");
        await form.SubmitAsync(AddForm, NewPurpose(selfCare)).AssertRedirectAsync();
        var purpose = Assert.Single(await PurposesAsync(child.Id));
        Assert.Equal(Guid.Parse(selfCare), purpose.Current!.CategoryId);
        var page = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Egenomsorg", page.Document.QuerySelector($"#formaal-{purpose.Id} .app-purpose-category")!.TextContent);

        // A revision starts from the current category and may change it.
        var revision = (await mette.GetPageAsync($"{url}?revider={purpose.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(selfCare, revision.FieldValue("Revision.CategoryId", ReviseForm));
        var society = await App.PurposeCategoryAsync("Samfundsliv");
        await revision.SubmitAsync(ReviseForm, new Dictionary<string, string?>
        {
            ["Revision.Text"] = "At borgeren passer sit arbejde i beskyttet beskæftigelse.", ["Revision.ReceivedOn"] = "2026-02-01", ["Revision.CategoryId"] = society,
        }).AssertRedirectAsync();
        var stored = Assert.Single(await PurposesAsync(child.Id));
        Assert.Equal(Guid.Parse(society), stored.Current!.CategoryId);
        Assert.Contains(stored.Revisions, r => r.CategoryId == Guid.Parse(selfCare));

        await mette.CreatePlanAsync(child.Id);
        var plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Formålskategori: Samfundsliv", plan.Document.QuerySelector("#formaal")!.TextContent, StringComparison.Ordinal);

        // The query the management figures use: the newest wording's category, by name.
        await using var db = App.CreateSystemDbContext();
        var name = await db.PurposeRevisions.IgnoreQueryFilters().Where(r => r.PurposeId == purpose.Id).OrderByDescending(r => r.ReceivedOn)
            .Select(r => r.Category!.Name).FirstAsync();
        Assert.Equal("Samfundsliv", name);
    }

    [Fact]
    public async Task Without_a_category_the_purpose_is_refused_at_the_field_and_what_was_typed_is_kept()
    {
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var form = (await anne.GetPageAsync($"/borgere/{child.Id}/formaal")).AssertStatus(HttpStatusCode.OK);

        var page = (await form.SubmitForPageAsync(AddForm, NewPurpose(category: ""))).AssertStatus(HttpStatusCode.OK);

        Assert.Equal("Vælg formålets kategori, så formålene kan tælles pr. kategori.", page.FieldError("Input.CategoryId"));
        Assert.Single(page.ErrorSummary);
        Assert.Equal("Hverdag", page.FieldValue("Input.Title", AddForm));
        Assert.Equal("At borgeren klarer sin morgen selv.", page.FieldValue("Input.Text", AddForm));
        Assert.Equal("Handleplan af 10-01-2026", page.FieldValue("Input.SourceReference", AddForm));
        Assert.Empty(await PurposesAsync(child.Id));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task A_category_of_another_region_or_one_out_of_use_is_refused_at_the_field(bool otherRegion, bool active)
    {
        var category = await StoredCategoryAsync(otherRegion, active);
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var form = (await anne.GetPageAsync($"/borgere/{child.Id}/formaal")).AssertStatus(HttpStatusCode.OK);
        Assert.DoesNotContain(form.Document.QuerySelectorAll($"{AddForm} select[name='Input.CategoryId'] option"), o => o.TextContent == category.Name);

        var page = (await form.SubmitForPageAsync(AddForm, NewPurpose(category.Id.ToString()))).AssertStatus(HttpStatusCode.OK);

        Assert.Equal(otherRegion ? "Vælg en kategori fra listen." : $"Kategorien {category.Name} er ikke længere i brug. Vælg en anden.",
            page.FieldError("Input.CategoryId"));
        Assert.Equal("At borgeren klarer sin morgen selv.", page.FieldValue("Input.Text", AddForm));
        Assert.Empty(await PurposesAsync(child.Id));
    }

    [Fact]
    public async Task A_purpose_from_before_categories_shows_Ikke_kategoriseret_and_its_revision_must_choose_one()
    {
        var child = await App.NewChildAsync();
        var purpose = new Purpose { CitizenId = child.Id, Title = "Gammelt formål" };
        purpose.Revisions.Add(new PurposeRevision
        {
            PurposeId = purpose.Id, Text = "At barnet trives.", ReceivedOn = App.Today.AddDays(-40), Source = PurposeSource.ActionPlan140,
            EnteredByName = "Test", EnteredUtc = App.Clock.GetUtcNow().UtcDateTime,
        });
        await using (var db = App.CreateSystemDbContext())
        {
            db.Purposes.Add(purpose);
            await db.SaveChangesAsync();
        }

        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var url = $"/borgere/{child.Id}/formaal";
        var page = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Ikke kategoriseret", page.Document.QuerySelector($"#formaal-{purpose.Id} .app-purpose-category")!.TextContent);
        await mette.CreatePlanAsync(child.Id);
        var plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Formålskategori: Ikke kategoriseret", plan.Document.QuerySelector("#formaal")!.TextContent, StringComparison.Ordinal);

        var revision = (await mette.GetPageAsync($"{url}?revider={purpose.Id}")).AssertStatus(HttpStatusCode.OK);
        var refused = (await revision.SubmitForPageAsync(ReviseForm, new Dictionary<string, string?>
        {
            ["Revision.Text"] = "At barnet trives i skolen.", ["Revision.ReceivedOn"] = App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Vælg formålets kategori, så formålene kan tælles pr. kategori.", refused.FieldError("Revision.CategoryId"));
        Assert.Equal("At barnet trives i skolen.", refused.FieldValue("Revision.Text", ReviseForm));
        Assert.Single(Assert.Single(await PurposesAsync(child.Id)).Revisions);
    }
}
