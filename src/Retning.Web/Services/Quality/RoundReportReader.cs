using Retning.Domain.Access;
using Retning.Domain.Quality;

namespace Retning.Web.Services.Quality;

/// <summary>A department of a round, with its offer, for the results per department and offer.</summary>
public sealed record RoundReportDepartment(Guid Id, string Name, Guid OfferId, string OfferName);

/// <summary>
/// What the improvement plan and the report work from (docs/domain.md, "Quality monitoring"): the round, its
/// departments, reviewers, results (<see cref="RoundResults"/>, aggregates only) and improvement actions, and
/// whether the user reads the round (<see cref="QualityAccess.ReadsRound"/>) and runs it (writes its plan).
/// </summary>
public sealed record RoundReport(
    MonitoringRound Round,
    IReadOnlyList<RoundReportDepartment> Departments,
    string ReviewerName,
    string? SecondReviewerName,
    RoundResults Results,
    IReadOnlyList<ImprovementAction> Actions,
    IReadOnlyDictionary<Guid, string> UserNames,
    bool Runs)
{
    public string NameOf(Guid userId) => UserNames.GetValueOrDefault(userId) ?? "Ukendt bruger";

    /// <summary>"Solsikken – Mågen, Solsikken – Ternen".</summary>
    public string Scope => string.Join(", ", Departments.Select(d => $"{d.OfferName} – {d.Name}"));

    public IndicatorCount ResultOf(QualityIndicator indicator) => Results.Round.First(c => c.Indicator == indicator);
}

/// <summary>
/// Reads a round's report. Its results come from <see cref="RoundFacts.RatedAsync"/>, as on the results page: aggregates
/// read by whoever reads figures on one of its departments, the sector management included (<see cref="QualityAccess"/>);
/// only ids and ratings — never a citizen, a plan or a comment — so no citizen audit is written.
/// </summary>
public sealed class RoundReportReader(AppDbContext db, CurrentUser me)
{
    /// <summary>The round's report, or null when there is no such round or the user does not read it (the page answers 404).</summary>
    public async Task<RoundReport?> LoadAsync(Guid roundId, CancellationToken ct)
    {
        var round = await db.MonitoringRounds.AsNoTracking().Include(r => r.Departments).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return null;
        }

        var all = await db.Departments.AsNoTracking().Select(d => new RegionDepartmentRef(d.Id, d.OfferId, d.Offer!.RegionId)).ToListAsync(ct);
        var roundDepartmentIds = round.Departments.Select(d => d.DepartmentId).ToList();
        if (!QualityAccess.ReadsRound(InsightAccess.FigureDepartments(me.Grants, all), roundDepartmentIds))
        {
            return null;
        }

        var runs = QualityAccess.RunsRound(QualityAccess.RoundDepartments(me.Grants, all), roundDepartmentIds);
        var departments = await db.Departments.AsNoTracking().Where(d => roundDepartmentIds.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new RoundReportDepartment(d.Id, d.Name, d.OfferId, d.Offer!.Name)).ToListAsync(ct);
        var actions = await db.ImprovementActions.AsNoTracking().Include(a => a.Changes).Where(a => a.RoundId == roundId)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Title).ToListAsync(ct);
        var userIds = actions.SelectMany(a => a.Changes.Select(c => c.ByUserId).Append(a.OwnerUserId).Append(a.CreatedByUserId))
            .Append(round.ReviewerUserId).Concat(round.SecondReviewerUserId is { } s ? [s] : []).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var rated = await RoundFacts.RatedAsync(db, roundId, departments.ToDictionary(d => d.Id, d => d.OfferId), ct);
        var results = RoundResults.Of(rated, round.SampleSize ?? 0);
        return new RoundReport(round, departments, names.GetValueOrDefault(round.ReviewerUserId) ?? "Ukendt bruger",
            round.SecondReviewerUserId is { } second ? names.GetValueOrDefault(second) ?? "Ukendt bruger" : null,
            results, actions, names, runs);
    }
}
