using Microsoft.EntityFrameworkCore;
using Retning.Domain.Quality;

namespace Retning.Data.Demo;

/// <summary>
/// The seeds' guiding documents of standard 1.3 step 1 (seeds 001 and 002) in the guideline register: the region's
/// guideline for all offers and the children's home's local one that extends it, each with short demo summaries as
/// text (not the documents themselves), approved on fixed dates; the local one has a draft waiting for its owner's
/// approval and a revision due soon, so both show on the owner's tasks; a few staff have acknowledged.
/// </summary>
internal static class DemoGuidelines
{
    public const string RegionalTitle = "Regionale retningslinjer for individuelle planer og status til den kommunale myndighed";
    public const string LocalTitle = "Lokal retningslinje for individuelle planer og status – Solsikken";

    private const string RegionalText = """
        Gælder for alle regionens sociale tilbud efter §§ 66, 107 og 108. Hvert tilbud skriver en lokal retningslinje ud fra denne.

        Mål ud fra den kommunale handleplan: Mål og delmål fastlægges med afsæt i formålet med indsatsen. Tilbuddet efterspørger formålet hos kommunen, hvis det ikke er modtaget, og skriver det ind i den individuelle plan – også når kommunen reviderer det.

        Mål sammen med borgeren: Målene udarbejdes med borgeren ud fra dennes forudsætninger. Borgerens eller forældremyndighedens perspektiv indgår i planen. Har borgeren ingen ønsker til mål, dokumenteres det. Mål og delmål formuleres efter principperne for SMORTE mål.

        Samarbejde med eksterne aktører: Ved hvert nyt mål overvejes det, om samarbejde med fx læge, skole, pårørende eller værge kan støtte målet. Samarbejdet beskrives i målet og dokumenteres løbende i delmålsdagbogen.

        Dokumentation: Indsatsen dokumenteres løbende i delmålsdagbogen (notat og vurdering af støttebehovet) og i beboerdagbogen (notat med kontekst og type).

        Evaluering: Relevante fagpersoner evaluerer med udgangspunkt i målene og den løbende dokumentation; borgeren inddrages. Evalueringen skrives ind i planen, og der tages stilling til, om planen skal revideres.

        Status til myndighed: Status udarbejdes ud fra den individuelle plan, kort og målrettet: ressourcer og støttebehov, mål i perioden, udførte indsatser, opnåede resultater og overvejelser frem til næste status – som hovedregel mindst én gang årligt.

        Ansvar: Tilbudslederen har det overordnede ansvar og aftaler ansvarsfordelingen i den lokale retningslinje.
        """;

    private const string LocalText = """
        Gælder for Solsikken (døgnpladser efter § 66 og § 107). Målgruppe: alle medarbejdere, der udarbejder og godkender individuelle planer; afdelingslederne har et skærpet ansvar. Udbygger de regionale retningslinjer.

        Den individuelle plan: Kontaktteamet udarbejder planen i ICS-skabelonen og holder den ajour. Planen skrives med barnet/den unge og forældremyndigheden eller værgen. Mindst to gange om året ved statusmødet gemmes planen til den afsluttede periode, og en ny periode oprettes.

        Autonomt kompas og DPU: Et halvt år efter indskrivning begyndes et autonomt kompas. En dansk pædagogisk udviklingsbeskrivelse laves senest et år efter indskrivning og derefter mindst hvert andet år.

        Mål og delmål: Kommunens formål og mål skrives ind i planen. Mål og delmål begrundes med handleplanen og de faglige metoder og formuleres som SMARTE mål. Kan barnet ikke selv give udtryk for ønsker, sker det sammen med forældremyndigheden eller netværket.

        Evaluering og status: Målene evalueres to gange om året i forbindelse med statusmødet, og evalueringen skrives ind i status. Status udarbejdes af kontaktteamet ud fra planen og sendes til kommunen før statusmødet.
        """;

