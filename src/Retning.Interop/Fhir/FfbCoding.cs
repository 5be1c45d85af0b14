using Hl7.Fhir.Model;

namespace Retning.Interop.Fhir;

/// <summary>
/// A code from KL's FFB code system (or another system) as the vocabulary lookup gives it. The
/// export copies it as it is and never makes one up: a missing coding leaves the coded element out
/// and is named in <see cref="FhirPlanExportResult.Unmapped"/>.
/// </summary>
public sealed record FfbCoding(string System, string? Version, string Code, string? Display)
{
    internal Coding ToCoding() => new(System, Code, Display) { Version = Version };

    internal CodeableConcept ToConcept() => new() { Coding = [ToCoding()] };
}

/// <summary>A labelled piece of free text; it leaves Retning only when the caller may see text.</summary>
public sealed record FhirText(string Heading, string? Text);

/// <summary>Something of the plan the Bundle could not carry, and why (Danish, for the caller).</summary>
public sealed record FhirUnmapped(Guid SourceId, string Element, string Reason);

/// <summary>The export's result: the Bundle and what did not fit in it.</summary>
public sealed record FhirPlanExportResult(Bundle Bundle, IReadOnlyList<FhirUnmapped> Unmapped);
