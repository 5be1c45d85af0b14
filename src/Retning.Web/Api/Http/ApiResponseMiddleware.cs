using Microsoft.AspNetCore.Diagnostics;

namespace Retning.Web.Api.Http;

/// <summary>
/// Under <c>/api</c> every error is problem details JSON, never the Danish HTML error page: the status-code pages
/// are switched off for the request, and an error answered without a body (401 from the login cookie, 403, an
/// unknown address, 405, the 413 of <see cref="TypedInputMiddleware"/>) gets a problem with a Danish detail.
/// Sits after UseStatusCodePages (so its feature exists to switch off) and before TypedInputMiddleware (whose
/// 413 it dresses); docs/adr/0020-api-contract.md.
/// </summary>
public sealed class ApiResponseMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!ApiPaths.IsApi(context))
        {
            await next(context);
            return;
        }

        // The one place the pages' "/fejl/{code}" is switched off for /api.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await next(context);
        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength is not null || !string.IsNullOrEmpty(response.ContentType))
        {
            return;
        }

        await ApiProblems.Problem(response.StatusCode, DetailOf(response.StatusCode)).ExecuteAsync(context);
    }

    private static string DetailOf(int status) => status switch
    {
        401 => "Du er ikke logget ind, eller din session er udløbet. Log ind og prøv igen.",
        403 => "Du har ikke ret til dette.",
        404 => "Det findes ikke, eller du har ikke adgang til det.",
        405 => "Adressen findes, men ikke med denne HTTP-metode.",
        413 => $"Indholdet er for stort og er ikke læst (højst {ApiJson.MaxBodyBytes / 1024} kB).",
        415 => "Send indholdet som JSON (Content-Type: application/json).",
        _ => "Forespørgslen kunne ikke gennemføres.",
    };
}
