using System.Net.Http.Headers;
using Retning.Domain.Consents;
using Retning.Testing;

namespace Retning.IntegrationTests.Samtykker;

/// <summary>Arranging consents straight in the database, sample scanned files, and posting the consent forms (multipart) as a browser does.</summary>
internal static class ConsentTestData
{
    /// <summary>A tiny but well-formed PDF ("%PDF-" first, as the upload check reads it).</summary>
    public static readonly byte[] Pdf = [.. "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8];

    /// <summary>The PNG signature and an IHDR chunk of a 1×1 image (enough for the type check).</summary>
    public static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xDE,
    ];

    /// <summary>
    /// A consent for the plan to the municipality, given by the custody holder a month ago (valid
    /// from then, no end, review a year after), optionally with the sample PDF attached.
    /// </summary>
    public static async Task<Consent> AddConsentAsync(this RetningApp app, Guid citizenId, Action<Consent>? configure = null, bool withDocument = false)
    {
        await using var db = app.CreateSystemDbContext();
        var given = app.Today.AddMonths(-1);
        var consent = new Consent
        {
            CitizenId = citizenId, Scope = ConsentScope.PlanToMunicipality, Description = "Den individuelle plan til kommunen",
            GivenBy = ConsentGiver.CustodyHolder, GivenByName = "Hanne Testmor", GivenOn = given, ValidFrom = given,
            ReviewOn = ConsentRules.DefaultReviewOn(given), RecordedBy = "Test",
        };
        if (withDocument)
        {
            consent.Document = Pdf;
            consent.DocumentContentType = "application/pdf";
            consent.DocumentName = "samtykke.pdf";
        }

        configure?.Invoke(consent);
        db.Consents.Add(consent);
        await db.SaveChangesAsync();
        return consent;
    }

    /// <summary>
    /// Submits a form as multipart/form-data with every rendered field, the overrides applied (a
    /// null value removes the field) and optionally a file under <c>Input.Document</c>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitMultipartAsync(this BrowserlessClient client, HtmlPage page, string selector,
        IReadOnlyDictionary<string, string?>? overrides = null, (byte[] Bytes, string FileName, string ContentType)? file = null)
    {
        var fields = page.FormFields(selector);
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            var at = fields.FindIndex(f => f.Key == name);
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Insert(at < 0 ? fields.Count : at, new(name, value));
            }
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(f.ContentType);
            content.Add(part, "Input.Document", f.FileName);
        }

        var action = page.Form(selector).GetAttribute("action");
        return await client.Http.PostAsync(string.IsNullOrEmpty(action) ? page.Url : action, content);
    }

    /// <summary>As <see cref="SubmitMultipartAsync"/>, and parses the answer (a page with errors).</summary>
    public static async Task<HtmlPage> SubmitMultipartForPageAsync(this BrowserlessClient client, HtmlPage page, string selector,
        IReadOnlyDictionary<string, string?>? overrides = null, (byte[] Bytes, string FileName, string ContentType)? file = null) =>
        await client.ReadPageAsync(page.Url, await client.SubmitMultipartAsync(page, selector, overrides, file));
}
