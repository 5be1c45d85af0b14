using Retning.Domain.Access;
using Retning.Domain.Quality;

namespace Retning.Web.Services.Quality;

/// <summary>
/// Where a user works with monitoring rounds (docs/domain.md, "Quality monitoring"; the rules are
/// <see cref="QualityAccess"/>): the departments whose round figures they read (the sector management's whole
/// region included), those in which they plan and run rounds, and those whose citizens they may open — the only
/// ones where a sampled plan is named.
/// </summary>
public sealed record QualityScope(IReadOnlySet<Guid> FigureDepartments, IReadOnlySet<Guid> RoundDepartments, IReadOnlySet<Guid> PersonDepartments)
{
    public bool RunsAny => RoundDepartments.Count > 0;

    public bool Reads(IEnumerable<Guid> roundDepartments) => QualityAccess.ReadsRound(FigureDepartments, roundDepartments);

    public bool Runs(IReadOnlyCollection<Guid> roundDepartments) =>
        roundDepartments.Count > 0 && QualityAccess.RunsRound(RoundDepartments, roundDepartments);

    public static async Task<QualityScope> LoadAsync(AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        // The organisation (departments with offer and region), not citizen data: a few rows.
        var departments = await db.Departments.AsNoTracking()
            .Select(d => new RegionDepartmentRef(d.Id, d.OfferId, d.Offer!.RegionId))
            .ToListAsync(ct);
        return new QualityScope(
            InsightAccess.FigureDepartments(me.Grants, departments),
            QualityAccess.RoundDepartments(me.Grants, departments),
            InsightAccess.PersonRowDepartments(me.Grants, departments));
    }
}
