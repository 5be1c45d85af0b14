using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Retning.Interop.Fhir;

/// <summary>FHIR JSON as the export writes it (one way for the endpoint and the tests).</summary>
public static class FhirJson
{
    public const string MediaType = "application/fhir+json";

    // Danish letters written as themselves, not \u00e6: the document stays readable for the receiver.
    private static readonly JsonSerializerOptions Options =
        new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }.ForFhir(ModelInfo.ModelInspector);

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, Options);
}