    public static Guideline[] Create(DemoOrganisation organisation, Dictionary<string, Guid> userIds, DateOnly today, DateTime now)
    {
        var quality = userIds["kvalitet@demo.retning.dk"];
        var lars = userIds["lars@demo.retning.dk"];
        var karin = userIds["karin@demo.retning.dk"];
        var regional = new Guideline
        {
            RegionId = organisation.Region.Id, Title = RegionalTitle, Level = GuidelineLevel.Regional, OwnerUserId = quality,
            Indicators = GuidelineIndicators.Goals | GuidelineIndicators.PlanTemplate | GuidelineIndicators.StatusMaterial,
            RevisionDueOn = today.AddYears(1),
        };
        regional.Versions.Add(Approved(regional, 1, RegionalText.Replace("SMORTE", "SMORTE (specifikke, målbare, opnåelige, relevante, tidsbestemte og evaluerbare)", StringComparison.Ordinal),
            null, quality, karin, new DateOnly(2020, 5, 15), new DateOnly(2020, 6, 1)));
        regional.Versions.Add(Approved(regional, 2, RegionalText, "Revideret: henvisningerne til skabelonerne for børne- og voksenområdet opdateret, afsnittet om statusmateriale gjort kortere.",
            quality, karin, new DateOnly(2024, 5, 14), new DateOnly(2024, 6, 1)));

        var local = new Guideline
        {
            RegionId = organisation.Region.Id, Title = LocalTitle, Level = GuidelineLevel.Local, ExtendsId = regional.Id, OwnerUserId = lars,
            Indicators = GuidelineIndicators.Goals | GuidelineIndicators.PlanTemplate | GuidelineIndicators.StatusMaterial,
            Offers = [new GuidelineOffer { OfferId = organisation.Children.Id }],
            RevisionDueOn = today.AddDays(30),
        };
        local.Offers[0].GuidelineId = local.Id;
        local.Versions.Add(Approved(local, 1, LocalText, null, lars, lars, new DateOnly(2023, 5, 10), new DateOnly(2023, 5, 15)));
        local.Versions.Add(new GuidelineVersion
        {
            GuidelineId = local.Id, Number = 2, CreatedByUserId = lars, CreatedUtc = now,
            Text = LocalText + "\n\nRevisionsansvarlig: tilbudslederen. Revideres efter hver kvalitetsovervågning.",
            ChangeNote = "Ansvaret for revisionen er skrevet ind, og retningslinjen revideres efter hver kvalitetsovervågning.",
        });
        return [regional, local];
    }

    /// <summary>
    /// The local guideline's offer's plan templates implement it (issue 15, indicator 2). The templates are made at
    /// start-up after the demo organisation (OfferSetup), so the link is set when the demo plans are seeded.
    /// </summary>
    public static async Task LinkTemplatesAsync(AppDbContext db, CancellationToken ct)
    {
        var local = await db.Guidelines.Where(g => g.Title == LocalTitle).Select(g => g.Id).SingleAsync(ct);
        var offers = await db.GuidelineOffers.Where(o => o.GuidelineId == local).Select(o => o.OfferId).ToListAsync(ct);
        await db.PlanTemplates.Where(t => offers.Contains(t.OfferId) && t.GuidelineId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.GuidelineId, local), ct);
    }

    /// <summary>A few acknowledgements of the versions in force, so the leader's list of who has read them is not empty.</summary>
    public static IEnumerable<GuidelineAcknowledgement> Acknowledgements(Guideline[] guidelines, Dictionary<string, Guid> userIds, DateTime now)
    {
        var regionalInForce = guidelines[0].Versions.Single(v => v.Number == 2).Id;
        var localInForce = guidelines[1].Versions.Single(v => v.Number == 1).Id;
        yield return new GuidelineAcknowledgement { VersionId = localInForce, UserId = userIds["camilla@demo.retning.dk"], AcknowledgedUtc = now.AddDays(-20) };
        yield return new GuidelineAcknowledgement { VersionId = localInForce, UserId = userIds["anne@demo.retning.dk"], AcknowledgedUtc = now.AddDays(-18) };
        yield return new GuidelineAcknowledgement { VersionId = regionalInForce, UserId = userIds["camilla@demo.retning.dk"], AcknowledgedUtc = now.AddDays(-20) };
        yield return new GuidelineAcknowledgement { VersionId = regionalInForce, UserId = userIds["sofie@demo.retning.dk"], AcknowledgedUtc = now.AddDays(-9) };
    }

    private static GuidelineVersion Approved(Guideline g, int number, string text, string? changeNote, Guid createdBy, Guid approvedBy, DateOnly approvedOn, DateOnly validFrom) => new()
    {
        GuidelineId = g.Id, Number = number, Text = text, ChangeNote = changeNote, CreatedByUserId = createdBy,
        CreatedUtc = approvedOn.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), ApprovedOn = approvedOn, ApprovedByUserId = approvedBy, ValidFrom = validFrom,
    };
}
