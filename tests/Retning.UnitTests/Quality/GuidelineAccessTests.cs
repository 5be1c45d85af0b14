using Retning.Domain.Access;
using Retning.Domain.Organisation;
using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>Who reads, writes and follows the acknowledgements of a guideline (docs/domain.md, "Quality monitoring").</summary>
public sealed class GuidelineAccessTests
{
    private static readonly Guid Children = Guid.NewGuid();
    private static readonly Guid Adults = Guid.NewGuid();
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Me = Guid.NewGuid();

    private static readonly GuidelineScope Regional = new(GuidelineLevel.Regional, Owner, []);
    private static readonly GuidelineScope LocalChildren = new(GuidelineLevel.Local, Owner, [Children]);

    private static RoleGrant[] As(StaffRole role, Guid offer) => [new(Guid.NewGuid(), offer, role)];

    [Fact]
    public void Staff_read_the_regional_guidelines_and_the_local_ones_of_their_offers()
    {
        Assert.True(GuidelineAccess.Reads(As(StaffRole.CareWorker, Adults), Me, Regional));
        Assert.True(GuidelineAccess.Reads(As(StaffRole.CareWorker, Children), Me, LocalChildren));
        Assert.False(GuidelineAccess.Reads(As(StaffRole.CareWorker, Adults), Me, LocalChildren));
        Assert.True(GuidelineAccess.Reads(As(StaffRole.DepartmentHead, Adults), Me, LocalChildren)); // leaders read the whole region's
        Assert.True(GuidelineAccess.Reads(As(StaffRole.CareWorker, Adults), Owner, LocalChildren)); // the owner always
        Assert.False(GuidelineAccess.Reads(As(StaffRole.SectorManagement, Children), Me, LocalChildren));
    }

    [Fact]
    public void Regional_guidelines_are_written_by_the_quality_officer_and_offer_heads_local_ones_by_the_leaders_of_their_offers()
    {
        Assert.True(GuidelineAccess.Edits(As(StaffRole.QualityOfficer, Adults), Me, Regional));
        Assert.True(GuidelineAccess.Edits(As(StaffRole.OfferHead, Adults), Me, Regional));
        Assert.False(GuidelineAccess.Edits(As(StaffRole.DepartmentHead, Children), Me, Regional));
        Assert.True(GuidelineAccess.Edits(As(StaffRole.DepartmentHead, Children), Me, LocalChildren));
        Assert.False(GuidelineAccess.Edits(As(StaffRole.OfferHead, Adults), Me, LocalChildren));
        Assert.False(GuidelineAccess.Edits(As(StaffRole.CareWorker, Children), Me, LocalChildren));
        Assert.True(GuidelineAccess.Edits(As(StaffRole.CareWorker, Children), Owner, LocalChildren));
        Assert.Equal(new HashSet<Guid> { Children }, GuidelineAccess.LocalOffers([.. As(StaffRole.DepartmentHead, Children), .. As(StaffRole.CareWorker, Adults)]));
    }

    [Fact]
    public void Acknowledgements_are_followed_by_the_owner_the_quality_officer_and_the_leaders_of_an_offer_it_applies_to()
    {
        Assert.True(GuidelineAccess.SeesAcknowledgements(As(StaffRole.DepartmentHead, Children), Me, LocalChildren));
        Assert.False(GuidelineAccess.SeesAcknowledgements(As(StaffRole.DepartmentHead, Adults), Me, LocalChildren));
        Assert.True(GuidelineAccess.SeesAcknowledgements(As(StaffRole.OfferHead, Adults), Me, Regional));
        Assert.True(GuidelineAccess.SeesAcknowledgements(As(StaffRole.QualityOfficer, Adults), Me, LocalChildren));
        Assert.False(GuidelineAccess.SeesAcknowledgements(As(StaffRole.CareWorker, Children), Me, LocalChildren));
    }

    [Fact]
    public void The_form_asks_for_title_level_offers_indicators_owner_and_after_the_first_version_what_changed()
    {
        var errors = GuidelineInputRules.Check(" ", GuidelineLevel.Local, 0, GuidelineIndicators.None, ownerChosen: false, firstVersion: false, changeNote: null);
        Assert.Equal(["Title", "OfferIds", "Indicators", "OwnerUserId", "ChangeNote"], errors.Select(e => e.Field));
        Assert.Empty(GuidelineInputRules.Check("Mål", GuidelineLevel.Regional, 0, GuidelineIndicators.Goals, ownerChosen: true, firstVersion: true, changeNote: null));
        Assert.Equal("1, 3", GuidelineInputRules.Numbers(GuidelineIndicators.Goals | GuidelineIndicators.StatusMaterial));
        Assert.Equal("Lokal_retningslinje_v2.docx", GuidelineInputRules.SafeFileName(@"C:\x\Lokal retningslinje<v2>.docx", GuidelineDocument.Docx).Replace(' ', '_'));
    }
}
