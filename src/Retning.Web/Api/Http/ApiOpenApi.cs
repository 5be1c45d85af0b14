using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Retning.Web.Api.Http;

/// <summary>
/// The OpenAPI 3.1 document of <c>/api/v1</c>, served anonymously at <see cref="Route"/> and committed as
/// docs/api/openapi-v1.json (a test compares them). Danish texts come from the endpoints' summaries and the
/// records' [Description]s; the document carries no server address, so it is the same on every host.
/// </summary>
public static class ApiOpenApi
{
    public const string DocumentName = "v1";
    public const string Route = "/openapi/{documentName}.json";

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Retning API",
                Version = "v1",
                Description = "Retnings åbne API: borgere og dagbogsnotater med samme afdelingsafgrænsning, logning og sikkerhed som siderne. "
                              + "JSON med camelCase, ISO 8601-datoer og faste UUID'er; fejl som problem details (RFC 9457) med dansk detail; "
                              + "lister med markør (after, limit ≤ 200) og changedSince; ETag og If-Match på ændringer; Idempotency-Key på oprettelser.",
            };
            document.Servers = [];
            return Task.CompletedTask;
        });
    }
}
