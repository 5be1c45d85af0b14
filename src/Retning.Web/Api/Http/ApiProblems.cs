using System.Text.Json;

namespace Retning.Web.Api.Http;

/// <summary>
/// The API's errors as RFC 9457 problem details (docs/adr/0020-api-contract.md): a Danish <c>title</c> and
/// <c>detail</c>, and for input errors <c>errors</c> keyed by the JSON field's name (camelCase), each with its
/// Danish messages. No citizen data ever goes into a problem: the texts name fields and rules, not values.
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>A field's name as the JSON shows it: a domain <see cref="FieldError"/> names the C# property ("SubGoalId").</summary>
    public static string JsonName(string field) =>
        string.Join('.', field.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));

    public static IResult BadRequest(string detail, string? field = null) =>
        Problem(StatusCodes.Status400BadRequest, detail, field is null ? null : [new FieldError(field, detail)]);

    /// <summary>Input that is well-formed but breaks a rule (too long, missing, not one of the choices): 422 with every field's message.</summary>
    public static IResult Invalid(IReadOnlyList<FieldError> errors) =>
        Problem(StatusCodes.Status422UnprocessableEntity,
            errors.Count == 1 ? errors[0].Message : "Indholdet kan ikke gemmes: se fejlene ved de enkelte felter.", errors);

    public static IResult NotFound() =>
        Problem(StatusCodes.Status404NotFound, "Det findes ikke, eller du har ikke adgang til det.");

    public static IResult Forbidden(string detail = "Du har ikke ret til dette.") => Problem(StatusCodes.Status403Forbidden, detail);

    public static IResult PreconditionRequired() =>
        Problem(StatusCodes.Status428PreconditionRequired,
            "Send If-Match med den ETag, du læste: en ændring uden den kunne overskrive en andens ændring.", [new FieldError("If-Match", "Mangler.")]);

    public static IResult IdempotencyKeyMismatch() =>
        Problem(StatusCodes.Status422UnprocessableEntity,
            "Idempotency-Key er allerede brugt til en anden forespørgsel. Brug en ny nøgle til en ny oprettelse.", [new FieldError("Idempotency-Key", "Brugt til et andet indhold.")]);

    public static IResult InProgress() =>
        Problem(StatusCodes.Status409Conflict, "En forespørgsel med samme Idempotency-Key er i gang. Prøv igen om lidt.");

    public const string ForbiddenDetail = "Klienten eller brugeren har ikke ret til dette kald.";

    public const string Unauthenticated = "Kaldet kræver et gyldigt adgangstoken (Authorization: Bearer …) fra /api/token eller en aktiv login-session.";

    /// <summary>A problem written straight to the response, by the middleware that answers before an endpoint runs
    /// (authentication, authorization, rate limiting; docs/adr/0017).</summary>
    public static Task WriteAsync(HttpContext context, int status, string detail, string? wwwAuthenticate = null)
    {
        if (wwwAuthenticate is not null)
        {
            context.Response.Headers.WWWAuthenticate = wwwAuthenticate;
        }

        return Problem(status, detail).ExecuteAsync(context);
    }

    /// <summary>401 with the bearer challenge: "invalid_token" when a token was sent and refused.</summary>
    public static Task UnauthorizedAsync(HttpContext context, string detail, bool tokenRefused) =>
        WriteAsync(context, StatusCodes.Status401Unauthorized, detail, tokenRefused ? "Bearer error=\"invalid_token\"" : "Bearer");

    public static IResult Problem(int status, string detail, IReadOnlyList<FieldError>? errors = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (errors is { Count: > 0 })
        {
            extensions["errors"] = errors.GroupBy(e => e.Field.Contains('-', StringComparison.Ordinal) ? e.Field : JsonName(e.Field))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        }

        return TypedResults.Problem(detail, statusCode: status, title: TitleOf(status), type: TypeOf(status), extensions: extensions);
    }

    /// <summary>The Danish title of a status; a problem's <c>title</c> is the same for every occurrence of it (RFC 9457 §3.1.3).</summary>
    public static string TitleOf(int status) => status switch
    {
        400 => "Forespørgslen kan ikke læses",
        401 => "Log ind først",
        403 => "Ingen adgang",
        404 => "Ikke fundet",
        405 => "Metoden findes ikke her",
        409 => "Konflikt",
        412 => "Ændret af en anden",
        413 => "Forespørgslen er for stor",
        415 => "Forkert indholdstype",
        422 => "Indholdet kan ikke gemmes",
        428 => "If-Match mangler",
        429 => "For mange forespørgsler",
        _ => "Fejl",
    };

    /// <summary>RFC 9110's section for the status: a stable type URI per status.</summary>
    public static string TypeOf(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        412 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        _ => "about:blank",
    };
}
