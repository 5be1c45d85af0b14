using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Maal;

/// <summary>
/// A new goal, or with ?overordnet={goalId} a new sub-goal under that goal. The SMORT advice
/// follows the form (smort.js, or the "Tjek SMORT" button without JavaScript); saving never
/// waits for every letter to be in order. Limits of the service description are shown, not enforced.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock, CurrentUser me)
    : CitizenPageModel(db, access, clock), IGoalForm
{
    private const string Denied = "Mål: nyt mål (uden ret)";

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "overordnet")]
    public Guid? ParentQuery { get; set; }

    public GoalFormChoices Choices { get; private set; } = default!;

    public Goal? Parent { get; private set; }

    public bool IsSubGoal => Parent is not null || Input.ParentGoalId is not null;

    public string SmortPanelUrl => Url.Page("/Borgere/Maal/Ny", "SmortPanel", new { id = Citizen.Id })!;

    /// <summary>A new goal has no sub-goals to close.</summary>
    public bool ShowCloseSubGoals => false;

    /// <summary>What one more goal or sub-goal does to the limits of the service description (shown, not enforced).</summary>
    public string? LimitWarning { get; private set; }

    /// <summary>"målet" or "delmålet", for labels and messages.</summary>
    public string What => IsSubGoal ? "delmålet" : "målet";

    private string Subject => IsSubGoal ? "Delmål: nyt delmål" : "Mål: nyt mål";

    /// <summary>
    /// What both GET and POST need after the right: the plan (without one the page says so) and
    /// the choices and parent goal. Returns the early answer, or null to go on.
    /// </summary>
    private async Task<IActionResult?> PrepareAsync(Guid id, Guid? parentId)
    {
        var ct = HttpContext.RequestAborted;
        Choices = await GoalFormChoices.LoadAsync(Db, plans, Citizen, ViewData, ct);
        if (Choices.Plan is null)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Mål: nyt mål (ingen plan)", ct: ct);
            return Page();
        }

        await Choices.LoadListsAsync(Db, ct);
        return await LoadParentAsync(parentId);
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) is { } denied)
        {
            return denied;
        }

        if (await PrepareAsync(id, ParentQuery) is { } early)
        {
            return early;
        }

        var ct = HttpContext.RequestAborted;

        Input = new GoalInput
        {
            ParentGoalId = Parent?.Id,
            ThemeKey = Parent?.ThemeKey,
            PurposeId = Parent?.PurposeId ?? (Choices.Purposes.Count == 1 ? Choices.Purposes[0].Id : null),
            StartOn = Today,
            // The offer's default scale (the scales come default first).
            IndicatorScaleId = Parent is null || Choices.Scales.Count == 0 ? null : Choices.Scales[0].Id,
        };
        await SetLimitWarningAsync();
        await audit.RecordAsync(AuditAction.Read, id, Subject + " (formular)", Parent is null ? null : $"overordnet={Parent.Id}", ct);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) is { } denied)
        {
            return denied;
        }

        if (await PrepareAsync(id, Input.ParentGoalId) is { } early)
        {
            return early;
        }

        var ct = HttpContext.RequestAborted;

        ModelState.AddFieldErrors(ModelState.NotYetShown(Choices.Check(Input, IsSubGoal, currentThemeKey: null, Today)));
        if (!ModelState.IsValid)
        {
            await SetLimitWarningAsync();
            await audit.RecordAsync(AuditAction.Read, id, Subject + " (fejl i formular)", ct: ct);
            return Page();
        }

        var plan = Choices.Plan!; // PrepareAsync has answered already when there is no plan.
        var existing = await Db.Goals.AsNoTracking().Where(g => g.PlanId == plan.Id).ToListAsync(ct);
        var warning = Input.State is GoalState.Active or GoalState.Passive ? GoalRules.LimitWarning(Choices.Rules, existing, Parent?.Id) : null;
        var goal = new Goal { PlanId = plan.Id, ParentGoalId = Parent?.Id, ThemeKey = string.Empty, Text = string.Empty };
        Input.ApplyTo(goal);
        Db.Goals.Add(goal);
        // The goal's state history tells the response rate on which days a sub-goal was active.
        Db.GoalStateChanges.Add(GoalStateChange.Of(goal, goal.StartOn, me.FullName, NowUtc));
        audit.Add(AuditAction.Create, id, IsSubGoal ? "Delmål: oprettet" : "Mål: oprettet", $"mål={goal.Id}");
        await Db.SaveChangesAsync(ct);

        TempData["Success"] = (IsSubGoal ? "Delmålet er oprettet." : "Målet er oprettet.")
                              + (warning is null ? string.Empty : " Bemærk: " + warning);
        return Redirect(IsSubGoal ? Routes.Citizen(id).SubGoal(goal.Id) : Routes.Citizen(id).Goal(goal.Id));
    }

    /// <summary>Without JavaScript: the form again with the SMORT advice on what was typed. Saves nothing.</summary>
    public async Task<IActionResult> OnPostSmortAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Choices = await GoalFormChoices.LoadAsync(Db, plans, Citizen, ViewData, ct);
        if (Choices.Plan is not null)
        {
            await Choices.LoadListsAsync(Db, ct);
            if (await LoadParentAsync(Input.ParentGoalId) is { } notFound)
            {
                return notFound;
            }

            await SetLimitWarningAsync();
        }

        await audit.RecordAsync(AuditAction.Read, id, Subject + " (SMORT-tjek)", ct: ct);
        return Page();
    }

    /// <summary>For smort.js: the SMORT panel alone, on the form's current values. No stored data is shown, so no audit row.</summary>
    public async Task<IActionResult> OnPostSmortPanelAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) is { } denied)
        {
            return denied;
        }

        var choices = await GoalFormChoices.LoadAsync(Db, plans, Citizen, ViewData, HttpContext.RequestAborted, withPlan: false);
        return SmortPanelModel.Alone(this, Input, Input.ParentGoalId is not null, choices.Naming);
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
            .FirstOrDefaultAsync(g => g.Id == pid && g.PlanId == Choices.Plan!.Id && g.ParentGoalId == null, HttpContext.RequestAborted);
        return Parent is null ? NotFound() : null;
    }

    private async Task SetLimitWarningAsync()
    {
        var goals = await Db.Goals.AsNoTracking().Where(g => g.PlanId == Choices.Plan!.Id).ToListAsync(HttpContext.RequestAborted);
        LimitWarning = GoalRules.LimitWarning(Choices.Rules, goals, Parent?.Id);
    }
}
