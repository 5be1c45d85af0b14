using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Retning.Data.Demo;

namespace Retning.Testing;

/// <summary>
/// A browser without a browser: an HttpClient on the in-process app that keeps cookies, does
/// not follow redirects (tests assert them), reads pages with AngleSharp and posts the real
/// forms of those pages — every field as rendered, including the hidden version and the
/// antiforgery token — with only the overridden fields changed.
/// </summary>
public sealed class BrowserlessClient : IDisposable
{
    /// <summary>The form of the page's content; the layout's log-out form is outside &lt;main&gt;.</summary>
    public const string MainForm = "main form[method=post]";

    private static readonly HtmlParser Parser = new();

    private readonly RetningApp? _app;

    private BrowserlessClient(RetningApp app)
    {
        _app = app;
        Http = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("http://localhost"),
        });
    }

    /// <summary>A client of a Retning running as its own process (crash and backup tests), by its address.</summary>
    private BrowserlessClient(Uri server)
    {
        _app = null;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public RetningApp App => _app ?? throw new InvalidOperationException("This client talks to a separate process, not an in-process app.");
    public HttpClient Http { get; }

    /// <summary>A client signed in as a demo user on a Retning running as its own process.</summary>
    public static async Task<BrowserlessClient> SignedInAsync(Uri server, string email)
    {
        var client = new BrowserlessClient(server);
        await client.LoginAsync(email);
        return client;
    }

    /// <summary>The e-mail the client signed in with, or null when anonymous.</summary>
    public string? Email { get; private set; }

    public static BrowserlessClient Anonymous(RetningApp app) => new(app);

    /// <summary>A client signed in as a demo user (password login; no two-factor).</summary>
    public static async Task<BrowserlessClient> SignedInAsync(RetningApp app, string email)
    {
        var client = new BrowserlessClient(app);
        await client.LoginAsync(email);
        return client;
    }

    /// <summary>Signs in through /log-ind and asserts that the login was accepted (a redirect away from the login page).</summary>
    public async Task<HttpResponseMessage> LoginAsync(string email, string password = DemoData.Password, string? returnUrl = null)
    {
        var response = await SubmitLoginAsync(email, password, returnUrl);
        var location = response.Headers.Location?.OriginalString;
        if (response.StatusCode != HttpStatusCode.Redirect || location is null || location.StartsWith("/log-ind", StringComparison.Ordinal))
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException(
                $"Login as {email} was not accepted: {(int)response.StatusCode} {location}. Errors on the page: {ErrorTexts(body)}");
        }

        Email = email;
        return response;
    }

    /// <summary>Posts the login form with the given values and returns the raw response (for tests of failed logins).</summary>
    public async Task<HttpResponseMessage> SubmitLoginAsync(string email, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/log-ind" : "/log-ind?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var page = await GetPageAsync(url);
        page.AssertStatus(HttpStatusCode.OK);
        return await page.SubmitAsync(MainForm, new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>GETs a page and parses it (whatever the status).</summary>
    public async Task<HtmlPage> GetPageAsync(string url) => await ReadPageAsync(url, await Http.GetAsync(url));

    /// <summary>GETs a page and returns its parsed document; fails unless the answer is 200.</summary>
    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var page = await GetPageAsync(url);
        page.AssertStatus(HttpStatusCode.OK);
        return page.Document;
    }

    /// <summary>
    /// GETs <paramref name="url"/>, reads every field of the form matched by
    /// <paramref name="formSelector"/> and posts it with <paramref name="overrides"/> applied
    /// (a null value removes the field).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string formSelector = MainForm, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var page = await GetPageAsync(url);
        page.AssertStatus(HttpStatusCode.OK);
        return await page.SubmitAsync(formSelector, overrides);
    }

    /// <summary>Posts a form and parses the answer (for a form that answers with a page, e.g. a validation error).</summary>
    public async Task<HtmlPage> PostFormForPageAsync(string url, string formSelector = MainForm, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var response = await PostFormAsync(url, formSelector, overrides);
        return await ReadPageAsync(url, response);
    }

    /// <summary>Posts exactly these fields (no token unless given): for tests of what the server refuses.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(url, content);
    }

    /// <summary>Parses a response as the page of <paramref name="url"/>.</summary>
    public async Task<HtmlPage> ReadPageAsync(string url, HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(this, url, response, html, Parser.ParseDocument(html));
    }

    /// <summary>The error summary and field errors of an HTML page, for failure messages.</summary>
    public static string ErrorTexts(string html)
    {
        var document = Parser.ParseDocument(html);
        var texts = document.QuerySelectorAll(".alert-error li, .form-error-message").Select(e => e.TextContent.Trim()).ToList();
        return texts.Count == 0 ? "(none)" : string.Join(" | ", texts);
    }

    public void Dispose() => Http.Dispose();
}

public static class RedirectExtensions
{
    /// <summary>The path (without query) a redirect points to, whether the Location is absolute or relative; null if none.</summary>
    public static string? RedirectPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        return location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?', '#')[0];
    }

    /// <summary>The path and query a redirect points to.</summary>
    public static string? RedirectPathAndQuery(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        return location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}

