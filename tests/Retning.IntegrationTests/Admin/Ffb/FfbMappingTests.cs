using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;
using Retning.IntegrationTests.Planer;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using static Retning.IntegrationTests.Admin.Ffb.FfbMappingTestKit;

namespace Retning.IntegrationTests.Admin.Ffb;

/// <summary>
/// /admin/ffb: the administrator gives a local theme or a local scale level an FFB code from the
/// shipped code system (docs/adr/0018-ffb-vocabulary.md); built-in codes are fixed; an unknown code is
/// refused at the field with the choice kept; a stale save saves nothing; others get 403, audited.
/// Runs on SQLite and, with RETNING_TEST_PG, on PostgreSQL.
/// </summary>
public sealed class FfbMappingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Form = "#ffb-form form";

    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_FFB_templates_themes_and_the_FFB_scales_levels_show_their_fixed_codes()
    {
        var offer = await App.DemoOfferAsync();
        var ffb = await App.TemplateAsync(offer, TemplateKind.Ffb);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        var page = (await admin.GetPageAsync($"{Page}?tilbud={offer}")).AssertStatus(HttpStatusCode.OK);

        var mental = page.Document.GetElementById($"tema-{ffb}-mental")!;
        Assert.Equal("25c5c614-305f-46cd-9891-55d564fc30cf", mental.GetAttribute("data-code"));
        Assert.Contains("Fast kode", mental.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll("tr[data-code='e99763d6-6c43-4969-ad52-2b1a7055f9dc']"), r => r.TextContent.Contains("Fuldstændigt", StringComparison.Ordinal));
        // A fixed row has no form, even when asked for one.
        var asked = (await admin.GetPageAsync(ThemeForm(offer, ffb, "mental"))).AssertStatus(HttpStatusCode.OK);
        Assert.Null(asked.Document.QuerySelector(Form));
    }

    [Fact]
    public async Task The_administrator_maps_a_local_theme_changes_and_removes_it_each_audited_and_the_lookup_follows()
    {
        var offer = await App.DemoOfferAsync();
        var ics = await App.TemplateAsync(offer, TemplateKind.Ics);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        var form = (await admin.GetPageAsync(ThemeForm(offer, ics, "venskab"))).AssertStatus(HttpStatusCode.OK);
        // The choices are FFB themes and their conditions only.
        var options = form.Document.QuerySelectorAll($"{Form} select[name='Input.Code'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(Relations, options);
        Assert.Contains(Memory, options);
        Assert.DoesNotContain(HighNeed, options);
        var before = await App.LastAuditIdAsync();
        var saved = await form.SubmitAsync(Form, Code(Relations));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = await App.SingleAuditRowAsync(before, "Mapping a theme");
        Assert.Equal((AuditAction.Create, (Guid?)null, "Administration: FFB-koder"), (row.Action, row.CitizenId, row.Subject));
        Assert.Contains("Relationer", row.Detail, StringComparison.Ordinal);
        var mapping = await App.MappingAsync(FfbKind.Theme, ics, "venskab");
        Assert.Equal((Relations, "20240530"), (mapping?.Code, mapping?.CodeSystemVersion));
        var coding = await App.LookupAsync(l => l.ThemeAsync(ics, "venskab", default));
        Assert.Equal(new FfbCoding("urn:oid:1.2.208.176.2.22", "20240530", Relations, "Relationer"), coding);
        var list = (await admin.GetPageAsync($"{Page}?tilbud={offer}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(Relations, list.Document.GetElementById($"tema-{ics}-venskab")!.GetAttribute("data-code"));

        form = (await admin.GetPageAsync(ThemeForm(offer, ics, "venskab"))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(Relations, form.FieldValue("Input.Code", Form));
        before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(Form, Code(Memory))).StatusCode);
        Assert.Equal(AuditAction.Update, (await App.SingleAuditRowAsync(before, "Changing a theme's code")).Action);
        Assert.Equal("Hukommelse", (await App.LookupAsync(l => l.ThemeAsync(ics, "venskab", default)))?.Display);

        form = (await admin.GetPageAsync(ThemeForm(offer, ics, "venskab"))).AssertStatus(HttpStatusCode.OK);
        before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(Form, Code(null))).StatusCode);
        Assert.Equal(AuditAction.Delete, (await App.SingleAuditRowAsync(before, "Removing a theme's code")).Action);
        Assert.Null(await App.MappingAsync(FfbKind.Theme, ics, "venskab"));
        Assert.Null(await App.LookupAsync(l => l.ThemeAsync(ics, "venskab", default)));
    }

    [Fact]
    public async Task The_administrator_maps_a_level_of_a_local_scale_and_the_lookup_answers_it()
    {
        var offer = await App.DemoOfferAsync();
        var scale = await App.LocalScaleAsync(offer, "Lokal skala " + Guid.NewGuid().ToString("N")[..6]);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        var form = (await admin.GetPageAsync(LevelForm(offer, scale, 2))).AssertStatus(HttpStatusCode.OK);
        var options = form.Document.QuerySelectorAll($"{Form} select[name='Input.Code'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(7, options.Count); // "Ingen FFB-kode" and FFB's six support-need levels
        var before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(Form, Code(HighNeed))).StatusCode);
        Assert.Equal(AuditAction.Create, (await App.SingleAuditRowAsync(before, "Mapping a level")).Action);

        Assert.Equal("Højt støttebehov", (await App.LookupAsync(l => l.ScaleLevelAsync(scale, null, 2, default)))?.Display);
        Assert.Equal("Højt støttebehov", (await App.LookupAsync(l => l.ScaleLevelAsync(scale, 1, 2, default)))?.Display);
        Assert.Null(await App.LookupAsync(l => l.ScaleLevelAsync(scale, null, 1, default)));
        Assert.Equal("Ikke vurderet", (await App.LookupAsync(l => l.ScaleLevelAsync(scale, null, null, default)))?.Display);

        // The offer's default scale is FFB's as shipped: its levels have the built-in codes.
        var ffbScale = await App.DefaultScaleAsync(offer);
        Assert.Equal("Højt støttebehov", (await App.LookupAsync(l => l.ScaleLevelAsync(ffbScale, null, 3, default)))?.Display);
    }

    [Fact]
    public async Task An_unknown_code_or_one_of_another_kind_is_refused_at_the_field_and_the_choice_kept()
    {
        var offer = await App.DemoOfferAsync();
        var vum = await App.TemplateAsync(offer, TemplateKind.Vum);
        var ffb = await App.TemplateAsync(offer, TemplateKind.Ffb);
        var count = await App.MappingCountAsync();
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var form = (await admin.GetPageAsync(ThemeForm(offer, vum, "mobilitet"))).AssertStatus(HttpStatusCode.OK);

        var unknown = (await form.SubmitForPageAsync(Form, Code("ikke-en-kode"))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Vælg en kode fra listen. Koden ikke-en-kode er ikke et tema eller en tilstand i FFB (version 20240530).", unknown.FieldError("Input.Code"));
        Assert.Equal("ikke-en-kode", unknown.FieldValue("Input.Code", Form));
        Assert.Single(unknown.ErrorSummary);

        var wrongKind = (await form.SubmitForPageAsync(Form, Code(HighNeed))).AssertStatus(HttpStatusCode.OK);
        Assert.StartsWith($"Vælg en kode fra listen. Koden {HighNeed} er ikke", wrongKind.FieldError("Input.Code"), StringComparison.Ordinal);
        Assert.Equal(HighNeed, wrongKind.FieldValue("Input.Code", Form));

        var tooLong = (await form.SubmitForPageAsync(Form, Code(new string('x', 65)))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Teksten er for lang: højst 64 tegn (nu 65).", tooLong.FieldError("Input.Code"));

        // A forged post for a fixed theme is refused at the field too.
        var forged = await form.SubmitForPageAsync(Form, new Dictionary<string, string?> { ["Input.OwnerId"] = ffb.ToString(), ["Input.ItemKey"] = "mental", ["Input.Code"] = Memory });
        Assert.Equal("Mentale funktioner har en fast FFB-kode (Mentale funktioner), som ikke kan ændres her.", forged.AssertStatus(HttpStatusCode.OK).FieldError("Input.Code"));

        Assert.Equal(count, await App.MappingCountAsync());
    }

    [Fact]
    public async Task A_stale_save_saves_nothing_keeps_the_choice_and_a_second_save_is_deliberate()
    {
        var offer = await App.DemoOfferAsync();
        var ics = await App.TemplateAsync(offer, TemplateKind.Ics);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var first = (await admin.GetPageAsync(ThemeForm(offer, ics, "skole"))).AssertStatus(HttpStatusCode.OK);
        var second = (await admin.GetPageAsync(ThemeForm(offer, ics, "skole"))).AssertStatus(HttpStatusCode.OK);
        const string Education = "8888edfa-642b-4329-9fe3-a9b180e6d3f4";

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(Form, Code(Education))).StatusCode);
        var before = await App.LastAuditIdAsync();
        var stale = (await second.SubmitForPageAsync(Form, Code(Relations))).AssertStatus(HttpStatusCode.OK);

        Assert.Contains("En anden administrator har ændret FFB-koden for Skoleforhold", Assert.Single(stale.ErrorSummary), StringComparison.Ordinal);
        Assert.Contains("Varetage uddannelse", stale.MainText, StringComparison.Ordinal);
        Assert.Equal(Relations, stale.FieldValue("Input.Code", Form));
        Assert.Equal(Education, (await App.MappingAsync(FfbKind.Theme, ics, "skole"))?.Code);
        Assert.Empty(await App.AuditEntriesSinceAsync(before));

        Assert.Equal(HttpStatusCode.Redirect, (await stale.SubmitAsync(Form, Code(Relations))).StatusCode);
        Assert.Equal(Relations, (await App.MappingAsync(FfbKind.Theme, ics, "skole"))?.Code);
    }

    [Theory]
    [InlineData(DemoUsers.Mette)]
    [InlineData(DemoUsers.Lars)]
    [InlineData(DemoUsers.Kvalitet)]
    public async Task Everyone_but_the_administrator_gets_403_audited_and_changes_nothing(string email)
    {
        var offer = await App.DemoOfferAsync();
        var ics = await App.TemplateAsync(offer, TemplateKind.Ics);
        var count = await App.MappingCountAsync();
        using var client = await fixture.SignInAsync(email);
        var token = (await client.GetPageAsync("/")).FormFields("form.app-logout").Single(f => f.Key == "__RequestVerificationToken");
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(ThemeForm(offer, ics, "familie"))).StatusCode);
        var denied = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, await App.UserIdAsync(email)), (denied.Action, denied.UserId));
        var post = await client.PostRawAsync($"{Page}?handler=Gem&tilbud={offer}",
            [token, new("Input.Kind", "Theme"), new("Input.OwnerId", ics.ToString()), new("Input.ItemKey", "familie"), new("Input.Code", Relations), new("Input.Version", "0")]);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(count, await App.MappingCountAsync());
    }
}
