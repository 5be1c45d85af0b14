using System.Diagnostics;
using System.Net;
using Retning.Testing;

namespace Retning.IntegrationTests.Support;

/// <summary>
/// Writes resident notes through the real form (a fresh form per note, as a person would, so a
/// per-form idempotency key is never reused) and records which were acknowledged (the redirect) and when.
/// </summary>
public sealed class NoteWriter(BrowserlessClient client, Guid citizenId, string prefix)
{
    private readonly List<(string Text, long AckedAt)> _acknowledged = [];

    /// <summary>The notes whose save was acknowledged, with the <see cref="Stopwatch"/> timestamp of the acknowledgement.</summary>
    public IReadOnlyList<(string Text, long AckedAt)> Acknowledged => _acknowledged;

    /// <summary>Writes notes until the token is cancelled; a failed or interrupted request is not acknowledged.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var text = $"{prefix}-{i}";
            try
            {
                if (await WriteAsync(text))
                {
                    _acknowledged.Add((text, Stopwatch.GetTimestamp()));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException)
            {
                // The server went away mid-request (the crash test kills it): this note was not acknowledged.
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    public async Task<bool> WriteAsync(string text)
    {
        var form = await client.GetPageAsync($"/borgere/{citizenId}/dagbog/ny?slags=beboer");
        if (form.Status != HttpStatusCode.OK)
        {
            return false;
        }

        var context = form.Document.QuerySelectorAll("select[name='Input.ContextId'] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
        var type = form.Document.QuerySelectorAll("select[name='Input.NoteTypeId'] option").First(o => o.TextContent.Trim() == "Observation").GetAttribute("value");
        var response = await form.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.ContextId"] = context,
            ["Input.NoteTypeId"] = type,
            ["Input.Text"] = text,
        });
        return response.StatusCode == HttpStatusCode.Redirect;
    }
}
