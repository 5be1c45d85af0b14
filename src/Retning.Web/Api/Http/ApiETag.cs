using System.Globalization;

namespace Retning.Web.Api.Http;

/// <summary>What an <c>If-Match</c> says about the aggregate's current version.</summary>
public enum IfMatchState
{
    /// <summary>No If-Match (or only "*"): the write is refused with 428.</summary>
    Missing,

    /// <summary>An ETag of an older version: 412 with the current representation, nothing written.</summary>
    Stale,

    /// <summary>The current version: the write may go on (and still fails as stale if someone saves first).</summary>
    Current,
}

/// <summary>
/// ETags from an aggregate's concurrency version (<see cref="IVersioned"/>, docs/adr/0004): a strong ETag <c>"v{version}"</c>
/// on every single-resource GET, and <c>If-Match</c> required on every write to an existing aggregate
/// (docs/adr/0020-api-contract.md, "Concurrency"). The version is the one the page forms carry; the ETag is the same
/// token in HTTP's words.
/// </summary>
public static class ApiETag
{
    public static string For(int version) => string.Create(CultureInfo.InvariantCulture, $"\"v{version}\"");

    /// <summary>The version an ETag names, or null for anything this API did not write (weak ETags included: a write needs the exact version).</summary>
    public static int? VersionOf(string etag)
    {
        var text = etag.Trim();
        return text.Length > 3 && text.StartsWith("\"v", StringComparison.Ordinal) && text.EndsWith('"')
               && int.TryParse(text.AsSpan(2, text.Length - 3), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }

    /// <summary>
    /// Compares the request's If-Match with <paramref name="currentVersion"/>. "*" counts as missing: it matches any
    /// version, which is exactly the blind overwrite If-Match is required to prevent.
    /// </summary>
    public static IfMatchState Check(HttpRequest request, int currentVersion, out int? sentVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        sentVersion = null;
        var tags = request.Headers.IfMatch.SelectMany(h => (h ?? string.Empty).Split(',')).Select(t => t.Trim()).Where(t => t.Length > 0 && t != "*").ToList();
        if (tags.Count == 0)
        {
            return IfMatchState.Missing;
        }

        foreach (var tag in tags)
        {
            if (VersionOf(tag) is { } version)
            {
                sentVersion ??= version;
                if (version == currentVersion)
                {
                    sentVersion = version;
                    return IfMatchState.Current;
                }
            }
        }

        return IfMatchState.Stale;
    }

    /// <summary>Sets the ETag of the representation about to be written.</summary>
    public static void Set(HttpResponse response, int version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = For(version);
    }

    /// <summary>412 with the current representation in the body (and its ETag), so the caller sees what it would have overwritten.</summary>
    public static IResult PreconditionFailed<T>(HttpResponse response, T current, int currentVersion)
    {
        Set(response, currentVersion);
        return TypedResults.Json(new ApiConflict<T>(
            ApiProblems.TypeOf(412), ApiProblems.TitleOf(412), 412,
            "Ressourcen er ændret af en anden, siden du læste den. Intet er gemt. Den nuværende version står i current; send din ændring igen med dens ETag, hvis den stadig skal med.",
            current), statusCode: 412, contentType: ApiProblems.ContentType);
    }
}

/// <summary>A 412's problem details with the current representation beside them.</summary>
[System.ComponentModel.Description("412: problem details (RFC 9457) med ressourcen, som den er gemt nu, i current.")]
public sealed record ApiConflict<T>(
    [property: System.ComponentModel.Description("Problemets type (RFC 9110).")] string Type,
    [property: System.ComponentModel.Description("Kort dansk titel.")] string Title,
    [property: System.ComponentModel.Description("HTTP-status (412).")] int Status,
    [property: System.ComponentModel.Description("Dansk forklaring.")] string Detail,
    [property: System.ComponentModel.Description("Ressourcen, som den er gemt nu.")] T Current);
