using Retning.Domain.Organisation;

namespace Retning.Domain.Plans;

/// <summary>
/// What every offer starts with: the three shipped templates (ICS, VUM, FFB — a children's
/// offer needs VUM when a citizen turns 18), the FFB support-need scale, a small method
/// catalogue and, for children's offers, the children's homes' required goal kinds (docs/domain.md, "The individual plan"). Offers edit their copies.
/// </summary>
public static class OfferDefaults
{
    public static readonly IReadOnlyList<string> Methods =
    [
        "KRAP – kognitiv, ressourcefokuseret og anerkendende pædagogik",
        "Neuropædagogik",
        "Low arousal",
        "TEACCH – struktur og visualisering",
        "Mentaliseringsbaseret pædagogik",
        "Marte Meo",
        "Totalkommunikation",
        "Sansemotorisk træning",
    ];

    public static IEnumerable<PlanTemplate> Templates(Offer offer, DateTime nowUtc) =>
        Enum.GetValues<TemplateKind>().Select(kind =>
        {
            var template = new PlanTemplate { OfferId = offer.Id, Kind = kind, Name = TemplateCatalog.Name(kind) };
            template.Versions.Add(new TemplateVersion { TemplateId = template.Id, Number = 1, CreatedUtc = nowUtc, CreatedBy = "Retning", Themes = [.. TemplateCatalog.Themes(kind)] });
            return template;
        });

    public static IndicatorScale DefaultScale(Offer offer, DateTime nowUtc)
    {
        var scale = new IndicatorScale { OfferId = offer.Id, Name = "Støttebehov (Fælles Faglige Begreber)", IsDefault = true };
        scale.NewVersion(IndicatorScale.FfbSupportNeed(), "Retning", nowUtc);
        return scale;
    }

    public static IEnumerable<MethodCatalogueItem> MethodCatalogue(Offer offer) =>
        Methods.Select(m => new MethodCatalogueItem { OfferId = offer.Id, Name = m });

    public static OfferPlanRules Rules(Offer offer) => new()
    {
        OfferId = offer.Id,
        RequiredGoalKinds = offer.Area == Area.Children ? OfferPlanRules.ChildrenDefaults() : [],
    };
}
