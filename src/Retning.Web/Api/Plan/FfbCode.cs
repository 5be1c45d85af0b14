using System.ComponentModel;
using Retning.Domain.Vocabulary;

namespace Retning.Web.Api.Plan;

/// <summary>
/// An FFB coding as the API returns it (docs/adr/0018-ffb-vocabulary.md): the domain's <see cref="FfbCoding"/> with a
/// Danish text on every field, so the OpenAPI document describes it.
/// </summary>
[Description("En kode fra KL's Fælles Faglige Begreber (FFB).")]
public sealed record FfbCode(
    [property: Description("Kodesystemet, urn:oid:1.2.208.176.2.22.")] string System,
    [property: Description("Kodesystemets version, fx 20240530.")] string Version,
    [property: Description("Begrebets kode (UUID i FFB).")] string Code,
    [property: Description("Begrebets danske betegnelse i FFB.")] string Display)
{
    public static FfbCode? Of(FfbCoding? coding) => coding is null ? null : new(coding.System, coding.Version, coding.Code, coding.Display);
}
