using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Planer;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Admin;

/// <summary>
/// /admin/formaalskategorier: the administrator keeps a region's purpose categories (add, rename,
/// move, take out of use and into use again), each change audited and checked against the version
/// the page showed; everyone else gets 403 (docs/domain.md, "Purposes").
/// </summary>
public sealed class PurposeCategoriesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Page = "/admin/formaalskategorier";

    private RetningApp App => fixture.App;

    private async Task<Guid> DemoRegionAsync()
    {
        var departmentId = await App.DepartmentIdAsync(DemoUsers.Maagen);
        await using var db = App.CreateSystemDbContext();
        return await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Offer!.RegionId).SingleAsync();
    }

    private async Task<List<PurposeCategory>> ListAsync(Guid regionId)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.PurposeCategories.AsNoTracking().Where(c => c.RegionId == regionId).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
    }

    private static string For(Guid regionId) => $"{Page}?region={regionId}";

    /// <summary>Adds a category through the form and returns it.</summary>
    private async Task<PurposeCategory> AddAsync(BrowserlessClient admin, Guid regionId, string name)
    {
        var page = (await admin.GetPageAsync(For(regionId))).AssertStatus(HttpStatusCode.OK);
        var response = await page.SubmitAsync("#tilfoej-kategori", new Dictionary<string, string?> { ["NewCategory.Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await ListAsync(regionId)).Single(c => c.Name == name);
    }

    [Fact]
    public async Task Every_region_starts_with_the_shipped_FFB_list_in_order()
    {
        var list = await ListAsync(await DemoRegionAsync());

        // Other tests of the class add and move their own categories (without a code) among them.
        Assert.Equal(PurposeCategory.DefaultList.Select(d => (d.Name, (string?)d.Code)), list.Where(c => c.Code != null).Select(c => (c.Name, c.Code)));
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var page = (await admin.GetPageAsync(Page)).AssertStatus(HttpStatusCode.OK);
        var first = page.Document.QuerySelector("#kategori-tabel tbody tr")!.TextContent;
        Assert.Contains("Egenomsorg", first, StringComparison.Ordinal);
        Assert.Contains("I brug", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.Mette)]
    [InlineData(DemoUsers.Anne)]
    [InlineData(DemoUsers.Lars)]
    [InlineData(DemoUsers.Kvalitet)]
    public async Task Everyone_but_the_administrator_gets_403_and_changes_nothing(string email)
    {
        var region = await DemoRegionAsync();
        var before = await ListAsync(region);
        using var client = await fixture.SignInAsync(email);
        var token = (await client.GetPageAsync("/")).FormFields("form.app-logout").Single(f => f.Key == "__RequestVerificationToken");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(For(region))).StatusCode);
        var add = await client.PostRawAsync($"{Page}?handler=Tilfoej", [token, new("region", region.ToString()), new("NewCategory.Name", "Ulovlig")]);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        var retire = await client.PostRawAsync($"{Page}?handler=Aktiv",
            [token, new("region", region.ToString()), new("id", before[0].Id.ToString()), new("aktiv", "false"), new("version", before[0].Version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Forbidden, retire.StatusCode);
        Assert.Equal(before.Select(c => (c.Name, c.IsActive)), (await ListAsync(region)).Select(c => (c.Name, c.IsActive)));
    }

    [Fact]
    public async Task The_administrator_adds_renames_moves_and_retires_a_category_each_change_audited()
    {
        var region = await DemoRegionAsync();
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        var before = await App.LastAuditIdAsync();
        var added = await AddAsync(admin, region, "Fritid og interesser");
        var row = await App.SingleAuditRowAsync(before, "Adding a category");
        Assert.Equal((AuditAction.Create, (Guid?)null, "Administration: formålskategorier"), (row.Action, row.CitizenId, row.Subject));
        var list = await ListAsync(region);
        Assert.Equal(added.Id, list[^1].Id);
        Assert.True(added.IsActive);
        Assert.Null(added.Code);

        // Rename: the form opens by a link and carries the version.
        var form = (await admin.GetPageAsync($"{For(region)}&ret={added.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Fritid og interesser", form.FieldValue("Rename.Name", $"#omdoeb-{added.Id}"));
        before = await App.LastAuditIdAsync();
        var renamed = await form.SubmitAsync($"#omdoeb-{added.Id}", new Dictionary<string, string?> { ["Rename.Name"] = "Fritidsliv" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Fritidsliv", (await App.SingleAuditRowAsync(before, "Renaming a category")).Detail, StringComparison.Ordinal);

        // Move up one place: it swaps with its neighbour.
        var page = (await admin.GetPageAsync(For(region))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync($"#op-{added.Id}")).StatusCode);
        list = await ListAsync(region);
        Assert.Equal(added.Id, list[^2].Id);

        // Take it out of use: it stays in the list, but the purpose form no longer offers it.
        page = (await admin.GetPageAsync(For(region))).AssertStatus(HttpStatusCode.OK);
        before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync($"#aktiv-{added.Id}")).StatusCode);
        Assert.Equal(AuditAction.Update, (await App.SingleAuditRowAsync(before, "Retiring a category")).Action);
        Assert.False((await ListAsync(region)).Single(c => c.Id == added.Id).IsActive);
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var purposeForm = (await anne.GetPageAsync($"/borgere/{child.Id}/formaal")).AssertStatus(HttpStatusCode.OK);
        var offered = purposeForm.Document.QuerySelectorAll("form#tilfoej-formaal select[name='Input.CategoryId'] option").Select(o => o.TextContent).ToList();
        Assert.DoesNotContain("Fritidsliv", offered);
        Assert.Contains("Egenomsorg", offered);

        // And into use again.
        page = (await admin.GetPageAsync(For(region))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync($"#aktiv-{added.Id}")).StatusCode);
        Assert.True((await ListAsync(region)).Single(c => c.Id == added.Id).IsActive);
    }

    [Fact]
    public async Task A_duplicate_empty_or_too_long_name_is_refused_at_the_field_and_the_typed_value_kept()
    {
        var region = await DemoRegionAsync();
        var count = (await ListAsync(region)).Count;
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var form = (await admin.GetPageAsync(For(region))).AssertStatus(HttpStatusCode.OK);

        var duplicate = (await form.SubmitForPageAsync("#tilfoej-kategori", new Dictionary<string, string?> { ["NewCategory.Name"] = "egenomsorg" }))
            .AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Der er allerede en kategori, der hedder Egenomsorg.", duplicate.FieldError("NewCategory.Name"));
        Assert.Equal("egenomsorg", duplicate.FieldValue("NewCategory.Name", "#tilfoej-kategori"));
        Assert.Single(duplicate.ErrorSummary);

        var empty = (await form.SubmitForPageAsync("#tilfoej-kategori", new Dictionary<string, string?> { ["NewCategory.Name"] = "  " }))
            .AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Skriv kategoriens navn.", empty.FieldError("NewCategory.Name"));

        var tooLong = (await form.SubmitForPageAsync("#tilfoej-kategori", new Dictionary<string, string?> { ["NewCategory.Name"] = new string('x', 101) }))
            .AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Teksten er for lang: højst 100 tegn (nu 101).", tooLong.FieldError("NewCategory.Name"));
        Assert.Equal(new string('x', 101), tooLong.FieldValue("NewCategory.Name", "#tilfoej-kategori"));

        // Renaming to another category's name is refused too.
        var mobility = (await ListAsync(region)).Single(c => c.Name == "Mobilitet");
        var rename = (await admin.GetPageAsync($"{For(region)}&ret={mobility.Id}")).AssertStatus(HttpStatusCode.OK);
        var refused = (await rename.SubmitForPageAsync($"#omdoeb-{mobility.Id}", new Dictionary<string, string?> { ["Rename.Name"] = "RELATIONER" }))
            .AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Der er allerede en kategori, der hedder Relationer.", refused.FieldError("Rename.Name"));
        Assert.Equal("RELATIONER", refused.FieldValue("Rename.Name", $"#omdoeb-{mobility.Id}"));

        Assert.Equal(count, (await ListAsync(region)).Count);
        Assert.Equal("Mobilitet", (await ListAsync(region)).Single(c => c.Id == mobility.Id).Name);
    }

    [Fact]
    public async Task Two_administrators_change_the_same_category_the_second_is_told_and_nothing_is_overwritten()
    {
        var region = await DemoRegionAsync();
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        using var other = await fixture.SignInAsync(DemoUsers.Admin);
        var category = await AddAsync(admin, region, "Samtidig kategori");
        var first = (await admin.GetPageAsync($"{For(region)}&ret={category.Id}")).AssertStatus(HttpStatusCode.OK);
        var second = (await other.GetPageAsync($"{For(region)}&ret={category.Id}")).AssertStatus(HttpStatusCode.OK);
        var list = (await other.GetPageAsync(For(region))).AssertStatus(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync($"#omdoeb-{category.Id}", new Dictionary<string, string?> { ["Rename.Name"] = "Første navn" })).StatusCode);
        var before = await App.LastAuditIdAsync();
        var conflict = (await second.SubmitForPageAsync($"#omdoeb-{category.Id}", new Dictionary<string, string?> { ["Rename.Name"] = "Andet navn" }))
            .AssertStatus(HttpStatusCode.OK);

        Assert.Equal("En anden administrator har ændret kategorien, mens du rettede den; den gemte hedder Første navn. Dit navn er bevaret. Gem igen for at bruge det.",
            conflict.FieldError("Rename.Name"));
        Assert.Equal("Andet navn", conflict.FieldValue("Rename.Name", $"#omdoeb-{category.Id}"));
        Assert.Equal("Første navn", (await ListAsync(region)).Single(c => c.Id == category.Id).Name);
        // Retiring from the list shown before the rename is refused as well.
        var stale = (await list.SubmitForPageAsync($"#aktiv-{category.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains(IndexModelStale("Første navn"), stale.ErrorSummary);
        Assert.True((await ListAsync(region)).Single(c => c.Id == category.Id).IsActive);
        Assert.Empty(await App.AuditEntriesSinceAsync(before));

        // Saving again from the conflict form is a deliberate choice over the stored name.
        Assert.Equal(HttpStatusCode.Redirect, (await conflict.SubmitAsync($"#omdoeb-{category.Id}")).StatusCode);
        Assert.Equal("Andet navn", (await ListAsync(region)).Single(c => c.Id == category.Id).Name);
    }

    [Fact]
    public async Task The_last_category_in_use_cannot_be_retired_and_an_unknown_region_is_404()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(For(Guid.NewGuid()))).StatusCode);

        // A region of its own with one category in use.
        var region = new Domain.Organisation.Region { Name = "Testregion " + Guid.NewGuid().ToString("N")[..6] };
        var only = new PurposeCategory { RegionId = region.Id, Name = "Eneste", SortOrder = 1 };
        await using (var db = App.CreateSystemDbContext())
        {
            db.Regions.Add(region);
            db.PurposeCategories.Add(only);
            await db.SaveChangesAsync();
        }

        var page = (await admin.GetPageAsync(For(region.Id))).AssertStatus(HttpStatusCode.OK);
        var refused = (await page.SubmitForPageAsync($"#aktiv-{only.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Eneste er den eneste kategori i brug. Der skal være mindst én, ellers kan der ikke registreres formål.", refused.ErrorSummary);
        Assert.True((await ListAsync(region.Id)).Single().IsActive);
    }

    private static string IndexModelStale(string name) => Web.Pages.Admin.Formaalskategorier.IndexModel.StaleMessage(name);
}
