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
                Description = "Retnings åbne API: borgere, formål, planen med mål og delmål, dagbogsnotater, evalueringer, frister, godkendte statusrapporter, ledelsesinformation og planen som FHIR med FFB-koder, med samme afdelingsafgrænsning, logning og sikkerhed som siderne. "
                              + "JSON med camelCase, ISO 8601-datoer og faste UUID'er; fejl som problem details (RFC 9457) med dansk detail; "
                              + "lister med markør (after, limit ≤ 200) og changedSince; ETag og If-Match på ændringer; Idempotency-Key på oprettelser.",
            };
            document.Servers = [];
            return Task.CompletedTask;
        });
        // A schema's own text is Danish: the type's [Description], never the code's English XML summary.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type.IsEnum && EnumTexts.TryGetValue(type, out var text))
            {
                schema.Description = text;
            }
            else if (context.JsonPropertyInfo is null && type.Namespace?.StartsWith("Retning", StringComparison.Ordinal) == true)
            {
                var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
                schema.Description = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>(definition)?.Description
                                     ?? EnumTexts.GetValueOrDefault(definition);
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var method = context.Description.HttpMethod ?? string.Empty;
            operation.Parameters ??= [];
            foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path))
            {
                parameter.Description ??= parameter.Name switch
                {
                    "id" => "Borgerens id (UUID).",
                    "noteId" => "Notatets id (UUID).",
                    _ => "Id (UUID).",
                };
            }

            if (HttpMethods.IsPost(method))
            {
                operation.Parameters.Add(Header(Domain.Api.IdempotencyRules.Header,
                    "Et nyt UUID pr. oprettelse. En gentagelse med samme nøgle og samme indhold giver det første svar; samme nøgle med andet indhold giver 422.", "uuid"));
            }
            else if (HttpMethods.IsPut(method))
            {
                operation.Parameters.Add(Header("If-Match", "ETag'en fra den seneste GET af ressourcen. Uden: 428. Ældre end den gemte: 412 med den nuværende version.", null));
            }

            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (response is OpenApiResponse described && int.TryParse(status, System.Globalization.CultureInfo.InvariantCulture, out var code))
                {
                    described.Description = code switch
                    {
                        200 => "Svaret.",
                        201 => "Oprettet; Location peger på den nye ressource.",
                        _ => ApiProblems.TitleOf(code) + ".",
                    };
                }
            }

            return Task.CompletedTask;
        });
    }

    private static readonly Dictionary<Type, string> EnumTexts = new()
    {
        [typeof(Domain.Diary.DiaryKind)] = "Hvilken dagbog: subGoal = delmålsdagbogen, resident = beboerdagbogen.",
        [typeof(Domain.Diary.MissingWorkReason)] = "Årsagen til manglende arbejde med et delmål: citizenIll (borgeren syg), staffing (bemanding), "
            + "citizenDeclined (borgeren ønskede ikke), activityCancelled (aktiviteten aflyst), citizenAway (borgeren væk), other (andet).",
    };

    private static OpenApiParameter Header(string name, string description, string? format) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = format },
    };
}
