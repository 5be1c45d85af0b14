using Retning.Domain.Organisation;

namespace Retning.UnitTests.Organisation;

/// <summary>The header names where the user works: the offer for an offer head, the departments together otherwise.</summary>
public sealed class WorkplaceLabelsTests
{
    private const string Solsikken = "Børnehjemmet Solsikken";
    private const string Lindely = "Bostedet Lindely";

    [Fact]
    public void An_offer_head_is_named_by_the_offer_not_by_the_department_the_grant_is_stored_on() =>
        Assert.Equal(["Børnehjemmet Solsikken – hele tilbuddet (Tilbudsleder)"],
            WorkplaceLabels.Of([new Workplace(Solsikken, "Mågen", StaffRole.OfferHead)]));

    [Fact]
    public void A_care_worker_is_named_by_offer_and_department() =>
        Assert.Equal(["Børnehjemmet Solsikken – Mågen (Medarbejder)"],
            WorkplaceLabels.Of([new Workplace(Solsikken, "Mågen", StaffRole.CareWorker)]));

    [Fact]
    public void Several_departments_of_an_offer_with_one_role_are_named_together_and_offers_apart()
    {
        var labels = WorkplaceLabels.Of(
        [
            new Workplace(Lindely, "Egen", StaffRole.QualityOfficer),
            new Workplace(Solsikken, "Mågen", StaffRole.QualityOfficer),
            new Workplace(Lindely, "Birken", StaffRole.QualityOfficer),
            new Workplace(Lindely, "Birken", StaffRole.DepartmentHead),
        ]);

        Assert.Equal(
        [
            "Bostedet Lindely – Birken (Afdelingsleder)",
            "Bostedet Lindely – Birken og Egen (Kvalitetsmedarbejder)",
            "Børnehjemmet Solsikken – Mågen (Kvalitetsmedarbejder)",
        ], labels);
    }

    [Fact]
    public void The_sector_management_is_named_by_the_region_once_however_many_offers_hold_its_grants() =>
        Assert.Equal(["Region Nordjylland – hele regionen (Sektorledelse)"],
            WorkplaceLabels.Of(
            [
                new Workplace(Solsikken, "Mågen", StaffRole.SectorManagement, "Region Nordjylland"),
                new Workplace(Lindely, "Birken", StaffRole.SectorManagement, "Region Nordjylland"),
            ]));
}
