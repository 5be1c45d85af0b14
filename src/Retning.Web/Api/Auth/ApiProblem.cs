namespace Retning.Web.Api.Auth;

/// <summary>
/// The problem-details answers (RFC 9457) of authentication, authorization and rate limiting, with a
/// Danish detail. Part of the API's one error shape (the endpoints' own errors: Api/Http).
/// </summary>
public static class ApiProblem
{
    public const string Unauthenticated = "Kaldet kræver et gyldigt adgangstoken (Authorization: Bearer …) fra /api/token eller en aktiv login-session.";
    public const string Forbidden = "Klienten eller brugeren har ikke ret til dette kald.";

    public static Task WriteAsync(HttpContext context, int status, string detail, string? wwwAuthenticate = null)
    {
        if (wwwAuthenticate is not null)
        {
            context.Response.Headers.WWWAuthenticate = wwwAuthenticate;
        }

        var title = status switch
        {
            StatusCodes.Status400BadRequest => "Ugyldig forespørgsel",
            StatusCodes.Status401Unauthorized => "Ikke logget ind",
            StatusCodes.Status403Forbidden => "Ingen adgang",
            StatusCodes.Status429TooManyRequests => "For mange kald",
            _ => "Fejl",
        };
        return TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
    }

    /// <summary>401 with the bearer challenge: "invalid_token" when a token was sent and refused.</summary>
    public static Task UnauthorizedAsync(HttpContext context, string detail, bool tokenRefused) =>
        WriteAsync(context, StatusCodes.Status401Unauthorized, detail,
            tokenRefused ? "Bearer error=\"invalid_token\"" : "Bearer");
}
