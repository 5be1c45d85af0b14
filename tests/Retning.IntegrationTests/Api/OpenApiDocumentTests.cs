using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Retning.IntegrationTests.Support;

namespace Retning.IntegrationTests.Api;

/// <summary>
/// The served OpenAPI document equals the committed docs/api/openapi-v1.json, so a change of the API is a change of
/// the document in the same commit. To update it: RETNING_UPDATE_OPENAPI=1 dotnet run --project tests/Retning.IntegrationTests -- -class '*OpenApiDocumentTests'.
/// </summary>
public sealed class OpenApiDocumentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    public const string CommittedPath = "docs/api/openapi-v1.json";

    /// <summary>The document as served, anonymously, indented the one way the committed copy is.</summary>
    public static async Task<string> ServedAsync(AppFixture fixture)
    {
        using var anonymous = fixture.Anonymous();
        var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Normalised(await response.Content.ReadAsStringAsync());
    }

    public static string Normalised(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .ReplaceLineEndings("\n") + "\n";

    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        var served = await ServedAsync(fixture);
        var path = Path.Combine(RepositoryRoot(), CommittedPath);
        if (Environment.GetEnvironmentVariable("RETNING_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        var committed = File.Exists(path) ? Normalised(await File.ReadAllTextAsync(path)) : "(missing)";
        Assert.True(committed == served,
            $"The API's OpenAPI document differs from {CommittedPath}. If the change is intended, update the committed copy with " +
            "RETNING_UPDATE_OPENAPI=1 dotnet run --project tests/Retning.IntegrationTests -- -class '*OpenApiDocumentTests' and commit it.");
    }

    [Fact]
    public async Task Every_operation_and_every_schema_property_has_a_Danish_text()
    {
        var document = JsonNode.Parse(await ServedAsync(fixture))!;
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key != "parameters"))
            {
                Assert.False(string.IsNullOrWhiteSpace(operation!["summary"]?.GetValue<string>()), $"{method} {path} has no summary");
                Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()), $"{method} {path} has no description");
                Assert.True(operation["responses"]!.AsObject().Any(r => r.Key.StartsWith('4')), $"{method} {path} declares no error response");
            }
        }

        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
        {
            foreach (var (property, definition) in schema!["properties"]?.AsObject() ?? [])
            {
                if (name is "ProblemDetails" or "HttpValidationProblemDetails")
                {
                    continue; // the framework's own schema (RFC 9457's fields)
                }

                // A nullable reference is a oneOf of null and the $ref, with the description on the $ref.
                var described = definition!["description"] is not null
                                || definition["oneOf"]?.AsArray().Any(o => o?["description"] is not null) == true;
                Assert.True(described, $"{name}.{property} has no description");
            }
        }
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Retning.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Retning.slnx not found above " + AppContext.BaseDirectory);
    }
}
