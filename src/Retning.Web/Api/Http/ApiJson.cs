using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Retning.Web.Api.Http;

/// <summary>
/// Reads a request body strictly (docs/adr/0020-api-contract.md, "Strict input"): JSON only (415 otherwise), at most
/// <see cref="MaxBodyBytes"/> (413), well-formed (400), no field the resource does not have (400, via
/// <see cref="JsonUnmappedMemberHandling.Disallow"/>), every value of its field's type (400), every text within its
/// <see cref="MaxLengthAttribute"/> (422). Each problem names the field in Danish; nothing is read further, so
/// nothing is half-written. The options are the app's HTTP JSON options, so the OpenAPI document describes what is read.
/// </summary>
public static partial class ApiJson
{
    /// <summary>An API body holds a note or a few fields: far below the forms' cap (TypedInputMiddleware), which also holds uploads.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>The API's JSON: camelCase, enums as camelCase strings, ISO dates, and no unknown field.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        // A number is a number: "2" for a score is a wrong type, as the document says (no integer-or-string schemas).
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    /// <summary>The body as <typeparamref name="T"/> and its raw bytes (for the idempotency fingerprint), or the problem.</summary>
    public static async Task<(T? Value, byte[] Body, IResult? Problem)> ReadAsync<T>(HttpRequest request) where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return (null, [], ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Send indholdet som JSON (Content-Type: application/json)."));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, [], TooLarge());
        }

        var body = await ReadCappedAsync(request.Body, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return (null, [], TooLarge());
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(body, options);
        }
        catch (JsonException e)
        {
            return (null, body, Unreadable(e));
        }

        if (value is null)
        {
            return (null, body, ApiProblems.BadRequest("Send et JSON-objekt, ikke null."));
        }

        var tooLong = TooLongTexts(value);
        return tooLong.Count > 0 ? (null, body, ApiProblems.Invalid(tooLong)) : (value, body, null);
    }

    public static IResult TooLarge() =>
        ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, $"Indholdet er større end {MaxBodyBytes / 1024} kB og er ikke læst.");

    /// <summary>Every string property over its <see cref="MaxLengthAttribute"/>, with the forms' own message (TextLimits.TooLong).</summary>
    public static IReadOnlyList<FieldError> TooLongTexts(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var errors = new List<FieldError>();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<MaxLengthAttribute>() is { } max && property.GetValue(value) is string text
                && TextLimits.TooLong(text, max.Length) is { } message)
            {
                errors.Add(new FieldError(property.Name, message));
            }
        }

        return errors;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Value!.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>A Danish problem for what the reader refused, naming the field from the reader's path (never the value).</summary>
    private static IResult Unreadable(JsonException e)
    {
        if (UnmappedProperty().Match(e.Message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            return ApiProblems.BadRequest($"Feltet '{name}' findes ikke her. Fjern det (se API-beskrivelsen for de tilladte felter).", name);
        }

        var field = FieldOf(e.Path);
        if (field is not null && e.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return ApiProblems.BadRequest($"Feltet '{field}' har en forkert type eller en ugyldig værdi. Se API-beskrivelsen.", field);
        }

        return field is null
            ? ApiProblems.BadRequest("Indholdet er ikke gyldig JSON.")
            : ApiProblems.BadRequest($"Indholdet er ikke gyldig JSON ved feltet '{field}', eller feltet har en forkert type.", field);
    }

    /// <summary>"$.themeKeys[2]" → "themeKeys"; "$" → null.</summary>
    private static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var match = JsonPathField().Match(path);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"The JSON property '(?<name>[^']{1,100})' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"^\$\.(?<name>[A-Za-z0-9_]{1,100})", RegexOptions.CultureInvariant)]
    private static partial Regex JsonPathField();
}
