using System.ComponentModel;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;
using Retning.Web.Api.Auth;

namespace Retning.Web.Api.Plan;

/// <summary>The citizen's purposes, ordered by title (as the purposes page).</summary>
[Description("Borgerens formål fra kommunens handleplan eller bestilling, ordnet efter titel.")]
public sealed record PurposeList(
    [property: Description("Formålene, hver med den gældende formulering og de tidligere.")] IReadOnlyList<PurposeResource> Items);

/// <summary>A purpose with its wordings, newest (the basis of the plan) first (docs/domain.md, "Purposes").</summary>
[Description("Et formål med indsatsen. Den nyeste formulering er grundlaget for planen; de tidligere bevares.")]
public sealed record PurposeResource(
    [property: Description("Formålets faste id (UUID); mål peger på det.")] Guid Id,
    [property: Description("Formålets korte navn, fx \"Styre egen økonomi\"; null uden ret til fritekst.")] string? Title,
    [property: Description("Version; stiger, når formålet får en ny formulering.")] int Version,
    [property: Description("Den gældende (nyeste) formulering; null hvis formålet ingen har.")] PurposeRevisionResource? Current,
    [property: Description("Alle formuleringer, nyeste først (den første er den gældende).")] IReadOnlyList<PurposeRevisionResource> Revisions)
{
    public static PurposeResource Of(Purpose purpose, ApiText text)
    {
        var revisions = purpose.Revisions.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.EnteredUtc)
            .Select((r, i) => PurposeRevisionResource.Of(r, i == 0, text)).ToList();
        return new(purpose.Id, text.Of(purpose.Title), purpose.Version, revisions.FirstOrDefault(), revisions);
    }
}

/// <summary>One wording of a purpose as received from the municipality.</summary>
[Description("Én formulering af et formål, som kommunen sendte den.")]
public sealed record PurposeRevisionResource(
    [property: Description("Formuleringens faste id (UUID).")] Guid Id,
    [property: Description("true for den gældende (nyeste) formulering.")] bool IsCurrent,
    [property: Description("Formålets tekst; null uden ret til fritekst.")] string? Text,
    [property: Description("Modtaget fra kommunen (dato).")] DateOnly ReceivedOn,
    [property: Description("Kilden: actionPlan140 (handleplan § 140), actionPlan141 (handleplan § 141), order (bestilling) eller other (andet).")] PurposeSource Source,
    [property: Description("Kilden på dansk, fx \"Handleplan (§ 141)\".")] string SourceLabel,
    [property: Description("Kildens dato eller sagsnummer; null uden ret til fritekst.")] string? SourceReference,
    [property: Description("Formålskategoriens id; null = ikke kategoriseret.")] Guid? CategoryId,
    [property: Description("Formålskategoriens navn, eller \"Ikke kategoriseret\".")] string CategoryName,
    [property: Description("Kategoriens FFB-kode (et tema under Funktioner og forhold / Aktivitet og deltagelse); null for en kategori, regionen selv har tilføjet.")] FfbCode? CategoryFfb,
    [property: Description("Hvornår formuleringen blev registreret (UTC).")] DateTime EnteredAt,
    [property: Description("Hvem der registrerede den.")] string EnteredByName)
{
    public static PurposeRevisionResource Of(PurposeRevision r, bool isCurrent, ApiText text) => new(
        r.Id, isCurrent, text.Of(r.Text), r.ReceivedOn, r.Source, r.Source.Danish(), text.Of(r.SourceReference), r.CategoryId,
        r.Category?.Name ?? PurposeCategory.Uncategorised, FfbCode.Of(FfbCodeSystem.Current.Coding(r.Category?.Code)),
        DateTime.SpecifyKind(r.EnteredUtc, DateTimeKind.Utc), r.EnteredByName);
}
