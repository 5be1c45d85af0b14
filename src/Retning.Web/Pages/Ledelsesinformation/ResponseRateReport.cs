using Retning.Domain.Diary;
using Retning.Domain.Organisation;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// Scored ÷ expected, summed over sub-goals. Sums of slots, not an average of percentages: a
/// sub-goal scored daily weighs more than one scored monthly, as it asks more of the staff.
/// The percent is rounded down, like a single sub-goal's (never overstated).
/// </summary>
public sealed record RateSum(int Expected, int Scored, int Pending = 0)
{
    public static readonly RateSum Zero = new(0, 0);

    public int? Percent => Expected == 0 ? null : Scored * 100 / Expected;

    public RateSum Add(ResponseRateResult rate) => new(Expected + rate.Expected, Scored + rate.Scored, Pending + rate.Pending);

    public RateSum Add(RateSum other) => new(Expected + other.Expected, Scored + other.Scored, Pending + other.Pending);

    /// <summary>Nothing owed yet, but the running day, week or month will owe a score (e.g. sub-goals created today).</summary>
    public bool NothingExpectedYet => Expected == 0 && Pending > 0;

    public bool BelowThreshold(int thresholdPercent) => Expected > 0 && Scored * 100 < thresholdPercent * Expected;
}

public sealed record CitizenRate(Guid CitizenId, string Name, int SubGoals, RateSum Rate);

public sealed record StaffRate(Guid UserId, string Name, bool IsActive, int ScoredNotes, int ContactTeamCitizens, RateSum Rate);

public sealed record DepartmentRates(RateSum Total, IReadOnlyList<CitizenRate> Citizens, IReadOnlyList<StaffRate> Staff, int ThresholdPercent);

/// <summary>
/// The response rates of one department in a period, for its leaders: per citizen, per staff
/// member and in total. A fixed number of queries whatever the size of the department (citizens,
/// sub-goals, state histories, placements, scored days, contact teams, members, notes per
/// author); the counting itself is <see cref="ResponseRate"/>, the same as on the sub-goal page.
/// </summary>
public sealed class ResponseRateReport(AppDbContext db, DiaryFigures figures)
{
    public async Task<DepartmentRates> ForDepartmentAsync(Guid departmentId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // The citizens living in the department now who were enrolled at some point in the period.
        var citizens = await db.Citizens.AsNoTracking()
            .Where(c => c.DepartmentId == departmentId && c.EnrolledOn <= to && (c.DischargedOn == null || c.DischargedOn >= from))
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName, c.EnrolledOn, c.DischargedOn })
            .ToListAsync(ct);
        var citizenIds = citizens.Select(c => c.Id).ToList();
        var byId = citizens.ToDictionary(c => c.Id);

        var subjects = (await db.Goals.AsNoTracking()
                .Where(g => g.ParentGoalId != null && g.ScoringFrequency != null)
                .Join(db.Plans.Where(p => citizenIds.Contains(p.CitizenId)), g => g.PlanId, p => p.Id,
                    (g, p) => new { p.CitizenId, g.Id, g.StartOn, g.EndOn, g.State, Frequency = g.ScoringFrequency!.Value })
                .ToListAsync(ct))
            .Select(g => new RateSubject(g.CitizenId, byId[g.CitizenId].EnrolledOn, byId[g.CitizenId].DischargedOn, g.Id, g.StartOn, g.EndOn, g.State, g.Frequency))
            .ToList();
        var windows = await figures.WindowsAsync(subjects, departmentId, ct);
        var scored = (await figures.ScoredDaysAsync([.. subjects.Select(s => s.SubGoalId)], from, to, ct)).ToLookup(s => s.SubGoalId, s => s.On);

        var rates = subjects.Select(s => (s.CitizenId, Rate: ResponseRate.Of(s.Frequency, windows[s.SubGoalId], from, to, scored[s.SubGoalId], figures.Today)))
            .Where(r => r.Rate.CountingDays > 0)
            .ToLookup(r => r.CitizenId, r => r.Rate);
        var perCitizen = citizens.Select(c => new CitizenRate(c.Id, c.Name, rates[c.Id].Count(), rates[c.Id].Aggregate(RateSum.Zero, (sum, r) => sum.Add(r))))
            .ToList();
        var rateOf = perCitizen.ToDictionary(c => c.CitizenId, c => c.Rate);

        var teams = (await db.ContactTeamMembers.AsNoTracking().Where(m => citizenIds.Contains(m.CitizenId))
                .Select(m => new { m.UserId, m.CitizenId }).ToListAsync(ct))
            .ToLookup(m => m.UserId, m => m.CitizenId);
        var members = (await db.Memberships.AsNoTracking()
                .Where(m => m.DepartmentId == departmentId && m.Role != StaffRole.Administrator)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName, u.IsActive, m.Role })
                .ToListAsync(ct))
            .GroupBy(m => (m.Id, m.FullName, m.IsActive), m => m.Role)
            .ToList();
        var notes = await figures.ScoredNotesByAuthorAsync(db.Citizens.Where(c => c.DepartmentId == departmentId).Select(c => c.Id), from, to, ct);
        var staff = members.OrderBy(m => m.Key.FullName, StringComparer.Create(ServiceRegistration.Danish, false))
            .Select(m =>
            {
                var theirs = teams[m.Key.Id].Distinct().ToList();
                return (Roles: m.ToHashSet(), Rate: new StaffRate(m.Key.Id, m.Key.FullName, m.Key.IsActive, notes.GetValueOrDefault(m.Key.Id), theirs.Count,
                    theirs.Aggregate(RateSum.Zero, (sum, c) => sum.Add(rateOf[c]))));
            })
            .Where(m => ResponseRateStaff.IsListed(m.Roles, m.Rate.ScoredNotes, m.Rate.ContactTeamCitizens))
            .Select(m => m.Rate)
            .ToList();

        var offerId = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.OfferId).FirstAsync(ct);
        var threshold = await db.OfferPlanRules.AsNoTracking().Where(r => r.OfferId == offerId)
            .Select(r => (int?)r.ResponseRateThresholdPercent).FirstOrDefaultAsync(ct) ?? 70;
        return new DepartmentRates(perCitizen.Aggregate(RateSum.Zero, (sum, c) => sum.Add(c.Rate)), perCitizen, staff, threshold);
    }
}
