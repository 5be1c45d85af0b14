using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Retning.Web.Infrastructure;

/// <summary>
/// The one place typed input is read and cleaned before model binding, antiforgery or a page
/// sees it (docs/architecture.md, "A request's way"). Every form and query value goes through
/// <see cref="TypedText.Clean"/> (no NUL or other control characters, no direction overrides).
/// A body up to <see cref="MaxBodyBytes"/> is read whole, so even a text of several megabytes
/// reaches its field and comes back with "Teksten er for lang …" and the text kept; only a
/// body over that cap is answered 413 with the Danish error page.
/// </summary>
public sealed class TypedInputMiddleware(RequestDelegate next)
{
    /// <summary>The hard cap on a request body: above a consent document (10 MB) with its fields, far above any typed text.</summary>
    public const long MaxBodyBytes = 32L * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        // The error page re-executed for a 413 must not read the refused body again.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            Refuse(context);
            return;
        }

        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = IsUrlEncoded(request) ? await ReadUrlEncodedAsync(request, context.RequestAborted) : await request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                Refuse(context);
                return;
            }

            request.Form = new FormCollection(Clean(form), form.Files);
        }

        if (request.Query.Count > 0)
        {
            request.Query = new QueryCollection(Clean(request.Query));
        }

        await next(context);
    }

    private static bool IsUrlEncoded(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A url-encoded body read by hand: ASP.NET's form reader refuses a whole form that holds an
    /// encoded NUL ("%00") as invalid data, which would lose everything typed; here the NUL is
    /// decoded and then removed like any control character.
    /// </summary>
    private static async Task<IFormCollection> ReadUrlEncodedAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var body = await reader.ReadToEndAsync(ct);
        return new FormCollection(QueryHelpers.ParseQuery(body));
    }

    private static Dictionary<string, StringValues> Clean(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.ToDictionary(
            v => v.Key,
            v => v.Value.Count == 1
                ? new StringValues(TypedText.Clean(v.Value[0] ?? string.Empty))
                : new StringValues([.. v.Value.Select(s => TypedText.Clean(s ?? string.Empty))]),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>413 without reading further; the status-code page explains it in Danish.</summary>
    private static void Refuse(HttpContext context)
    {
        context.Request.Form = FormCollection.Empty;
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The client may still be sending: do not keep the connection for the rest of the body.
        context.Response.Headers.Connection = "close";
    }
}
