using Retning.Domain.Access;
using Retning.Domain.Organisation;
using Retning.Domain.Rights;

namespace Retning.UnitTests.Rights;

/// <summary>A reader in a citizen's access export is shown by role and place, never by name.</summary>
public sealed class AccessLogRoleTests
{
    private static readonly Guid Solsikken = Guid.NewGuid();
    private static readonly Guid Lindely = Guid.NewGuid();
    private static readonly Guid Maagen = Guid.NewGuid();
    private static readonly Guid Ternen = Guid.NewGuid();
    private static readonly Guid Birken = Guid.NewGuid();

    private static StaffPosition At(Guid department, StaffRole role) => department == Birken
        ? new(role, Birken, "Birken", Lindely, "Lindely")
        : new(role, department, department == Maagen ? "Mågen" : "Ternen", Solsikken, "Solsikken");

    [Fact]
    public void A_care_worker_of_the_citizens_department_is_named_by_role_and_department() =>
        Assert.Equal("Medarbejder, Afdeling Mågen", AccessLogRole.For([At(Maagen, StaffRole.CareWorker), At(Birken, StaffRole.QualityOfficer)], Maagen, Solsikken));

    [Fact]
    public void Several_roles_in_the_department_are_joined() =>
        Assert.Equal("Medarbejder og Afdelingsleder, Afdeling Mågen",
            AccessLogRole.For([At(Maagen, StaffRole.DepartmentHead), At(Maagen, StaffRole.CareWorker)], Maagen, Solsikken));

    [Fact]
    public void An_offer_head_is_named_by_the_offer() =>
        Assert.Equal("Tilbudsleder, Tilbud Solsikken", AccessLogRole.For([At(Ternen, StaffRole.OfferHead)], Maagen, Solsikken));

    [Fact]
    public void A_reader_who_has_since_left_the_department_is_named_by_a_current_role() =>
        Assert.Equal("Medarbejder, Afdeling Ternen", AccessLogRole.For([At(Ternen, StaffRole.CareWorker)], Maagen, Solsikken));

    [Fact]
    public void The_sector_management_is_never_named_as_a_reader()
    {
        Assert.Equal("Medarbejder, Afdeling Mågen",
            AccessLogRole.For([At(Maagen, StaffRole.SectorManagement), At(Maagen, StaffRole.CareWorker)], Maagen, Solsikken));
        Assert.Equal(AccessLogRole.Unknown, AccessLogRole.For([At(Maagen, StaffRole.SectorManagement)], Maagen, Solsikken));
    }

    [Fact]
    public void A_reader_without_roles_is_unknown() =>
        Assert.Equal(AccessLogRole.Unknown, AccessLogRole.For([], Maagen, Solsikken));

    [Theory]
    [InlineData(StaffRole.DepartmentHead, true)]
    [InlineData(StaffRole.OfferHead, true)]
    [InlineData(StaffRole.CareWorker, false)]
    [InlineData(StaffRole.QualityOfficer, false)]
    [InlineData(StaffRole.Administrator, false)]
    public void Only_leaders_exercise_the_citizens_rights(StaffRole role, bool allowed) =>
        Assert.Equal(allowed, CitizenAccess.CanExerciseCitizenRights(new HashSet<StaffRole> { role }));
}
