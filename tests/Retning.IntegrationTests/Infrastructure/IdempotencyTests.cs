using System.Net;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure.Idempotency;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// A create form's POST runs once per form key: a retry after a lost answer, a double click or
/// four concurrent copies make one note and one audit row, and every answer leads to it.
/// </summary>
public sealed class IdempotencyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Form = "form.app-diary-form";
    private const string KeyField = IdempotentAttribute.FieldName;
    private RetningApp App => fixture.App;

    private static Dictionary<string, string?> ValidNote(string text) => new() { ["Input.Score"] = "2", ["Input.Text"] = text };

    private async Task<Guid> CitizenWithSubGoalAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren smører sin madpakke tre dage om ugen");
        await App.AddGoalAsync(citizen.Id, "At borgeren finder pålægget frem om morgenen", goal.Id, g => g.ScoringFrequency = Domain.Plans.ScoringFrequency.Daily);
        return citizen.Id;
    }

    [Fact]
    public async Task The_same_note_form_posted_twice_makes_one_note_and_one_audit_row_and_both_answers_lead_to_it()
    {
        var citizenId = await CitizenWithSubGoalAsync(0);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/ny")).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var first = await form.SubmitAsync(Form, ValidNote("Vi fandt pålægget frem sammen."));
        var retry = await form.SubmitAsync(Form, ValidNote("Vi fandt pålægget frem sammen."));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(first.RedirectPathAndQuery(), retry.RedirectPathAndQuery());
        Assert.Single(await App.NotesOfAsync(citizenId));
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, citizenId), (row.Action, row.CitizenId));
    }

    [Fact]
    public async Task A_note_commits_its_form_key_with_its_address_in_the_same_write()
    {
        var citizenId = await CitizenWithSubGoalAsync(5);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/ny")).AssertStatus(HttpStatusCode.OK);
        var key = Guid.Parse(form.FieldValue(KeyField, Form)!);

        var (answer, count) = await App.Queries.MeasureAsync(() => form.SubmitAsync(Form, ValidNote("Vi smurte madpakken sammen.")));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        // No second write after the answer: the key row was inserted with the redirect it replays.
        Assert.DoesNotContain(count.Sql, sql => sql.Contains("UPDATE \"IdempotencyKeys\"", StringComparison.Ordinal));
        await using var db = App.CreateSystemDbContext();
        var stored = await db.IdempotencyKeys.AsNoTracking().SingleAsync(k => k.Key == key);
        Assert.Equal(answer.RedirectPathAndQuery(), stored.Location);
    }

    [Fact]
    public async Task Four_concurrent_posts_with_the_same_key_make_one_note()
    {
        var citizenId = await CitizenWithSubGoalAsync(1);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/ny")).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => form.SubmitAsync(Form, ValidNote("Fire klik på én gang."))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers.Select(a => a.RedirectPathAndQuery()).Distinct());
        Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Single(await App.AuditEntriesSinceAsync(before), r => r.Action == AuditAction.Create);
    }

    [Fact]
    public async Task A_validation_error_does_not_use_up_the_key_so_the_corrected_form_creates_the_note()
    {
        var citizenId = await CitizenWithSubGoalAsync(2);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/ny")).AssertStatus(HttpStatusCode.OK);
        var key = form.FieldValue(KeyField, Form)!;

        var invalid = await form.SubmitForPageAsync(Form, new Dictionary<string, string?> { ["Input.Score"] = "2", ["Input.Text"] = "" });
        invalid.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Skriv, hvad der blev gjort.", invalid.FieldError("Input.Text"));
        Assert.Empty(await App.NotesOfAsync(citizenId));

        // The corrected form sent with the first render's key (as a browser retrying that POST would).
        var corrected = await invalid.SubmitAsync(Form, new Dictionary<string, string?>(ValidNote("Nu med tekst.")) { [KeyField] = key });

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Single(await App.NotesOfAsync(citizenId));
    }

    [Fact]
    public async Task Another_user_with_the_same_key_is_independent()
    {
        var citizenId = await CitizenWithSubGoalAsync(3);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var metteForm = (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/ny")).AssertStatus(HttpStatusCode.OK);
        var key = metteForm.FieldValue(KeyField, Form)!;
        var anneForm = (await anne.GetPageAsync($"/borgere/{citizenId}/dagbog/ny")).AssertStatus(HttpStatusCode.OK);

        var byMette = await metteForm.SubmitAsync(Form, ValidNote("Mettes notat."));
        var byAnne = await anneForm.SubmitAsync(Form, new Dictionary<string, string?>(ValidNote("Annes notat.")) { [KeyField] = key });

        Assert.Equal(HttpStatusCode.Redirect, byMette.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byAnne.StatusCode);
        Assert.Equal(2, (await App.NotesOfAsync(citizenId)).Count);
    }

    [Fact]
    public async Task Every_rendered_post_form_carries_a_fresh_key()
    {
        var citizenId = await CitizenWithSubGoalAsync(4);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var pages = new List<HtmlPage>();
        foreach (var url in new[] { $"/borgere/{citizenId}/dagbog/ny", $"/borgere/{citizenId}/dagbog/ny", "/borgere/ny", $"/borgere/{citizenId}/samtykker/ny", $"/borgere/{citizenId}/status/ny" })
        {
            pages.Add((await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK));
        }

        foreach (var url in new[] { "/admin/brugere/ny", "/admin/tilbud/ny" })
        {
            pages.Add((await admin.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK));
        }

        var keys = new List<Guid>();
        foreach (var page in pages)
        {
            var forms = page.Document.QuerySelectorAll("form[method=post]");
            Assert.NotEmpty(forms);
            foreach (var form in forms)
            {
                var field = Assert.Single(form.QuerySelectorAll($"input[type=hidden][name='{KeyField}']"));
                keys.Add(Guid.Parse(field.GetAttribute("value")!));
            }
        }

        Assert.Equal(keys.Count, keys.Distinct().Count()); // a new key per render and per form
    }

    [Fact]
    public void Every_create_page_marks_its_post_handler_idempotent()
    {
        // A page named Ny creates something; its POST must be the once-only kind.
        var createPages = typeof(IdempotentAttribute).Assembly.GetTypes()
            .Where(t => t is { Name: "NyModel", IsAbstract: false } && t.Namespace!.StartsWith("Retning.Web.Pages", StringComparison.Ordinal))
            .ToList();
        Assert.True(createPages.Count >= 8, $"only {createPages.Count} create pages found");
        foreach (var page in createPages)
        {
            var post = page.GetMethod("OnPostAsync", BindingFlags.Public | BindingFlags.Instance);
            Assert.True(post is not null && post.IsDefined(typeof(IdempotentAttribute)), $"{page.FullName}.OnPostAsync is not [Idempotent]");
        }

        // And the attribute sits only on POST handlers.
        var marked = typeof(IdempotentAttribute).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.IsDefined(typeof(IdempotentAttribute)))
            .ToList();
        Assert.True(marked.Count >= 25, $"only {marked.Count} create handlers marked");
        Assert.All(marked, m => Assert.StartsWith("OnPost", m.Name, StringComparison.Ordinal));
    }
}