/// <summary>A page as the client received it: status, headers, HTML and its parsed document.</summary>
public sealed class HtmlPage(BrowserlessClient client, string url, HttpResponseMessage response, string html, IHtmlDocument document)
{
    public string Url { get; } = url;
    public HttpResponseMessage Response { get; } = response;
    public HttpStatusCode Status => Response.StatusCode;
    public string Html { get; } = html;
    public IHtmlDocument Document { get; } = document;

    public HtmlPage AssertStatus(HttpStatusCode expected)
    {
        if (Status != expected)
        {
            throw new InvalidOperationException(
                $"GET/POST {Url} answered {(int)Status} {Response.Headers.Location}, expected {(int)expected}. " +
                $"Errors on the page: {BrowserlessClient.ErrorTexts(Html)}");
        }

        return this;
    }

    /// <summary>The form matched by the selector; fails with the forms that exist when none matches.</summary>
    public IHtmlFormElement Form(string selector = BrowserlessClient.MainForm) =>
        Document.QuerySelector(selector) as IHtmlFormElement
        ?? throw new InvalidOperationException(
            $"No form '{selector}' on {Url}. Forms: {string.Join(", ", Document.Forms.Select(f => f.OuterHtml[..Math.Min(80, f.OuterHtml.Length)]))}");

    /// <summary>The fields a browser would submit for the form (without a submit button's own value).</summary>
    public List<KeyValuePair<string, string>> FormFields(string selector = BrowserlessClient.MainForm) => FieldsOf(Form(selector));

    /// <summary>Submits the form with overrides applied (a null value removes the field).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string selector = BrowserlessClient.MainForm, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var form = Form(selector);
        var fields = FieldsOf(form);
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            // An override replaces every value of the field (e.g. a checkbox and its hidden "false").
            var at = fields.FindIndex(f => f.Key == name);
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Insert(at < 0 ? fields.Count : at, new(name, value));
            }
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? Url : action;
        return await client.PostRawAsync(target, fields);
    }

    /// <summary>Submits the form and parses the answer.</summary>
    public async Task<HtmlPage> SubmitForPageAsync(string selector = BrowserlessClient.MainForm, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var form = Form(selector);
        var action = form.GetAttribute("action");
        var response = await SubmitAsync(selector, overrides);
        return await client.ReadPageAsync(string.IsNullOrEmpty(action) ? Url : action, response);
    }

    /// <summary>The value a field of the main form holds (input value, selected option, textarea text).</summary>
    public string? FieldValue(string name, string selector = BrowserlessClient.MainForm) =>
        FieldsOf(Form(selector)).Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

    /// <summary>The DKFDS form group (<c>.form-group</c>) that holds the field with this name.</summary>
    public IElement FormGroupOf(string name) =>
        Document.QuerySelector($"[name='{name}']")?.Closest(".form-group")
        ?? throw new InvalidOperationException($"No .form-group holds a field named '{name}' on {Url}.");

    /// <summary>The error message shown at the field (without the screen-reader prefix), or null.</summary>
    public string? FieldError(string name)
    {
        var message = FormGroupOf(name).QuerySelector(".form-error-message");
        if (message is null)
        {
            return null;
        }

        var text = message.TextContent.Trim();
        return text.StartsWith("Fejl:", StringComparison.Ordinal) ? text["Fejl:".Length..].Trim() : text;
    }

    /// <summary>The messages of the error summary at the top of the page.</summary>
    public IReadOnlyList<string> ErrorSummary =>
        [.. Document.QuerySelectorAll(".alert-error li").Select(e => e.TextContent.Trim())];

    /// <summary>The text of the main content (without header and footer).</summary>
    public string MainText => (Document.QuerySelector("main") ?? Document.Body!).TextContent;

    /// <summary>Every name/value pair the form submits, in document order (a name may repeat).</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input:
                    var type = (input.GetAttribute("type") ?? "text").ToLowerInvariant();
                    if (type is "submit" or "button" or "image" or "reset" or "file")
                    {
                        continue;
                    }

                    if (type is "checkbox" or "radio")
                    {
                        if (input.HasAttribute("checked"))
                        {
                            fields.Add(new(name, input.GetAttribute("value") ?? "on"));
                        }

                        continue;
                    }

                    fields.Add(new(name, input.GetAttribute("value") ?? string.Empty));
                    break;
                case IHtmlSelectElement select:
                    var options = select.QuerySelectorAll("option").ToList();
                    var chosen = options.Where(o => o.HasAttribute("selected")).ToList();
                    if (chosen.Count == 0 && !select.HasAttribute("multiple") && options.Count > 0)
                    {
                        chosen.Add(options[0]);
                    }

                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(name, o.GetAttribute("value") ?? o.TextContent.Trim())));

                    break;
                case IHtmlTextAreaElement textArea:
                    // The HTML parser drops the one newline that may follow <textarea>.
                    fields.Add(new(name, textArea.TextContent));
                    break;
            }
        }

        return fields;
    }
}
