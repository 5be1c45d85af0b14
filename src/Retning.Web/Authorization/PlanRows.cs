using Retning.Domain.Plans;

namespace Retning.Web.Authorization;

/// <summary>
/// The rows under one verified citizen's plan, read by plan id without the department filters
/// (docs/adr/0002-department-scoping-as-query-filter.md, "Paying for scoping once per request").
/// Only <see cref="CitizenRows"/> makes one, for a plan whose citizen it has checked.
/// </summary>
public sealed class PlanRows
{
    private readonly AppDbContext _db;

    internal PlanRows(AppDbContext db, Plan plan, TemplateVersion template, TemplateKind templateKind, string templateName, Guid offerId)
    {
        _db = db;
        Plan = plan;
        Template = template;
        TemplateKind = templateKind;
        TemplateName = templateName;
        OfferId = offerId;
    }

    public Plan Plan { get; }
    public TemplateVersion Template { get; }
    public TemplateKind TemplateKind { get; }
    public string TemplateName { get; }

    /// <summary>The offer of the plan's template.</summary>
    public Guid OfferId { get; }

    private Guid PlanId => Plan.Id;

    public IQueryable<ThemeAssessment> Assessments => _db.ThemeAssessments.IgnoreQueryFilters().AsNoTracking().Where(a => a.PlanId == PlanId);
    public IQueryable<PlanMethod> Methods => _db.PlanMethods.IgnoreQueryFilters().AsNoTracking().Where(m => m.PlanId == PlanId);
    public IQueryable<DpuEntry> DpuEntries => _db.DpuEntries.IgnoreQueryFilters().AsNoTracking().Where(d => d.PlanId == PlanId);
    public IQueryable<Goal> Goals => _db.Goals.IgnoreQueryFilters().AsNoTracking().Where(g => g.PlanId == PlanId);
    public IQueryable<PlanPeriod> Periods => _db.PlanPeriods.IgnoreQueryFilters().AsNoTracking().Where(p => p.PlanId == PlanId);

    /// <summary>The collaborators of the plan's goals (keyed through the goal's plan).</summary>
    public IQueryable<GoalCollaborator> Collaborators
    {
        get
        {
            var db = _db;
            var planId = PlanId;
            return db.GoalCollaborators.IgnoreQueryFilters().AsNoTracking().Where(c => db.Goals.Any(g => g.Id == c.GoalId && g.PlanId == planId));
        }
    }

    /// <summary>The interventions of the plan's goals (keyed through the goal's plan).</summary>
    public IQueryable<GoalIntervention> Interventions
    {
        get
        {
            var db = _db;
            var planId = PlanId;
            return db.GoalInterventions.IgnoreQueryFilters().AsNoTracking().Where(i => db.Goals.Any(g => g.Id == i.GoalId && g.PlanId == planId));
        }
    }

    /// <summary>The scales the plan's goals are scored on (scales are the offer's, not the citizen's; the goals decide which).</summary>
    public IQueryable<IndicatorScale> ScalesOfGoals
    {
        get
        {
            var db = _db;
            var planId = PlanId;
            return db.IndicatorScales.IgnoreQueryFilters().AsNoTracking().Where(s => db.Goals.Any(g => g.PlanId == planId && g.IndicatorScaleId == s.Id));
        }
    }
}
