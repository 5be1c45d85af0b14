using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.UnitTests.Access;

/// <summary>Which figures a role reads and where a drill-down may list persons (docs/domain.md, "Roles").</summary>
public sealed class InsightAccessTests
{
    // Region Nord: Solsikken (Mågen, Ternen) and Lindely (Birken). Region Syd: Havbakken (Tangen).
    private static readonly Guid Nord = Guid.NewGuid();
    private static readonly Guid Syd = Guid.NewGuid();
    private static readonly Guid Solsikken = Guid.NewGuid();
    private static readonly Guid Lindely = Guid.NewGuid();
    private static readonly Guid Havbakken = Guid.NewGuid();
    private static readonly RegionDepartmentRef Maagen = new(Guid.NewGuid(), Solsikken, Nord);
    private static readonly RegionDepartmentRef Ternen = new(Guid.NewGuid(), Solsikken, Nord);
    private static readonly RegionDepartmentRef Birken = new(Guid.NewGuid(), Lindely, Nord);
    private static readonly RegionDepartmentRef Tangen = new(Guid.NewGuid(), Havbakken, Syd);
    private static readonly RegionDepartmentRef[] All = [Maagen, Ternen, Birken, Tangen];

    private static RoleGrant In(RegionDepartmentRef d, StaffRole role) => new(d.DepartmentId, d.OfferId, role);

    private static HashSet<Guid> Ids(params RegionDepartmentRef[] departments) => [.. departments.Select(d => d.DepartmentId)];

    [Theory]
    [InlineData(StaffRole.DepartmentHead)]
    [InlineData(StaffRole.QualityOfficer)]
    public void Department_roles_read_the_figures_of_their_own_department(StaffRole role) =>
        Assert.Equal(Ids(Maagen), InsightAccess.FigureDepartments([In(Maagen, role)], All));

    [Fact]
    public void An_offer_head_reads_every_department_of_the_offer() =>
        Assert.Equal(Ids(Maagen, Ternen), InsightAccess.FigureDepartments([In(Ternen, StaffRole.OfferHead)], All));

    [Fact]
    public void The_sector_management_reads_every_department_of_the_region_of_its_grant_and_no_other_region()
    {
        Assert.Equal(Ids(Maagen, Ternen, Birken), InsightAccess.FigureDepartments([In(Birken, StaffRole.SectorManagement)], All));
        Assert.Equal(Ids(Tangen), InsightAccess.FigureDepartments([In(Tangen, StaffRole.SectorManagement)], All));
    }

    [Theory]
    [InlineData(StaffRole.CareWorker)]
    [InlineData(StaffRole.Administrator)]
    public void Care_workers_and_administrators_read_no_figures(StaffRole role)
    {
        Assert.Empty(InsightAccess.FigureDepartments([In(Maagen, role), In(Tangen, role)], All));
        Assert.False(InsightAccess.ReadsFigures(role));
    }

    [Theory]
    [InlineData(StaffRole.DepartmentHead)]
    [InlineData(StaffRole.OfferHead)]
    [InlineData(StaffRole.QualityOfficer)]
    [InlineData(StaffRole.SectorManagement)]
    public void Leaders_quality_officers_and_the_sector_management_read_figures(StaffRole role) =>
        Assert.True(InsightAccess.ReadsFigures(role));

    [Fact]
    public void A_grant_on_a_department_that_was_not_passed_reaches_nothing() =>
        Assert.Empty(InsightAccess.FigureDepartments([In(Tangen, StaffRole.SectorManagement)], [Maagen, Ternen, Birken]));

    [Fact]
    public void Mixed_grants_add_up_for_figures_and_person_rows()
    {
        RoleGrant[] grants = [In(Maagen, StaffRole.DepartmentHead), In(Birken, StaffRole.QualityOfficer)];

        Assert.Equal(Ids(Maagen, Birken), InsightAccess.FigureDepartments(grants, All));
        Assert.Equal(Ids(Maagen, Birken), InsightAccess.PersonRowDepartments(grants, All));
    }

    [Theory]
    [InlineData(StaffRole.DepartmentHead)]
    [InlineData(StaffRole.QualityOfficer)]
    public void Department_roles_open_person_rows_of_their_own_department(StaffRole role) =>
        Assert.Equal(Ids(Maagen), InsightAccess.PersonRowDepartments([In(Maagen, role)], All));

    [Fact]
    public void An_offer_head_opens_person_rows_of_the_whole_offer() =>
        Assert.Equal(Ids(Maagen, Ternen), InsightAccess.PersonRowDepartments([In(Maagen, StaffRole.OfferHead)], All));

    [Fact]
    public void The_sector_management_opens_no_person_rows() =>
        Assert.Empty(InsightAccess.PersonRowDepartments([In(Maagen, StaffRole.SectorManagement), In(Tangen, StaffRole.SectorManagement)], All));

    [Theory]
    [InlineData(StaffRole.CareWorker)]
    [InlineData(StaffRole.Administrator)]
    public void Care_workers_and_administrators_open_no_person_rows_in_figures(StaffRole role) =>
        Assert.Empty(InsightAccess.PersonRowDepartments([In(Maagen, role)], All));

    [Fact]
    public void The_sector_management_beside_a_department_role_opens_person_rows_only_where_that_role_sees_citizens()
    {
        RoleGrant[] grants = [In(Maagen, StaffRole.SectorManagement), In(Birken, StaffRole.DepartmentHead)];

        Assert.Equal(Ids(Maagen, Ternen, Birken), InsightAccess.FigureDepartments(grants, All));
        Assert.Equal(Ids(Birken), InsightAccess.PersonRowDepartments(grants, All));
    }

    [Fact]
    public void A_care_worker_who_is_also_sector_management_opens_rows_only_of_the_department_they_work_in()
    {
        RoleGrant[] grants = [In(Tangen, StaffRole.SectorManagement), In(Maagen, StaffRole.CareWorker)];

        // The figures: Region Syd only (the care worker's role reads none); the rows: where both meet, i.e. none.
        Assert.Equal(Ids(Tangen), InsightAccess.FigureDepartments(grants, All));
        Assert.Empty(InsightAccess.PersonRowDepartments(grants, All));
    }
}
