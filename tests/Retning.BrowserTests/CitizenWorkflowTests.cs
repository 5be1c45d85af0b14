using System.Text.RegularExpressions;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>Finding and creating citizens the way staff do it in the browser.</summary>
public sealed partial class CitizenWorkflowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Care_worker_searches_for_a_citizen_by_name_and_opens_the_overview()
    {
        var citizen = (await DemoLookup.CitizensInAsync(fixture.App, DemoLookup.Maagen))[0];
        await using var session = await fixture.NewSessionAsync();

        var shell = await new LoginPage(session).SignInAsync("mette@demo.retning.dk", "Mette Kjær");
        var list = await shell.GoToCitizensAsync();
        await list.SearchAsync(citizen.LastName);

        // Every hit matches the search, and the citizen is among them.
        var names = await list.NameLinks.AllInnerTextsAsync();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains(citizen.LastName, n, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(citizen.FullName, names);

        var overview = await list.OpenCitizenAsync(citizen.FullName);
        Assert.Equal(citizen.Id, overview.CitizenId);
        await Expect(overview.Heading).ToHaveTextAsync(citizen.FullName);
        await Expect(overview.CprFact).ToHaveTextAsync(MaskedCprFact());
        await Expect(overview.CprFact).ToHaveTextAsync($"CPR: {citizen.MaskedCpr}");

        // The full number is shown only on the citizen's own edit page.
        var html = await session.Page.ContentAsync();
        Assert.DoesNotContain(citizen.CprDigits, html, StringComparison.Ordinal);
        Assert.DoesNotContain($"{citizen.CprDigits[..6]}-{citizen.CprDigits[6..]}", html, StringComparison.Ordinal);
        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task Department_head_creates_a_citizen_keeps_her_input_on_a_bad_CPR_and_saves_after_fixing_it()
    {
        var goodCpr = await DemoLookup.FreeChildCprAsync(fixture.App);
        var typed = new CitizenFormData(
            FirstName: "Åse",
            LastName: "Bøgh-Ærenlund",
            Cpr: "12345",
            DepartmentLabel: DemoLookup.MaagenLabel,
            TargetGroup: "Børn med omsorgssvigt",
            Category: "Døgnophold",
            SupportLevel: "Moderat",
            Municipality: "Aalborg Kommune",
            CaseworkerName: "Lene Fjordgaard",
            CaseworkerEmail: "lene.fjordgaard@aalborg.demo",
            CaseworkerPhone: "98 76 54 32");
        await using var session = await fixture.NewSessionAsync();

        var shell = await new LoginPage(session).SignInAsync("anne@demo.retning.dk", "Anne Thomsen");
        var list = await shell.GoToCitizensAsync();
        var form = await list.CreateAsync();
        var enrolledOn = await form.EnrolledOn.InputValueAsync();
        Assert.Matches(IsoDate(), enrolledOn);

        // A CPR number of the wrong length.
        await form.FillAsync(typed);
        var departmentId = await form.Department.InputValueAsync();
        Assert.True(Guid.TryParse(departmentId, out _), $"'{departmentId}' is not a department id");
        await form.SubmitExpectingErrorsAsync("cpr-forkert-laengde");
        await ExpectCprErrorAsync(form, "10 cifre");
        await ExpectKeptAsync(form, typed with { Cpr = "12345" }, departmentId, enrolledOn);

        // A CPR number whose date does not exist (31 February).
        await form.Cpr.FillAsync("3102991234");
        await form.SubmitExpectingErrorsAsync("cpr-umulig-dato");
        await ExpectCprErrorAsync(form, "ikke en gyldig dato");
        await ExpectKeptAsync(form, typed with { Cpr = "3102991234" }, departmentId, enrolledOn);

        // Fixed: saved, and she lands on the new citizen's overview.
        await form.Cpr.FillAsync(goodCpr);
        var overview = await form.SubmitExpectingOverviewAsync("Åse Bøgh-Ærenlund", "oprettet");
        await Expect(overview.SuccessMessage).ToContainTextAsync("Borgeren er oprettet");
        await Expect(overview.CprFact).ToHaveTextAsync($"CPR: {goodCpr[..6]}-xxxx");
        await Expect(session.Page.Locator("main")).ToContainTextAsync("Aalborg Kommune");
        await Expect(session.Page.Locator("main")).ToContainTextAsync("Lene Fjordgaard");
        session.AssertEveryPageChecked();
    }

    private static async Task ExpectCprErrorAsync(CitizenFormPage form, string message)
    {
        await Expect(form.ErrorSummary).ToContainTextAsync(message);
        await Expect(form.ErrorSummary.Locator("a[href='#Input_Cpr']")).ToBeVisibleAsync();
        await Expect(form.FieldError("Cpr")).ToContainTextAsync(message);
        await Expect(form.Cpr).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Cpr).ToHaveAttributeAsync("aria-describedby", new Regex(@"\bInput_Cpr-error\b"));

        // Only the CPR number is wrong: no other field is marked.
        await Expect(form.ErrorSummary.Locator("li")).ToHaveCountAsync(1);
    }

    private static async Task ExpectKeptAsync(CitizenFormPage form, CitizenFormData typed, string departmentId, string enrolledOn)
    {
        await Expect(form.FirstName).ToHaveValueAsync(typed.FirstName!);
        await Expect(form.LastName).ToHaveValueAsync(typed.LastName!);
        await Expect(form.Cpr).ToHaveValueAsync(typed.Cpr!);
        await Expect(form.Department).ToHaveValueAsync(departmentId);
        await Expect(form.EnrolledOn).ToHaveValueAsync(enrolledOn);
        await Expect(form.TargetGroup).ToHaveValueAsync(typed.TargetGroup!);
        await Expect(form.Category).ToHaveValueAsync(typed.Category!);
        await Expect(form.SupportLevel).ToHaveValueAsync(typed.SupportLevel!);
        await Expect(form.Municipality).ToHaveValueAsync(typed.Municipality!);
        await Expect(form.CaseworkerName).ToHaveValueAsync(typed.CaseworkerName!);
        await Expect(form.CaseworkerEmail).ToHaveValueAsync(typed.CaseworkerEmail!);
        await Expect(form.CaseworkerPhone).ToHaveValueAsync(typed.CaseworkerPhone!);
    }

    [GeneratedRegex(@"^CPR: \d{6}-xxxx$")]
    private static partial Regex MaskedCprFact();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
