using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Borgere;

/// <summary>/borgere/ny: a department head creates a citizen through the real form; bad input gets Danish messages at the field.</summary>
public sealed class CreateCitizenTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Url = "/borgere/ny";
    private RetningApp App => fixture.App;

    /// <summary>A complete, valid form for a child born 15 June 2015 enrolled today, in Mågen.</summary>
    private async Task<Dictionary<string, string?>> ValidInputAsync(string firstName, string lastName)
    {
        return new Dictionary<string, string?>
        {
            ["Input.FirstName"] = firstName,
            ["Input.LastName"] = lastName,
            ["Input.Cpr"] = await App.UnusedCprAsync(new DateOnly(2015, 6, 15)),
            ["Input.DepartmentId"] = (await App.DepartmentIdAsync(DemoUsers.Maagen)).ToString(),
            ["Input.EnrolledOn"] = "2026-03-02",
            ["Input.TargetGroup"] = "Børn med omsorgssvigt",
            ["Input.Category"] = "Døgnophold",
            ["Input.SupportLevel"] = "Højt",
            ["Input.Municipality"] = "Aalborg Kommune",
            ["Input.CaseworkerName"] = "Kirsten Rådgiver",
            ["Input.CaseworkerEmail"] = "kirsten@aalborg.demo.dk",
            ["Input.CaseworkerPhone"] = "99 31 31 31",
        };
    }

    [Fact]
    public async Task A_department_head_creates_a_citizen_and_is_sent_to_the_new_citizen()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var input = await ValidInputAsync("Ditte", "Testesen");

        var response = await anne.PostFormAsync(Url, overrides: input);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"A valid form should redirect (Post/Redirect/Get), got {(int)response.StatusCode}: {BrowserlessClient.ErrorTexts(await response.Content.ReadAsStringAsync())}");
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/borgere/[0-9a-f-]{36}$", location);
        var id = Guid.Parse(location["/borgere/".Length..]);

        var citizen = await App.CitizenByIdAsync(id);
        Assert.Equal("Ditte", citizen.FirstName);
        Assert.Equal("Testesen", citizen.LastName);
        Assert.Equal(input["Input.Cpr"]!.Replace("-", "", StringComparison.Ordinal), citizen.CprDigits);
        Assert.Equal(new DateOnly(2015, 6, 15), citizen.BirthDate);
        Assert.Equal(await App.DepartmentIdAsync(DemoUsers.Maagen), citizen.DepartmentId);
        Assert.Equal(new DateOnly(2026, 3, 2), citizen.EnrolledOn);
        Assert.Equal("Aalborg Kommune", citizen.Municipality);
        Assert.Equal("kirsten@aalborg.demo.dk", citizen.CaseworkerEmail);

        var audit = await App.AuditEntriesAsync(id);
        var row = Assert.Single(audit);
        Assert.Equal(AuditAction.Create, row.Action);
        Assert.Equal(DemoUsers.Anne, row.UserName);
        Assert.Equal(await App.UserIdAsync(DemoUsers.Anne), row.UserId);
        Assert.False(string.IsNullOrWhiteSpace(row.CorrelationId), "The audit row needs a correlation id.");

        // The redirect target shows the new citizen with the success message.
        var page = await anne.GetPageAsync(location);
        page.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Ditte Testesen", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("er oprettet", page.Document.QuerySelector(".alert-success")?.TextContent ?? "", StringComparison.Ordinal);

        await using var db = App.CreateSystemDbContext();
        Assert.Equal(1, await db.Placements.IgnoreQueryFilters().CountAsync(p => p.CitizenId == id));
    }

    public static TheoryData<string, string, string, string> InvalidFields => new()
    {
        // field, typed value, the field whose message we expect, message
        { "Input.Cpr", "12345", "Input.Cpr", "CPR-nummer skal have 10 cifre, fx 010203-1234." },
        { "Input.Cpr", "ab0615-4x23", "Input.Cpr", "CPR-nummer skal have 10 cifre, fx 010203-1234." },
        // 30 February 2015 does not exist.
        { "Input.Cpr", "300215-4123", "Input.Cpr", "De første 6 cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ)." },
        // 29 February 2015 neither (2015 is not a leap year).
        { "Input.Cpr", "290215-4123", "Input.Cpr", "De første 6 cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ)." },
        { "Input.Cpr", "", "Input.Cpr", "Indtast CPR-nummer." },
        { "Input.FirstName", "", "Input.FirstName", "Indtast fornavn." },
        { "Input.LastName", "   ", "Input.LastName", "Indtast efternavn." },
        // Born 15 June 2015 (the valid CPR of the form); enrolled before that.
        { "Input.EnrolledOn", "2015-01-01", "Input.EnrolledOn", "Indskrivningsdatoen ligger før borgerens fødselsdato." },
        { "Input.EnrolledOn", "", "Input.EnrolledOn", "Indtast indskrivningsdato." },
        { "Input.CaseworkerEmail", "kirsten-at-aalborg", "Input.CaseworkerEmail", "Indtast en gyldig e-mail, fx navn@kommune.dk." },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Bad_input_shows_the_Danish_message_at_the_field_and_keeps_everything_typed(string field, string value, string errorField, string message)
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var input = await ValidInputAsync("Frida", "Fejlsen");
        input[field] = value;
        var before = await App.LastAuditIdAsync();

        var page = await anne.PostFormForPageAsync(Url, overrides: input);

        Assert.True(page.Status == HttpStatusCode.OK, $"Bad input should show the form again with 200, got {(int)page.Status} {page.Response.Headers.Location}");
        Assert.Equal(message, page.FieldError(errorField));
        Assert.Contains("form-error", page.FormGroupOf(errorField).ClassList);
        Assert.Contains(message, page.ErrorSummary);

        // Every other field shows what was typed; the bad field too (nothing typed is lost).
        foreach (var (name, typed) in input)
        {
            Assert.True(typed == page.FieldValue(name),
                $"After an error in {field}, the field {name} should still hold '{typed}' but holds '{page.FieldValue(name)}'.");
            if (name != errorField)
            {
                Assert.True(page.FieldError(name) is null, $"Only {errorField} should have an error, but {name} says '{page.FieldError(name)}'.");
            }
        }

        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.Citizens.IgnoreQueryFilters().AnyAsync(c => c.LastName == "Fejlsen"), "Nothing may be saved from an invalid form.");
        Assert.DoesNotContain(await App.AuditEntriesSinceAsync(before), a => a.Action == AuditAction.Create);
    }

    [Fact]
    public async Task A_CPR_number_that_is_already_registered_is_refused_with_a_clear_message()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        // A citizen of another offer: uniqueness holds across departments the user cannot see.
        var existing = await App.CitizenAsync(DemoUsers.Birken);
        var input = await ValidInputAsync("Dorthe", "Dublet");
        input["Input.Cpr"] = Domain.Citizens.Cpr.Format(existing.CprDigits);

        var page = await anne.PostFormForPageAsync(Url, overrides: input);

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("CPR-nummeret er allerede registreret i Retning. Kontakt din leder, hvis borgeren skal flyttes hertil.", page.FieldError("Input.Cpr"));
        Assert.DoesNotContain(existing.FirstName, page.MainText, StringComparison.Ordinal);
        Assert.Equal("Dorthe", page.FieldValue("Input.FirstName"));
    }

    [Fact]
    public async Task The_form_opens_with_todays_date_and_only_the_departments_the_user_leads()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(Url)).AssertStatus(HttpStatusCode.OK);

        Assert.Equal("2026-03-02", page.FieldValue("Input.EnrolledOn"));
        var options = page.Document.QuerySelectorAll("select[name='Input.DepartmentId'] option")
            .Select(o => o.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToList();
        Assert.Equal([(await App.DepartmentIdAsync(DemoUsers.Maagen)).ToString()], options);
    }

    [Fact]
    public async Task A_department_head_cannot_create_a_citizen_in_a_department_she_does_not_lead()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var input = await ValidInputAsync("Tine", "Ternesen");
        input["Input.DepartmentId"] = (await App.DepartmentIdAsync(DemoUsers.Ternen)).ToString();

        var page = await anne.PostFormForPageAsync(Url, overrides: input);

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Vælg en afdeling, som du er leder af.", page.FieldError("Input.DepartmentId"));
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.Citizens.IgnoreQueryFilters().AnyAsync(c => c.LastName == "Ternesen"));
    }

    [Fact]
    public async Task A_care_worker_gets_403_on_the_form_and_cannot_post_it_with_a_valid_token()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var get = await mette.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);

        // A real antiforgery token of hers, taken from a form she may use.
        var tokenPage = (await mette.GetPageAsync("/konto/adgangskode")).AssertStatus(HttpStatusCode.OK);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = tokenPage.FieldValue("__RequestVerificationToken")!,
        };
        foreach (var (key, value) in await ValidInputAsync("Mads", "Medarbejdersen"))
        {
            fields[key] = value!;
        }

        var post = await mette.PostRawAsync(Url, fields);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.Citizens.IgnoreQueryFilters().AnyAsync(c => c.LastName == "Medarbejdersen"), "A care worker's post must create nothing.");
    }
}
