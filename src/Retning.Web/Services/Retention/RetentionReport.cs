using Retning.Domain.Rights;

namespace Retning.Web.Services.Retention;

/// <summary>One discharged citizen against the retention rule: what happens to the data, and when.</summary>
public sealed record RetentionCandidate(
    Guid CitizenId, string FullName, Guid DepartmentId, string Department, string Offer, DateOnly DischargedOn, int RetentionYears,
    RetentionVerdict Verdict, string? HoldReason, string? HoldSetBy, DateTime? HoldSetUtc);

/// <summary>
/// The dry run: every discharged citizen visible to the context (the job's context sees all; a
/// leader's sees her departments), judged by <see cref="RetentionRules"/> with the offer's period.
/// Used by the retention job (what it erases) and by the report page (what would go, and when).
/// </summary>
public static class RetentionReport
{
    public static async Task<IReadOnlyList<RetentionCandidate>> BuildAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Citizens.AsNoTracking()
            .Where(c => c.DischargedOn != null)
            .Select(c => new
            {
                c.Id, c.FirstName, c.LastName, c.DepartmentId, Department = c.Department!.Name, Offer = c.Department.Offer!.Name,
                DischargedOn = c.DischargedOn!.Value, Years = c.Department.Offer.RetentionYearsAfterDischarge,
                c.LegalHoldReason, c.LegalHoldSetBy, c.LegalHoldSetUtc,
            })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => new RetentionCandidate(r.Id, $"{r.FirstName} {r.LastName}", r.DepartmentId, r.Department, r.Offer, r.DischargedOn, r.Years,
                RetentionRules.Judge(new RetentionFacts(r.DischargedOn, r.Years, r.LegalHoldReason), today), r.LegalHoldReason, r.LegalHoldSetBy, r.LegalHoldSetUtc))
            .OrderBy(c => c.Verdict.ErasableOn).ThenBy(c => c.FullName, StringComparer.Ordinal)];
    }
}
