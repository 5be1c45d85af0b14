using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet;

/// <summary>A department of a round's scope, with its offer, as the pages name it.</summary>
public sealed record RoundDepartmentName(Guid Id, string Name, Guid OfferId, string OfferName)
{
    public string FullName => $"{OfferName} – {Name}";
}

/// <summary>
/// What every page of one round works from: the round, its departments by name, its reviewers, and what the user may
/// do with it (<see cref="QualityAccess"/>): read it (figures on one of its departments) or run it (answers for all of
/// them). Null when the round does not exist or the user may not read it (the page answers 404, audited by the
/// denied-access logging), so a round of another region is not revealed.
/// </summary>
public sealed class RoundView
{
    public required MonitoringRound Round { get; init; }
    public required IReadOnlyList<RoundDepartmentName> Departments { get; init; }
    public required QualityScope Scope { get; init; }
    public required string ReviewerName { get; init; }
    public string? SecondReviewerName { get; init; }
    public string? CompletedByName { get; init; }
    public required bool Runs { get; init; }

    public RoundStatus Status => Round.StatusOf();
    public bool IsCompleted => Round.CompletedOn is not null;

    /// <summary>The user may draw the sample or complete the round: runs it, and it is not completed (then it is read-only).</summary>
    public bool MayChange => Runs && !IsCompleted;

    public IReadOnlyDictionary<Guid, Guid> OfferOfDepartment => Departments.ToDictionary(d => d.Id, d => d.OfferId);

    public string DepartmentName(Guid id) => Departments.FirstOrDefault(d => d.Id == id)?.FullName ?? "(afdeling uden for runden)";

    public string ScopeText => string.Join(", ", Departments.Select(d => d.FullName));

    public static async Task<RoundView?> LoadAsync(AppDbContext db, CurrentUser me, Guid roundId, CancellationToken ct, bool tracked = false)
    {
        var query = db.MonitoringRounds.Include(r => r.Departments).Where(r => r.Id == roundId);
        var round = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (round is null)
        {
            return null;
        }

        var scope = await QualityScope.LoadAsync(db, me, ct);
        var departmentIds = round.Departments.Select(d => d.DepartmentId).ToList();
        if (!scope.Reads(departmentIds))
        {
            return null;
        }

        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new RoundDepartmentName(d.Id, d.Name, d.OfferId, d.Offer!.Name)).ToListAsync(ct);
        var userIds = new[] { round.ReviewerUserId, round.SecondReviewerUserId, round.CompletedByUserId }.OfType<Guid>().ToArray();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        return new RoundView
        {
            Round = round,
            Departments = departments,
            Scope = scope,
            ReviewerName = names.GetValueOrDefault(round.ReviewerUserId) ?? "–",
            SecondReviewerName = round.SecondReviewerUserId is { } second ? names.GetValueOrDefault(second) : null,
            CompletedByName = round.CompletedByUserId is { } by ? names.GetValueOrDefault(by) : null,
            Runs = scope.Runs(departmentIds),
        };
    }
}
