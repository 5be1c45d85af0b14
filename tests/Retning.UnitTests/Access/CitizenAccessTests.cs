using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.UnitTests.Access;

public sealed class CitizenAccessTests
{
    private static readonly Guid Solsikken = Guid.NewGuid();
    private static readonly Guid Lindely = Guid.NewGuid();
    private static readonly DepartmentRef Maagen = new(Guid.NewGuid(), Solsikken);
    private static readonly DepartmentRef Ternen = new(Guid.NewGuid(), Solsikken);
    private static readonly DepartmentRef Birken = new(Guid.NewGuid(), Lindely);
    private static readonly DepartmentRef[] All = [Maagen, Ternen, Birken];

    private static RoleGrant In(DepartmentRef d, StaffRole role) => new(d.DepartmentId, d.OfferId, role);

    [Theory]
    [InlineData(StaffRole.CareWorker)]
    [InlineData(StaffRole.DepartmentHead)]
    [InlineData(StaffRole.QualityOfficer)]
    public void Department_roles_see_only_their_own_department(StaffRole role) =>
        Assert.Equal([Maagen.DepartmentId], CitizenAccess.VisibleDepartments([In(Maagen, role)], All));

    [Fact]
    public void An_offer_head_sees_every_department_of_the_offer_and_no_other() =>
        Assert.Equal(new HashSet<Guid> { Maagen.DepartmentId, Ternen.DepartmentId },
            CitizenAccess.VisibleDepartments([In(Maagen, StaffRole.OfferHead)], All));

    [Fact]
    public void An_administrator_sees_no_citizens() =>
        Assert.Empty(CitizenAccess.VisibleDepartments([In(Maagen, StaffRole.Administrator), In(Birken, StaffRole.Administrator)], All));

    [Fact]
    public void The_sector_management_sees_no_citizens()
    {
        Assert.Empty(CitizenAccess.VisibleDepartments([In(Maagen, StaffRole.SectorManagement), In(Birken, StaffRole.SectorManagement)], All));
        Assert.False(CitizenAccess.GivesCitizenAccess(StaffRole.SectorManagement));
        Assert.False(CitizenAccess.GivesCitizenAccess(StaffRole.Administrator));
    }

    [Theory]
    [InlineData(StaffRole.CareWorker)]
    [InlineData(StaffRole.DepartmentHead)]
    [InlineData(StaffRole.OfferHead)]
    [InlineData(StaffRole.QualityOfficer)]
    public void Every_other_role_gives_citizen_access(StaffRole role) =>
        Assert.True(CitizenAccess.GivesCitizenAccess(role));

    [Fact]
    public void The_sector_management_beside_a_care_workers_role_sees_only_the_care_workers_department() =>
        Assert.Equal([Maagen.DepartmentId],
            CitizenAccess.VisibleDepartments([In(Birken, StaffRole.SectorManagement), In(Maagen, StaffRole.CareWorker)], All));

    [Fact]
    public void Several_memberships_add_up() =>
        Assert.Equal(new HashSet<Guid> { Maagen.DepartmentId, Birken.DepartmentId },
            CitizenAccess.VisibleDepartments([In(Maagen, StaffRole.CareWorker), In(Birken, StaffRole.QualityOfficer)], All));

    [Fact]
    public void An_offer_heads_role_applies_in_every_department_of_the_offer()
    {
        var grants = new[] { In(Maagen, StaffRole.OfferHead) };
        Assert.Contains(StaffRole.OfferHead, CitizenAccess.RolesIn(grants, Ternen));
        Assert.Empty(CitizenAccess.RolesIn(grants, Birken));
    }

    [Fact]
    public void Leaders_create_citizens_care_workers_do_not()
    {
        Assert.True(CitizenAccess.CanCreateCitizen(new HashSet<StaffRole> { StaffRole.DepartmentHead }));
        Assert.True(CitizenAccess.CanCreateCitizen(new HashSet<StaffRole> { StaffRole.OfferHead }));
        Assert.False(CitizenAccess.CanCreateCitizen(new HashSet<StaffRole> { StaffRole.CareWorker }));
        Assert.False(CitizenAccess.CanCreateCitizen(new HashSet<StaffRole> { StaffRole.QualityOfficer }));
    }

    [Theory]
    [InlineData(StaffRole.CareWorker, true, true)]
    [InlineData(StaffRole.CareWorker, false, false)]
    [InlineData(StaffRole.DepartmentHead, false, true)]
    [InlineData(StaffRole.OfferHead, false, true)]
    [InlineData(StaffRole.QualityOfficer, true, false)]
    [InlineData(StaffRole.Administrator, true, false)]
    public void Editing_needs_a_leader_or_a_care_worker_in_the_contact_team(StaffRole role, bool inContactTeam, bool expected) =>
        Assert.Equal(expected, CitizenAccess.CanEditCitizen(new HashSet<StaffRole> { role }, inContactTeam));

    [Theory]
    [InlineData(StaffRole.CareWorker, false)]
    [InlineData(StaffRole.DepartmentHead, true)]
    [InlineData(StaffRole.OfferHead, true)]
    [InlineData(StaffRole.QualityOfficer, true)]
    [InlineData(StaffRole.Administrator, false)]
    [InlineData(StaffRole.SectorManagement, false)]
    public void The_audit_log_is_for_leaders_and_quality_officers(StaffRole role, bool expected) =>
        Assert.Equal(expected, CitizenAccess.CanReadAuditLog(new HashSet<StaffRole> { role }));

    [Fact]
    public void Only_leaders_move_citizens()
    {
        Assert.True(CitizenAccess.CanMoveCitizen(new HashSet<StaffRole> { StaffRole.DepartmentHead }));
        Assert.False(CitizenAccess.CanMoveCitizen(new HashSet<StaffRole> { StaffRole.CareWorker }));
    }

    [Fact]
    public void Administration_needs_the_administrator_role()
    {
        Assert.True(CitizenAccess.CanAdminister([In(Birken, StaffRole.Administrator)]));
        Assert.False(CitizenAccess.CanAdminister([In(Birken, StaffRole.OfferHead)]));
    }
}
