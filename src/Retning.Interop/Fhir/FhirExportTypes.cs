using Hl7.Fhir.Model;
using Retning.Domain.Vocabulary;

namespace Retning.Interop.Fhir;

/// <summary>
/// The vocabulary's coding (<see cref="FfbCoding"/>, docs/adr/0018-ffb-vocabulary.md) as FHIR. The export copies it
/// as it is and never makes one up: a missing coding leaves the coded element out and is named in
/// <see cref="FhirPlanExportResult.Unmapped"/>.
/// </summary>
internal static class FfbCodingFhir
{
    public static Coding ToCoding(this FfbCoding coding) => new(coding.System, coding.Code, coding.Display) { Version = coding.Version };

    public static CodeableConcept ToConcept(this FfbCoding coding) => new() { Coding = [coding.ToCoding()] };
}

/// <summary>A labelled piece of free text; it leaves Retning only when the caller may see text.</summary>
public sealed record FhirText(string Heading, string? Text);

/// <summary>Something of the plan the Bundle could not carry, and why (Danish, for the caller).</summary>
public sealed record FhirUnmapped(Guid SourceId, string Element, string Reason);

/// <summary>The export's result: the Bundle and what did not fit in it.</summary>
public sealed record FhirPlanExportResult(Bundle Bundle, IReadOnlyList<FhirUnmapped> Unmapped);
