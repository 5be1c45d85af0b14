using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>What a person types into the citizen form; null leaves a field as it is.</summary>
public sealed record CitizenFormData(
    string? FirstName = null,
    string? LastName = null,
    string? Cpr = null,
    string? DepartmentLabel = null,
    string? EnrolledOn = null,
    string? TargetGroup = null,
    string? Category = null,
    string? SupportLevel = null,
    string? Municipality = null,
    string? CaseworkerName = null,
    string? CaseworkerEmail = null,
    string? CaseworkerPhone = null);

/// <summary>/borgere/ny: the citizen's master data form with DKFDS error summary and field errors.</summary>
public sealed class CitizenFormPage(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator ErrorSummary => Page.Locator("#error-summary");
    public ILocator SubmitButton => Page.GetByRole(AriaRole.Button, new() { Name = "Opret borger", Exact = true });

    public ILocator FirstName => Field("FirstName");
    public ILocator LastName => Field("LastName");
    public ILocator Cpr => Field("Cpr");
    public ILocator Department => Field("DepartmentId");
    public ILocator EnrolledOn => Field("EnrolledOn");
    public ILocator TargetGroup => Field("TargetGroup");
    public ILocator Category => Field("Category");
    public ILocator SupportLevel => Field("SupportLevel");
    public ILocator Municipality => Field("Municipality");
    public ILocator CaseworkerName => Field("CaseworkerName");
    public ILocator CaseworkerEmail => Field("CaseworkerEmail");
    public ILocator CaseworkerPhone => Field("CaseworkerPhone");

    /// <summary>The input for a property of the form's Input model (id Input_{name}).</summary>
    public ILocator Field(string name) => Page.Locator($"#Input_{name}");

    /// <summary>The DKFDS message at the field (id Input_{name}-error).</summary>
    public ILocator FieldError(string name) => Page.Locator($"#Input_{name}-error");

    public async Task<CitizenFormPage> OpenAsync(string step = "opret-borger")
    {
        await session.GotoAsync("/borgere/ny");
        await ExpectLoadedAsync(step);
        return this;
    }

    public async Task ExpectLoadedAsync(string step)
    {
        await Expect(Page).ToHaveURLAsync(session.Url("/borgere/ny"));
        await Expect(Heading).ToHaveTextAsync("Opret borger");
        await Expect(FirstName).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }

    public async Task FillAsync(CitizenFormData data)
    {
        await FillIfGiven(FirstName, data.FirstName);
        await FillIfGiven(LastName, data.LastName);
        await FillIfGiven(Cpr, data.Cpr);
        if (data.DepartmentLabel is not null)
        {
            await Department.SelectOptionAsync(new SelectOptionValue { Label = data.DepartmentLabel });
        }

        await FillIfGiven(EnrolledOn, data.EnrolledOn);
        await FillIfGiven(TargetGroup, data.TargetGroup);
        await FillIfGiven(Category, data.Category);
        await FillIfGiven(SupportLevel, data.SupportLevel);
        await FillIfGiven(Municipality, data.Municipality);
        await FillIfGiven(CaseworkerName, data.CaseworkerName);
        await FillIfGiven(CaseworkerEmail, data.CaseworkerEmail);
        await FillIfGiven(CaseworkerPhone, data.CaseworkerPhone);
    }

    /// <summary>Saves a form that has errors: the page comes back with the error summary.</summary>
    public async Task SubmitExpectingErrorsAsync(string step)
    {
        await SubmitButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(session.Url("/borgere/ny"));
        await Expect(ErrorSummary).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }

    /// <summary>Saves a valid form: lands on the new citizen's overview.</summary>
    public async Task<CitizenOverviewPage> SubmitExpectingOverviewAsync(string fullName, string step)
    {
        await SubmitButton.ClickAsync();
        var overview = new CitizenOverviewPage(session);
        await overview.ExpectLoadedAsync(fullName, step);
        return overview;
    }

    private static async Task FillIfGiven(ILocator field, string? value)
    {
        if (value is not null)
        {
            await field.FillAsync(value);
        }
    }
}
