using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Maal;

/// <summary>
/// A new goal, or with ?overordnet={goalId} a new sub-goal under that goal. The SMORT advice
/// follows the form (smort.js, or the "Tjek SMORT" button without JavaScript); saving never
/// waits for every letter to be in order. Limits of the service description are shown, not enforced.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock, CurrentUser me)
    : GoalFormPageModel(db, access, audit, plans, clock)
{
    private const string Denied = "Mål: nyt mål (uden ret)";

    [BindProperty(SupportsGet = true, Name = "overordnet")]
    public Guid? ParentQuery { get; set; }

    public Goal? Parent { get; private set; }

    public override bool IsSubGoal => Parent is not null || Input.ParentGoalId is not null;

    public override string SmortPanelUrl => Url.Page("/Maal/Ny", "SmortPanel", new { id = Citizen.Id })!;

    private string Subject => IsSubGoal ? "Delmål: nyt delmål" : "Mål: nyt mål";

    /// <summary>
    /// What both GET and POST need first: the right to edit, the plan (without one the page says
    /// so) and the choices and parent goal. Returns the early answer, or null to go on.
    /// </summary>
    private async Task<IActionResult?> PrepareAsync(Guid id, Guid? parentId)
    {
        if (await LoadAsync(id, Denied) is { } denied)
        {
            return denied;
        }

        if (Plan is null)
        {
            await Audit.RecordAsync(AuditAction.Read, id, "Mål: nyt mål (ingen plan)", ct: HttpContext.RequestAborted);
            return Page();
        }

        await LoadChoicesAsync();
        return await LoadParentAsync(parentId);
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id, ParentQuery) is { } early)
        {
            return early;
        }

        var ct = HttpContext.RequestAborted;

        Input = new GoalInput
        {
            ParentGoalId = Parent?.Id,
            ThemeKey = Parent?.ThemeKey,
            PurposeId = Parent?.PurposeId ?? (Purposes.Count == 1 ? Purposes[0].Id : null),
            StartOn = Today,
            // The offer's default scale (the scales come default first).
            IndicatorScaleId = Parent is null || Scales.Count == 0 ? null : Scales[0].Id,
        };
        await SetLimitWarningAsync();
        await Audit.RecordAsync(AuditAction.Read, id, Subject + " (formular)", Parent is null ? null : $"overordnet={Parent.Id}", ct);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id, Input.ParentGoalId) is { } early)
        {
            return early;
        }

        var ct = HttpContext.RequestAborted;

        ValidateGoal(Input, IsSubGoal, currentThemeKey: null);
        if (!ModelState.IsValid)
        {
            await SetLimitWarningAsync();
            await Audit.RecordAsync(AuditAction.Read, id, Subject + " (fejl i formular)", ct: ct);
            return Page();
        }

        var plan = Plan!; // PrepareAsync has answered already when there is no plan.
        var existing = await Db.Goals.AsNoTracking().Where(g => g.PlanId == plan.Id).ToListAsync(ct);
        var warning = Input.State is GoalState.Active or GoalState.Passive ? GoalRules.LimitWarning(Rules, existing, Parent?.Id) : null;
        var goal = new Goal { PlanId = plan.Id, ParentGoalId = Parent?.Id, ThemeKey = string.Empty, Text = string.Empty };
        Input.ApplyTo(goal);
        Db.Goals.Add(goal);
        RecordState(goal, goal.StartOn, me.FullName);
        Audit.Add(AuditAction.Create, id, IsSubGoal ? "Delmål: oprettet" : "Mål: oprettet", $"mål={goal.Id}");
        await Db.SaveChangesAsync(ct);

        TempData["Success"] = (IsSubGoal ? "Delmålet er oprettet." : "Målet er oprettet.")
                              + (warning is null ? string.Empty : " Bemærk: " + warning);
        return Redirect(IsSubGoal ? $"/borgere/{id}/delmaal/{goal.Id}" : $"/borgere/{id}/maal/{goal.Id}");
    }

    /// <summary>Without JavaScript: the form again with the SMORT advice on what was typed. Saves nothing.</summary>
    public async Task<IActionResult> OnPostSmortAsync(Guid id)
    {
        if (await LoadAsync(id, Denied) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (Plan is not null)
        {
            await LoadChoicesAsync();
            if (await LoadParentAsync(Input.ParentGoalId) is { } notFound)
            {
                return notFound;
            }

            await SetLimitWarningAsync();
        }

        await Audit.RecordAsync(AuditAction.Read, id, Subject + " (SMORT-tjek)", ct: ct);
        return Page();
    }

    /// <summary>For smort.js: the SMORT panel alone, on the form's current values. No stored data is shown, so no audit row.</summary>
    public async Task<IActionResult> OnPostSmortPanelAsync(Guid id)
    {
        if (await LoadAsync(id, Denied, loadPlan: false) is { } denied)
        {
            return denied;
        }

        return SmortPanel(Input, Input.ParentGoalId is not null);
    }

    /// <summary>The goal a new sub-goal belongs to: a goal (not a sub-goal) of this plan; 404 otherwise.</summary>
    private async Task<IActionResult?> LoadParentAsync(Guid? parentId)
    {
        if (parentId is not { } pid)
        {
            Parent = null;
            return null;
        }

        Parent = await Db.Goals.AsNoTracking()
            .FirstOrDefaultAsync(g => g.Id == pid && g.PlanId == Plan!.Id && g.ParentGoalId == null, HttpContext.RequestAborted);
        return Parent is null ? NotFound() : null;
    }

    private async Task SetLimitWarningAsync()
    {
        var goals = await Db.Goals.AsNoTracking().Where(g => g.PlanId == Plan!.Id).ToListAsync(HttpContext.RequestAborted);
        LimitWarning = GoalRules.LimitWarning(Rules, goals, Parent?.Id);
    }
}
