using Retning.Domain.Access;
using Retning.Domain.Organisation;
using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>
/// Who runs and reads monitoring rounds, by hand on a region of two offers: Solsikken (Mågen, Ternen) and Lindely
/// (Birken, Egen), and an offer of another region (Fjern).
/// </summary>
public sealed class QualityAccessTests
{
    private static readonly Guid Region = Guid.NewGuid(), OtherRegion = Guid.NewGuid();
    private static readonly Guid Solsikken = Guid.NewGuid(), Lindely = Guid.NewGuid(), FjernOffer = Guid.NewGuid();
    private static readonly Guid Maagen = Guid.NewGuid(), Ternen = Guid.NewGuid(), Birken = Guid.NewGuid(), Egen = Guid.NewGuid(), Fjern = Guid.NewGuid();

    private static readonly RegionDepartmentRef[] All =
    [
        new(Maagen, Solsikken, Region), new(Ternen, Solsikken, Region), new(Birken, Lindely, Region), new(Egen, Lindely, Region), new(Fjern, FjernOffer, OtherRegion),
    ];

    private static RoleGrant G(Guid department, StaffRole role) =>
        new(department, All.Single(d => d.DepartmentId == department).OfferId, role);

    [Fact]
    public void The_quality_officer_and_the_leaders_run_rounds_and_no_one_else()
    {
        Assert.Equal([StaffRole.DepartmentHead, StaffRole.OfferHead, StaffRole.QualityOfficer],
            Enum.GetValues<StaffRole>().Where(QualityAccess.RunsRounds).Order());
    }

    [Theory]
    [InlineData(StaffRole.QualityOfficer, "Maagen")]
    [InlineData(StaffRole.DepartmentHead, "Maagen")]
    [InlineData(StaffRole.OfferHead, "Maagen,Ternen")]
    [InlineData(StaffRole.CareWorker, "")]
    [InlineData(StaffRole.SectorManagement, "")]
    [InlineData(StaffRole.Administrator, "")]
    public void A_role_in_Maagen_runs_rounds_in_these_departments(StaffRole role, string expected)
    {
        var departments = QualityAccess.RoundDepartments([G(Maagen, role)], All);

        Assert.Equal(Names(expected), departments.OrderBy(Name).ToArray());
    }

    [Fact]
    public void A_round_is_run_by_one_who_answers_for_all_its_departments_and_read_by_one_who_reads_any()
    {
        var officer = QualityAccess.RoundDepartments([G(Maagen, StaffRole.QualityOfficer), G(Birken, StaffRole.QualityOfficer)], All);
        var sector = InsightAccess.FigureDepartments([G(Maagen, StaffRole.SectorManagement)], All);
        var head = InsightAccess.FigureDepartments([G(Ternen, StaffRole.DepartmentHead)], All);

        Assert.True(QualityAccess.RunsRound(officer, [Maagen, Birken]));
        Assert.False(QualityAccess.RunsRound(officer, [Maagen, Ternen]));
        Assert.True(QualityAccess.ReadsRound(head, [Maagen, Ternen]));
        Assert.False(QualityAccess.ReadsRound(head, [Maagen, Birken]));
        // The sector management reads every department of its region, none of another.
        Assert.True(QualityAccess.ReadsRound(sector, [Egen]));
        Assert.False(QualityAccess.ReadsRound(sector, [Fjern]));
        Assert.Empty(QualityAccess.RoundDepartments([G(Maagen, StaffRole.SectorManagement)], All));
    }

    private static Guid[] Names(string names) =>
        names.Length == 0 ? [] : [.. names.Split(',').Select(n => n switch { "Maagen" => Maagen, "Ternen" => Ternen, _ => throw new ArgumentException(n) }).OrderBy(Name)];

    private static string Name(Guid id) => id == Maagen ? "1" : id == Ternen ? "2" : id.ToString();
}
