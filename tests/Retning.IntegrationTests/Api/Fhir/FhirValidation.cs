using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Retning.IntegrationTests.Api.Fhir;

/// <summary>
/// Firely's validator against the FHIR R4 base specification, set up as in the unit tests
/// (tests/Retning.UnitTests/Interop/FhirValidation.cs). KL's profiles are not loadable here (docs/adr/0019-fhir-export.md),
/// so a Bundle is validated with its meta.profile removed.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Shared = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver));
    });

    public static OperationOutcome Validate(Resource resource) => Shared.Value.Validate(resource);

    public static IReadOnlyList<OperationOutcome.IssueComponent> Errors(OperationOutcome outcome) =>
        [.. outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)];

    public static string Describe(IEnumerable<OperationOutcome.IssueComponent> issues) =>
        string.Join("\n", issues.Select(i => $"{i.Severity} {i.Code} {string.Join(",", i.Expression ?? [])}: {i.Details?.Text}"));

    public static Bundle WithoutProfiles(Bundle exported)
    {
        var bundle = (Bundle)exported.DeepCopy();
        bundle.Meta = null;
        foreach (var entry in bundle.Entry)
        {
            entry.Resource!.Meta = null;
        }

        return bundle;
    }
}
