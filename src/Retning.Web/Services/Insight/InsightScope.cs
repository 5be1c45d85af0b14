using Retning.Domain.Access;

namespace Retning.Web.Services.Insight;

/// <summary>
/// Whose figures a user reads (docs/domain.md, "Management information"; the rules are
/// <see cref="InsightAccess"/>): the departments the role reaches for aggregates — a leader's or
/// quality officer's own, an offer head's offer, the sector management's whole region — and among
/// them those whose citizens the user may open, the only ones with person rows in a drill-down. A
/// figure with rows outside the latter is subject to small-number suppression
/// (<see cref="Retning.Domain.Insight.SmallNumbers"/>).
/// </summary>
public sealed record InsightScope(IReadOnlySet<Guid> FigureDepartments, IReadOnlySet<Guid> PersonDepartments)
{
    public bool IsEmpty => FigureDepartments.Count == 0;

    public static async Task<InsightScope> LoadAsync(AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (!me.Grants.Any(g => InsightAccess.ReadsFigures(g.Role)))
        {
            return new InsightScope(new HashSet<Guid>(), new HashSet<Guid>());
        }

        // The organisation (departments with offer and region), not citizen data: a few rows.
        var departments = await db.Departments.AsNoTracking()
            .Select(d => new RegionDepartmentRef(d.Id, d.OfferId, d.Offer!.RegionId))
            .ToListAsync(ct);
        return new InsightScope(InsightAccess.FigureDepartments(me.Grants, departments), InsightAccess.PersonRowDepartments(me.Grants, departments));
    }
}
