using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Maal;

/// <summary>The pages with the goal form (new and edit): the bound input and the SMORT advice on it.</summary>
public abstract class GoalFormPageModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock)
    : GoalPageModel(db, access, audit, plans, clock)
{
    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public abstract bool IsSubGoal { get; }

    /// <summary>The address smort.js posts the form to for fresh advice.</summary>
    public abstract string SmortPanelUrl { get; }

    /// <summary>Closing a goal with open sub-goals: ask whether to close them too.</summary>
    public bool ShowCloseSubGoals { get; protected set; }

    /// <summary>What one more goal or sub-goal does to the limits of the service description (shown, not enforced).</summary>
    public string? LimitWarning { get; protected set; }

    /// <summary>The SMORT assistant's advice on the form as it stands.</summary>
    public SmortPanelModel Panel => new(Smort.Check(Input.ToDraft(IsSubGoal)), IsSubGoal);

    /// <summary>"målet" or "delmålet", for labels and messages.</summary>
    public string What => IsSubGoal ? "delmålet" : "målet";
}
