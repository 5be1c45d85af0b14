using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Retning.IntegrationTests.Authorization;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Role = Retning.IntegrationTests.Authorization.AuthorizationMatrixTests.Role;

namespace Retning.IntegrationTests.BadInput;

/// <summary>One POST form of a page, as a user who may use it: where it is and the text fields it has.</summary>
public sealed record FormSite(string Route, string Url, Role Role, int Index, IReadOnlyList<string> TextFields, IReadOnlyList<string> TextAreas)
{
    public override string ToString() => $"{Route} form {Index} as {Role}";
}

/// <summary>
/// Every POST form of every page, found the way a user finds them: each page route of the app
/// (<see cref="RouteTable"/>, filled as the authorization matrix fills it for a demo citizen of
/// Mågen) is requested as the first role the matrix lets in, preferring the ones who write
/// (department head, offer head, administrator), and every &lt;form method=post&gt; in its main
/// content with at least one text field is listed. A new page or field is covered without a
/// registration.
/// </summary>
public static class FormCatalogue
{
    private static readonly Role[] Writers = [Role.DepartmentHead, Role.OfferHead, Role.Administrator, Role.CareWorker, Role.Anonymous];

    public static async Task<IReadOnlyList<FormSite>> CollectAsync(AppFixture fixture, Clients clients)
    {
        var matrix = new AuthorizationMatrixTests(fixture);
        var sites = new List<FormSite>();
        foreach (var route in RouteTable.PageRoutes(fixture.App).Where(AuthorizationMatrixTests.Matrix.ContainsKey))
        {
            var expect = AuthorizationMatrixTests.Matrix[route];
            if (!Writers.Any(r => expect.For(r) == AuthorizationMatrixTests.Ok))
            {
                continue;
            }

            // Forms for everyone (the login) are posted as a visitor; a signed-in user's session stays out of it.
            var role = expect.For(Role.Anonymous) == AuthorizationMatrixTests.Ok ? Role.Anonymous : Writers.First(r => expect.For(r) == AuthorizationMatrixTests.Ok);
            var url = await matrix.UrlFor(route);
            var page = await (await clients.ForAsync(role)).GetPageAsync(url);
            page.AssertStatus(HttpStatusCode.OK);
            var forms = PostForms(page.Document);
            for (var i = 0; i < forms.Count; i++)
            {
                var fields = TextFields(forms[i]);
                if (fields.Count > 0)
                {
                    var areas = forms[i].Elements.OfType<IHtmlTextAreaElement>().Select(t => t.Name).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                    sites.Add(new FormSite(route, url, role, i, fields, areas));
                }
            }
        }

        return sites;
    }

    /// <summary>The POST forms of the page's main content, in document order.</summary>
    public static List<IHtmlFormElement> PostForms(IDocument document) =>
        [.. document.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
            .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))];

    /// <summary>The names of the fields a user types text into (each name once).</summary>
    public static List<string> TextFields(IHtmlFormElement form) =>
        [.. form.Elements
            .Where(e => e is IHtmlTextAreaElement || e is IHtmlInputElement input && IsTextType(input.GetAttribute("type")))
            .Where(e => !e.HasAttribute("disabled") && !e.HasAttribute("readonly"))
            .Select(e => e.GetAttribute("name"))
            .OfType<string>()
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)];

    public static bool IsPassword(IHtmlFormElement form, string name) =>
        form.Elements.OfType<IHtmlInputElement>().Any(i => i.GetAttribute("name") == name && i.GetAttribute("type") == "password");

    /// <summary>
    /// GETs the form's page afresh (new antiforgery token and version) and posts the form as a
    /// browser would with its main button: every field as rendered, the given ones replaced.
    /// </summary>
    /// <returns>The page before and the answer; null when the page or form is gone (an earlier post changed the data).</returns>
    public static async Task<(IHtmlFormElement Form, HtmlPage Answer)?> PostAsync(Clients clients, FormSite site, IReadOnlyDictionary<string, string> values)
    {
        var client = await clients.ForAsync(site.Role);
        var page = await client.GetPageAsync(site.Url);
        // A form is known by its text fields: an earlier post may have added forms before it (a new row's own forms).
        var form = PostForms(page.Document).FirstOrDefault(f => TextFields(f).SequenceEqual(site.TextFields, StringComparer.Ordinal));
        if (page.Status != HttpStatusCode.OK || form is null)
        {
            return null;
        }

        var fields = HtmlPage.FieldsOf(form);
        foreach (var (name, value) in values)
        {
            var at = fields.FindIndex(f => f.Key == name);
            fields.RemoveAll(f => f.Key == name);
            fields.Insert(at < 0 ? fields.Count : at, new(name, value));
        }

        var (target, button) = MainButton(form, site.Url);
        if (button is { } pressed)
        {
            fields.Add(pressed);
        }

        var response = await client.Http.PostAsync(target, new FormUrlEncodedContent(fields));
        return (form, await client.ReadPageAsync(target, response));
    }

    /// <summary>Where the form posts with its main button: the first without its own formaction, else the first.</summary>
    private static (string Target, KeyValuePair<string, string>? Button) MainButton(IHtmlFormElement form, string pageUrl)
    {
        var buttons = form.Elements
            .Where(e => e is IHtmlButtonElement b && (b.GetAttribute("type") ?? "submit") == "submit"
                        || e is IHtmlInputElement i && i.GetAttribute("type") == "submit")
            .ToList();
        var main = buttons.FirstOrDefault(b => !b.HasAttribute("formaction")) ?? buttons.FirstOrDefault();
        var action = main?.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        KeyValuePair<string, string>? button = main?.GetAttribute("name") is { Length: > 0 } name
            ? new(name, main.GetAttribute("value") ?? string.Empty)
            : null;
        return (target, button);
    }

    /// <summary>The values a field with this name shows after the answer (input values, textarea text).</summary>
    public static IEnumerable<string> ShownValues(IDocument document, string name) =>
        document.QuerySelectorAll("[name]").Where(e => e.GetAttribute("name") == name).Select(e => e switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlInputElement input => input.Value,
            _ => e.TextContent,
        });

    private static bool IsTextType(string? type) =>
        (type ?? "text").ToLowerInvariant() is "text" or "email" or "tel" or "search" or "url" or "password";
}

/// <summary>One signed-in client per role, kept for the whole test.</summary>
public sealed class Clients(AppFixture fixture) : IDisposable
{
    private readonly Dictionary<Role, BrowserlessClient> _clients = [];

    public async Task<BrowserlessClient> ForAsync(Role role)
    {
        if (!_clients.TryGetValue(role, out var client))
        {
            var email = AuthorizationMatrixTests.Users[role];
            client = email is null ? fixture.Anonymous() : await fixture.SignInAsync(email);
            _clients[role] = client;
        }

        return client;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
