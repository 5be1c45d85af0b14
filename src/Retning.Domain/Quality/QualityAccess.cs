using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.Domain.Quality;

/// <summary>
/// Who does what in the quality work (docs/domain.md, "Quality monitoring"), beside <see cref="InsightAccess"/>:
/// the quality officer and the leaders plan and run monitoring rounds and write improvement plans in the departments
/// they answer for; a round's results are aggregates, read by whoever reads figures on one of its departments
/// (the sector management included); the plans behind a number open only where the reader may open citizens
/// (<see cref="InsightAccess"/>), and the sample is drawn only among plans the reviewer may open (<see cref="PlanSampling"/>).
/// </summary>
public static class QualityAccess
{
    /// <summary>The roles that plan and run rounds and write improvement plans.</summary>
    public static bool RunsRounds(StaffRole role) =>
        role is StaffRole.QualityOfficer or StaffRole.DepartmentHead or StaffRole.OfferHead;

    /// <summary>The departments in which the user may plan and run rounds: an offer head's whole offer, otherwise the departments of the grant.</summary>
    public static IReadOnlySet<Guid> RoundDepartments(IEnumerable<RoleGrant> grants, IEnumerable<RegionDepartmentRef> allDepartments) =>
        InsightAccess.FigureDepartments(grants.Where(g => RunsRounds(g.Role)), allDepartments);

    /// <summary>A round is run by a user who answers for every one of its departments.</summary>
    public static bool RunsRound(IReadOnlySet<Guid> userRoundDepartments, IEnumerable<Guid> roundDepartments) =>
        roundDepartments.All(userRoundDepartments.Contains);

    /// <summary>A round's results are read by a user who reads figures on at least one of its departments.</summary>
    public static bool ReadsRound(IReadOnlySet<Guid> userFigureDepartments, IEnumerable<Guid> roundDepartments) =>
        roundDepartments.Any(userFigureDepartments.Contains);
}
