using Retning.Domain.Quality;
using Retning.Web.Services.Insight;

namespace Retning.Web.Services.Quality;

/// <summary>
/// A sampled plan as the review and interview pages find it (docs/domain.md, "Quality monitoring"): the round, the
/// sample through department scoping, its citizen through <see cref="CitizenAccessService"/>, and what the caller is
/// to it — the round's first reviewer, the second reviewer of a double-rated plan, or a reader of the round.
/// </summary>
public sealed record ReviewFormSubject(MonitoringRound Round, RoundSample Sample, VerifiedCitizen Citizen, ReviewerRole? Role, bool ReadsRound)
{
    /// <summary>A completed round is read-only: its results and report stand on its reviews.</summary>
    public bool RoundOpen => Round.CompletedOn is null;

    /// <summary>
    /// Finds the sample or returns null for a 404. A sample outside the caller's departments is hidden by the
    /// scoping filter like its citizen; DeniedAccessLoggingMiddleware audits that 404 on the citizen.
    /// </summary>
    public static async Task<ReviewFormSubject?> FindAsync(AppDbContext db, CitizenAccessService access, CurrentUser user, Guid roundId, Guid sampleId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(user);
        var round = await db.MonitoringRounds.AsNoTracking().Include(r => r.Departments).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        var sample = round is null ? null : await db.RoundSamples.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sampleId && s.RoundId == roundId, ct);
        if (round is null || sample is null)
        {
            return null;
        }

        var citizen = await access.FindVerifiedAsync(sample.CitizenId, ct: ct);
        if (citizen is null)
        {
            return null;
        }

        ReviewerRole? role = user.Id == round.ReviewerUserId ? ReviewerRole.First
            : user.Id == round.SecondReviewerUserId && sample.DoubleRated ? ReviewerRole.Second
            : null;
        var readsRound = role is not null || QualityAccess.ReadsRound((await InsightScope.LoadAsync(db, user, ct)).FigureDepartments, round.Departments.Select(d => d.DepartmentId));
        return new ReviewFormSubject(round, sample, citizen, role, readsRound);
    }

    /// <summary>
    /// Who records the citizen interview of indicator 8: the round's reviewers of this plan, and those who may edit
    /// the citizen's record — the contact team, who know the citizen, and the department's leaders.
    /// </summary>
    public async Task<bool> MayRecordInterviewAsync(CitizenAccessService access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (Role is not null)
        {
            return true;
        }

        var header = await Citizen.Rows.HeaderAsync(ct);
        return access.CanEdit(Citizen.Citizen, header.ContactTeam.Select(m => m.Id));
    }
}
