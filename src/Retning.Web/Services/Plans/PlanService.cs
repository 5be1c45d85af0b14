using Retning.Domain.Citizens;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Plans;

/// <summary>
/// Finding and creating a citizen's one plan. The template follows the citizen's age on the
/// day (under 18 ICS, 18 and over VUM), taken from the citizen's offer in its newest version;
/// the plan keeps that version. The first period opens with the plan.
/// </summary>
public sealed class PlanService(AppDbContext db)
{
    /// <summary>The citizen's plan with its template version, or null when none is made yet.</summary>
    public Task<Plan?> FindAsync(Guid citizenId, CancellationToken ct) =>
        db.Plans.Include(p => p.TemplateVersion).FirstOrDefaultAsync(p => p.CitizenId == citizenId, ct);

    /// <summary>The template kind the citizen's age calls for on <paramref name="today"/>.</summary>
    public static TemplateKind KindFor(Citizen citizen, DateOnly today) =>
        AgeRules.TemplateFor(citizen.BirthDate, today) == PlanTemplateKind.Ics ? TemplateKind.Ics : TemplateKind.Vum;

    /// <summary>The newest version of the offer's template of a kind.</summary>
    public async Task<TemplateVersion> CurrentTemplateAsync(Guid offerId, TemplateKind kind, CancellationToken ct)
    {
        var template = await db.PlanTemplates.Include(t => t.Versions)
            .FirstOrDefaultAsync(t => t.OfferId == offerId && t.Kind == kind, ct)
            ?? throw new InvalidOperationException($"The offer has no {kind} template.");
        return template.Current;
    }

    /// <summary>Adds a new plan (not saved) on the template the citizen's age calls for, with its first open period.</summary>
    public async Task<Plan> CreateAsync(Citizen citizen, DateOnly today, TemplateKind? kind, CancellationToken ct)
    {
        var offerId = citizen.Department?.OfferId ?? await db.Departments.Where(d => d.Id == citizen.DepartmentId).Select(d => d.OfferId).FirstAsync(ct);
        var version = await CurrentTemplateAsync(offerId, kind ?? KindFor(citizen, today), ct);
        var plan = new Plan { CitizenId = citizen.Id, TemplateVersionId = version.Id, TemplateVersion = version };
        plan.Periods.Add(new PlanPeriod { PlanId = plan.Id, Number = 1, StartedOn = today });
        db.Plans.Add(plan);
        return plan;
    }
}
