using Retning.IntegrationTests.Maal;
using Retning.Testing;

namespace Retning.IntegrationTests.Statusmoeder;

/// <summary>Posting a page's form to another handler (a second submit button), or a bare step with only the token and version.</summary>
internal static class MeetingClient
{
    public static async Task<HtmlPage> PostHandlerAsync(this BrowserlessClient client, HtmlPage page, string selector, string handler, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var fields = page.FormFields(selector);
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        var url = page.Url.Split('?')[0] + "?handler=" + handler;
        return await client.ReadPageAsync(url, await client.PostRawAsync(url, fields));
    }

    /// <summary>A step posted as a hand-made request (a button the page does not show to this user).</summary>
    public static async Task<HtmlPage> PostStepAsync(this BrowserlessClient client, string pageUrl, string handler, int version, params (string Name, string Value)[] fields) =>
        await client.PostStepAsync(await client.TokenAsync(), pageUrl, handler, version, fields);

    public static async Task<HtmlPage> PostStepAsync(this BrowserlessClient client, string token, string pageUrl, string handler, int version, params (string Name, string Value)[] fields)
    {
        var url = pageUrl + "?handler=" + handler;
        List<KeyValuePair<string, string>> all = [new("__RequestVerificationToken", token), new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        all.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.ReadPageAsync(url, await client.PostRawAsync(url, all));
    }
}
