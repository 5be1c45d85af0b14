using Retning.Documents.Plans;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan.Perioder;

/// <summary>
/// One period of a citizen's plan: a closed period's frozen snapshot read back as the
/// <see cref="PlanDocument"/> it was serialised from, or an open period (not frozen yet).
/// </summary>
/// <param name="Period">The period; null when the citizen has no plan yet.</param>
/// <param name="Document">The frozen plan; null while the period is open.</param>
/// <param name="CitizenName">The citizen's name, for the title.</param>
public sealed record PeriodSnapshot(PlanPeriod? Period, PlanDocument? Document, string CitizenName)
{
    /// <summary>"Lukket periode 2 – fastfrosset 01-09-2026".</summary>
    public string FrozenLabel => $"Lukket periode {Period?.Number} – fastfrosset {(Period?.ClosedOn).ToDanishDate()}";

    /// <summary>The page title: the period and the citizen.</summary>
    public string Title => Period is null ? $"Periode – {CitizenName}" : $"Periode {Period.Number} – {CitizenName}";

    /// <summary>
    /// The period of the loaded citizen's plan, its reading audited under <paramref name="subject"/>;
    /// null (answer 404) when the plan has no such period. No plan yet is said on the page, like
    /// the plan's own pages, not answered with 404.
    /// </summary>
    public static async Task<PeriodSnapshot?> LoadAsync(AppDbContext db, PlanService plans, AuditLog audit, Citizen citizen, int number, string subject, CancellationToken ct)
    {
        var plan = await plans.FindAsync(citizen.Id, ct);
        if (plan is null)
        {
            await audit.RecordAsync(AuditAction.Read, citizen.Id, subject, $"periode {number} (ingen plan)", ct);
            return new PeriodSnapshot(null, null, citizen.FullName);
        }

        var period = await db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == plan.Id && p.Number == number, ct);
        if (period is null)
        {
            return null;
        }

        var document = period.IsOpen ? null : PlanPeriods.ReadSnapshot(period);
        await audit.RecordAsync(AuditAction.Read, citizen.Id, subject, $"periode {number} ({(period.IsOpen ? "åben" : "lukket")})", ct);
        return new PeriodSnapshot(period, document, citizen.FullName);
    }
}
