using System.IO.Compression;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Quality;
using Retning.Testing;

namespace Retning.IntegrationTests.Retningslinjer;

/// <summary>The demo guidelines, sample files (a whole PDF, a Word package, a fake) and posting the guideline forms (multipart) as a browser does.</summary>
internal static class GuidelineTestData
{
    public static readonly byte[] Pdf = [.. "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8];

    /// <summary>Text that says it is a PDF but is not one.</summary>
    public static readonly byte[] Fake = [.. "Dette er ikke en PDF, bare tekst med et forkert navn."u8];

    /// <summary>A minimal Word package: the two parts the content check looks for.</summary>
    public static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The demo's regional guideline and Solsikken's local one (with its draft, version 2).</summary>
    public static async Task<(Guid Regional, Guid Local, Guid LocalInForce, Guid LocalDraft)> DemoGuidelinesAsync(this RetningApp app)
    {
        await using var db = app.CreateSystemDbContext();
        var regional = await db.Guidelines.Where(g => g.Level == GuidelineLevel.Regional && g.Title.StartsWith("Regionale retningslinjer")).Select(g => g.Id).SingleAsync();
        var local = await db.Guidelines.Where(g => g.Level == GuidelineLevel.Local && g.Title.EndsWith("– Solsikken")).Select(g => g.Id).SingleAsync();
        var inForce = await db.GuidelineVersions.Where(v => v.GuidelineId == local && v.Number == 1).Select(v => v.Id).SingleAsync();
        var draft = await db.GuidelineVersions.Where(v => v.GuidelineId == local && v.Number == 2).Select(v => v.Id).SingleAsync();
        return (regional, local, inForce, draft);
    }

    public static async Task<Guid> OfferIdAsync(this RetningApp app, string departmentName)
    {
        var department = await app.DepartmentIdAsync(departmentName);
        await using var db = app.CreateSystemDbContext();
        return await db.Departments.Where(d => d.Id == department).Select(d => d.OfferId).SingleAsync();
    }

    /// <summary>
    /// Submits the form as multipart/form-data: the rendered fields, each override replacing every value of its name
    /// (several values for checkboxes; none removes it), and optionally a file under Input.Document.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitGuidelineAsync(this BrowserlessClient client, HtmlPage page, string selector,
        IReadOnlyDictionary<string, string[]> overrides, (byte[] Bytes, string FileName)? file = null)
    {
        var fields = page.FormFields(selector);
        foreach (var (name, values) in overrides)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "Input.Document", f.FileName);
        }

        var action = page.Form(selector).GetAttribute("action");
        return await client.Http.PostAsync(string.IsNullOrEmpty(action) ? page.Url : action, content);
    }

    public static async Task<HtmlPage> SubmitGuidelineForPageAsync(this BrowserlessClient client, HtmlPage page, string selector,
        IReadOnlyDictionary<string, string[]> overrides, (byte[] Bytes, string FileName)? file = null) =>
        await client.ReadPageAsync(page.Url, await client.SubmitGuidelineAsync(page, selector, overrides, file));
}
