using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Common;
using Retning.IntegrationTests.Support;
using Retning.IntegrationTests.Videregivelser;
using Retning.Testing;

namespace Retning.IntegrationTests.BadInput;

/// <summary>
/// Issue 11, "DOCX/PDF still valid": a citizen whose plan and status hold every naughty string
/// (as the forms store them: cleaned by TypedText, within each field's limit) still gets a
/// valid status DOCX, a plan disclosure DOCX, a status PDF that reads back, and a print view
/// where no text became markup.
/// </summary>
public sealed class NaughtyDocumentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_documents_of_a_citizen_whose_plan_and_status_hold_naughty_strings_stay_valid()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var ids = await CitizenRouteValues.ForAsync(App, citizen.Id);
        var texts = await FillWithNaughtyStringsAsync(citizen.Id, Guid.Parse(ids["goalId"]), Guid.Parse(ids["statusId"]));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var status = await ValidDocxTextAsync(await anne.GetAsync($"/borgere/{citizen.Id}/status/{ids["statusId"]}/status.docx"));
        Assert.Contains(Flat(texts.Section), Flat(status), StringComparison.Ordinal);

        // A plan disclosure recorded now freezes the plan as sent, naughty strings and all: its DOCX must be valid too.
        var form = await anne.GetPageAsync($"/borgere/{citizen.Id}/videregivelser/plan");
        Assert.Equal(HttpStatusCode.Redirect, (await PlanDisclosureTests.PostPlanAsync(anne, form, [Domain.Consents.PlanParts.Goals],
            PlanDisclosureTests.Sending(Domain.Consents.DisclosureBasis.Consent, Guid.Parse(ids["consentId"])))).StatusCode);
        var sent = (await App.DisclosuresOfAsync(citizen.Id)).Single(d => d.Id != Guid.Parse(ids["disclosureId"]) && d.PlanParts is not null);
        var plan = await ValidDocxTextAsync(await anne.GetAsync($"/borgere/{citizen.Id}/videregivelser/{sent.Id}/plan.docx"));
        Assert.Contains(Flat(texts.Goal)[..200], Flat(plan), StringComparison.Ordinal);

        var pdf = await anne.GetAsync($"/borgere/{citizen.Id}/status/{ids["statusId"]}/status.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var path = Path.Combine(Path.GetTempPath(), $"retning-naughty-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await pdf.Content.ReadAsByteArrayAsync());
        try
        {
            Assert.Contains(citizen.FirstName, await PdfText.ReadAsync(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        foreach (var url in new[] { $"/borgere/{citizen.Id}/plan/udskriv", $"/borgere/{citizen.Id}/plan", $"/borgere/{citizen.Id}/status/{ids["statusId"]}" })
        {
            var page = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
            Assert.Empty(page.Document.QuerySelectorAll("script:not([src])"));
            Assert.DoesNotContain(page.Document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(Flat(texts.Goal)[..200], Flat(page.MainText), StringComparison.Ordinal);
        }
    }

    /// <summary>Puts the whole corpus into the goal, the plan and the status sections, each field as full as its limit allows.</summary>
    private async Task<(string Goal, string Section)> FillWithNaughtyStringsAsync(Guid citizenId, Guid goalId, Guid statusId)
    {
        var strings = NaughtyStrings.All.Where(s => s.Length < 2000).Select(TypedText.Clean).ToList();
        var joined = string.Join(" ¦ ", strings);
        string Part(int index, int max)
        {
            var start = index * 997 % joined.Length;
            return joined.Substring(start, Math.Min(max, joined.Length - start)).Trim();
        }

        await using var db = App.CreateSystemDbContext();
        var goal = await db.Goals.SingleAsync(g => g.Id == goalId);
        goal.Text = Part(0, Domain.Plans.GoalRules.MaxText);
        goal.Rationale = Part(1, Domain.Plans.GoalRules.MaxRationale);
        var plan = await db.Plans.SingleAsync(p => p.CitizenId == citizenId);
        plan.CitizenPerspective = Part(0, Domain.Plans.PlanInputRules.MaxPerspective);
        var sections = await db.StatusSections.Where(s => s.StatusReportId == statusId).ToListAsync();
        foreach (var (section, i) in sections.Select((s, i) => (s, i)))
        {
            section.Included = true;
            section.SinceText = Part(i, TextLimits.Paragraph);
            section.AheadText = Part(i + 1, TextLimits.Paragraph);
        }

        await db.SaveChangesAsync();
        return (goal.Text, sections[0].SinceText!);
    }

    private static async Task<string> ValidDocxTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc));
        return doc.MainDocumentPart!.Document.Body!.InnerText;
    }

    /// <summary>Without whitespace: documents break lines and collapse spaces their own way.</summary>
    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
