using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Maal;

/// <summary>
/// The edit form of a goal or sub-goal (its read views are /maal/{goalId} and /delmaal/{subGoalId}):
/// the contact team and leaders edit it here, close it (state Opnået/Afsluttet), and add or remove
/// interventions and external collaborators; others are refused (403, audited).
/// The form carries the version it was opened on: a concurrent save shows both versions, nothing lost.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class RedigerModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock, CurrentUser me)
    : CitizenPageModel(db, access, clock), IGoalForm
{
    private const string Denied = "Mål: redigering (uden ret)";

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public GoalFormChoices Choices { get; private set; } = default!;

    public Goal Goal { get; private set; } = default!;
    public Goal? Parent { get; private set; }
    public IReadOnlyList<Goal> SubGoals { get; private set; } = [];

    [BindProperty]
    public InterventionInput NewIntervention { get; set; } = new();

    [BindProperty]
    public CollaboratorInput NewCollaborator { get; set; } = new();

    /// <summary>The stored version when a save met a conflict.</summary>
    public GoalInput? Stored { get; private set; }

    public bool IsSubGoal => Goal?.IsSubGoal ?? Input.ParentGoalId is not null;

    public string SmortPanelUrl => Url.Page("/Borgere/Maal/Rediger", "SmortPanel", new { id = Citizen.Id, goalId = Goal.Id })!;

    /// <summary>Closing a goal with open sub-goals: ask whether to close them too.</summary>
    public bool ShowCloseSubGoals { get; private set; }

    /// <summary>"målet" or "delmålet", for labels and messages.</summary>
    public string What => IsSubGoal ? "delmålet" : "målet";

    public DateOnly TodayDate => Today;

    private string Noun => IsSubGoal ? "Delmål" : "Mål";

    /// <summary>Where the goal is read (and a save returns to): its own page, or the sub-goal's page with the figures.</summary>
    public string ReadHref => IsSubGoal ? Routes.Citizen(Citizen.Id).SubGoal(Goal.Id) : Routes.Citizen(Citizen.Id).Goal(Goal.Id);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid goalId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) ?? await LoadGoalAsync(goalId)) is { } early)
        {
            return early;
        }

        Input = GoalInput.From(Goal);
        await audit.RecordAsync(AuditAction.Read, id, $"{Noun}: redigering", $"mål={goalId}", HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid goalId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) ?? await LoadGoalAsync(goalId)) is { } early)
        {
            return early;
        }

        var ct = HttpContext.RequestAborted;
        ModelState.AddFieldErrors(ModelState.NotYetShown(Choices.Check(Input, IsSubGoal, Goal.ThemeKey, Today)));
        var from = Goal.State;
        var closing = Input.State is { } to && GoalRules.IsClosing(from, to);
        var openSubGoals = closing && !IsSubGoal ? GoalRules.OpenSubGoals(Goal.Id, SubGoals) : [];
        if (openSubGoals.Count > 0 && !Input.CloseOpenSubGoals)
        {
            ShowCloseSubGoals = true;
            ModelState.AddModelError("Input.State",
                $"Målet har {(openSubGoals.Count == 1 ? "et åbent delmål" : $"{openSubGoals.Count} åbne delmål")}: "
                + string.Join(", ", openSubGoals.Select(s => $"\"{s.Text}\""))
                + ". Vil I lukke dem også? Sæt flueben i \"Luk også de åbne delmål\" og gem igen – eller luk delmålene hver for sig først.");
        }

        if (!ModelState.IsValid)
        {
            ShowCloseSubGoals |= Input.CloseOpenSubGoals;
            await audit.RecordAsync(AuditAction.Read, id, $"{Noun}: redigering (fejl i formular)", $"mål={goalId}", ct);
            return Page();
        }

        // The version the user started from is the one the update must match.
        Db.Entry(Goal).Property(g => g.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Goal);
        foreach (var sub in openSubGoals)
        {
            sub.State = Goal.State;
            RecordState(sub);
        }

        if (Goal.State != from)
        {
            RecordState(Goal);
        }

        var (subject, message) = (closing, GoalRules.IsClosing(Goal.State, from)) switch
        {
            (true, _) => ($"{Noun}: lukket", (Goal.State == GoalState.Achieved ? $"{Noun}et er lukket som opnået" : $"{Noun}et er afsluttet")
                                            + (openSubGoals.Count > 0 ? $", og {openSubGoals.Count} åbne delmål er lukket med." : ".")),
            (_, true) => ($"{Noun}: genåbnet", $"{Noun}et er åbnet igen."),
            _ => ($"{Noun}: ændret", $"{Noun}et er gemt."),
        };
        audit.Add(AuditAction.Update, id, subject,
            $"mål={goalId}; tilstand: {from.Danish()} → {Goal.State.Danish()}" + (openSubGoals.Count > 0 ? $"; delmål lukket: {openSubGoals.Count}" : string.Empty));
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, goalId, ct);
        }

        TempData["Success"] = message;
        return Redirect(ReadHref);
    }

    /// <summary>Without JavaScript: the form again with the SMORT advice on what was typed. Saves nothing.</summary>
    public async Task<IActionResult> OnPostSmortAsync(Guid id, Guid goalId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) ?? await LoadGoalAsync(goalId)) is { } early)
        {
            return early;
        }

        ShowCloseSubGoals = Input.CloseOpenSubGoals;
        await audit.RecordAsync(AuditAction.Read, id, $"{Noun}: redigering (SMORT-tjek)", $"mål={goalId}", HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>For smort.js: the SMORT panel alone, on the form's current values. No stored data is shown, so no audit row.</summary>
    public async Task<IActionResult> OnPostSmortPanelAsync(Guid id, Guid goalId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) is { } denied)
        {
            return denied;
        }

        var choices = await GoalFormChoices.LoadAsync(Db, plans, Citizen, ViewData, HttpContext.RequestAborted, withPlan: false);
        var goal = await Db.Goals.AsNoTracking()
            .Where(g => g.Id == goalId && Db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == id))
            .Select(g => new { g.ParentGoalId })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        return goal is null ? NotFound() : SmortPanelModel.Alone(this, Input, goal.ParentGoalId is not null, choices.Naming);
    }

    /// <summary>Saves an intervention or collaborator change with its audit row and returns to that section.</summary>
    private async Task<IActionResult> SaveAndReturnAsync(Guid id, Guid goalId, AuditAction action, string subject, string message, string anchor)
    {
        audit.Add(action, id, $"{Noun}: {subject}", $"mål={goalId}");
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Success"] = message;
        return Redirect($"{Routes.Citizen(id).GoalEdit(goalId)}#{anchor}");
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, Guid goalId, CancellationToken ct)
    {
        audit.DiscardUncommitted();
        Db.ChangeTracker.Clear();
        var stored = await FindGoalAsync(goalId, ct);
        if (stored is null)
        {
            return NotFound();
        }

        Goal = stored;
        SubGoals = await Db.Goals.AsNoTracking().Where(g => g.ParentGoalId == goalId).OrderBy(g => g.StartOn).ThenBy(g => g.CreatedUtc).ToListAsync(ct);
        Stored = GoalInput.From(stored);
        // Saving again is now a deliberate choice to replace the stored version with this form.
        Input.Version = stored.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty,
            $"En anden har gemt ændringer på {What}, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.");
        ShowCloseSubGoals = Input.CloseOpenSubGoals;
        await audit.RecordAsync(AuditAction.Read, id, $"{Noun}: redigering (konflikt)", $"mål={goalId}", ct);
        return Page();
    }

    /// <summary>
    /// After the right: the goal of this citizen's plan with its parent or sub-goals and the
    /// form's choices; 404 when it is not there.
    /// </summary>
    private async Task<IActionResult?> LoadGoalAsync(Guid goalId)
    {
        var ct = HttpContext.RequestAborted;
        Choices = await GoalFormChoices.LoadAsync(Db, plans, Citizen, ViewData, ct);
        var goal = Choices.Plan is null ? null : await FindGoalAsync(goalId, ct, tracked: true);
        if (goal is null)
        {
            return NotFound();
        }

        Goal = goal;
        Parent = goal.ParentGoalId is { } parentId ? await Db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == parentId, ct) : null;
        // Tracked: closing the goal may close its open sub-goals in the same save.
        SubGoals = await Db.Goals.Where(g => g.ParentGoalId == goalId).OrderBy(g => g.StartOn).ThenBy(g => g.CreatedUtc).ToListAsync(ct);
        await Choices.LoadListsAsync(Db, ct);
        return null;
    }

    /// <summary>
    /// Keeps the goal's state history from today, which tells the response rate on which days a
    /// sub-goal was active. Added to the page's unit of work, saved with it.
    /// </summary>
    private void RecordState(Goal goal) => Db.GoalStateChanges.Add(GoalStateChange.Of(goal, Today, me.FullName, NowUtc));

    private Task<Goal?> FindGoalAsync(Guid goalId, CancellationToken ct, bool tracked = false)
    {
        var query = Db.Goals.Include(g => g.Interventions).Include(g => g.Collaborators).AsSplitQuery().Where(g => g.Id == goalId && g.PlanId == Choices.Plan!.Id);
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
    }
}
