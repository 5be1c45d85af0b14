using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet.Forbedringsplan;

/// <summary>
/// One action of the improvement plan: edit it, move its status (<see cref="ImprovementActionRules.Next"/>, with
/// <see cref="ImprovementActionRules.CheckMove"/>'s errors at the fields), judge its effect against the figure, and
/// its history — every move is kept as an <see cref="ImprovementActionChange"/>. Both forms carry the action's
/// version: a stale save shows the conflict and keeps what was typed.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed partial class TiltagModel(AppDbContext db, RoundReportReader reader, ImprovementFigures figures, CurrentUser me, AuditLog audit, TimeProvider clock)
    : ActionPageModel(db, reader, figures, clock)
{
    public const string ConflictMessage = "En anden har gemt ændringer på tiltaget, mens du skrev. Intet er overskrevet. Din tekst står stadig i formularen: se den gemte version, ret og gem igen.";

    [BindProperty]
    public MoveInput Move { get; set; } = new();

    public ImprovementAction Action { get; private set; } = default!;

    public IReadOnlyList<ImprovementActionStatus> NextStatuses => ImprovementActionRules.Next(Action.Status);

    public IEnumerable<SelectListItem> StatusItems => NextStatuses
        .Select(s => new SelectListItem(s.Danish(), ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .Prepend(new SelectListItem("Vælg ny status", string.Empty));

    /// <summary>True after a stale save: the stored action is shown beside the form.</summary>
    public bool Conflict { get; private set; }

    public bool IsPercent => ImprovementFigures.IsPercent(Action.FigureKind, Action.FigureKey);

    public async Task<IActionResult> OnGetAsync(Guid roundId, Guid actionId)
    {
        if (await LoadAsync(roundId, actionId, write: false) is { } denied)
        {
            return denied;
        }

        Input = ActionInput.From(Action);
        await FillMoveAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, Guid actionId)
    {
        if (await LoadAsync(roundId, actionId, write: true) is { } denied)
        {
            return denied;
        }

        Forget("Move.");
        if (!CheckInput())
        {
            await FillMoveAsync();
            return Page();
        }

        var tracked = await Db.ImprovementActions.FirstAsync(a => a.Id == actionId, HttpContext.RequestAborted);
        Db.Entry(tracked).Property(a => a.Version).OriginalValue = Input.Version;
        Input.ApplyTo(tracked);
        audit.Add(AuditAction.Update, null, "Forbedringsplan: tiltag rettet", $"runde={roundId}; tiltag={actionId}");
        return await SaveAsync(roundId, actionId, $"Tiltaget \"{tracked.Title}\" er gemt.");
    }

    /// <summary>Reads the chosen figure now into "before" and shows the form again.</summary>
    public async Task<IActionResult> OnPostReadAsync(Guid roundId, Guid actionId)
    {
        if (await LoadAsync(roundId, actionId, write: true) is { } denied)
        {
            return denied;
        }

        await ReadBeforeAsync(replace: true);
        await FillMoveAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid roundId, Guid actionId)
    {
        if (await LoadAsync(roundId, actionId, write: true) is { } denied)
        {
            return denied;
        }

        Forget("Input.");
        Input = ActionInput.From(Action);
        var from = Action.Status;
        if (Move.Status is not { } to)
        {
            ModelState.AddModelError("Move.Status", "Vælg den nye status.");
            return Page();
        }

        var errors = ImprovementActionRules.CheckMove(from, to, Move.MadeToLast, Action.DoneOn, Move.Before, Move.After);
        ModelState.AddFieldErrors(ModelState.NotYetShown(ReadingErrors(to), "Move"), "Move");
        ModelState.AddFieldErrors(ModelState.NotYetShown(errors.Select(Field), "Move"), "Move");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tracked = await Db.ImprovementActions.FirstAsync(a => a.Id == actionId, HttpContext.RequestAborted);
        Db.Entry(tracked).Property(a => a.Version).OriginalValue = Move.Version;
        Apply(tracked, to);
        audit.Add(AuditAction.Update, null, "Forbedringsplan: status ændret", $"runde={roundId}; tiltag={actionId}; {from} → {to}");
        return await SaveAsync(roundId, actionId, $"Tiltaget har nu status \"{to.Danish()}\".", statusForm: true);
    }

    private void Apply(ImprovementAction action, ImprovementActionStatus to)
    {
        var today = Today;
        var change = new ImprovementActionChange
        {
            ActionId = action.Id, From = action.Status, To = to, AtUtc = Clock.GetUtcNow().UtcDateTime, ByUserId = me.Id!.Value, Note = FormText.Clean(Move.Note),
        };
        switch (to)
        {
            case ImprovementActionStatus.Done:
                action.DoneOn = today;
                action.MadeToLast = FormText.Clean(Move.MadeToLast);
                break;
            case ImprovementActionStatus.VerifiedEffective or ImprovementActionStatus.VerifiedNotEffective:
                (action.BeforeValue, action.BeforeReadOn) = (Move.Before!.Value, Move.Before.ReadOn);
                (action.AfterValue, action.AfterReadOn) = (Move.After!.Value, Move.After.ReadOn);
                action.VerifiedOn = today;
                action.VerifiedByUserId = me.Id;
                (change.BeforeValue, change.AfterValue) = (action.BeforeValue, action.AfterValue);
                break;
            default:
                // Back to work (reopened, or a new attempt after no effect): the verdict stays in the history, not on the action.
                action.DoneOn = null;
                (action.AfterValue, action.AfterReadOn, action.VerifiedOn, action.VerifiedByUserId) = (null, null, null, null);
                break;
        }

        action.Status = to;
        Db.ImprovementActionChanges.Add(change);
    }

    private async Task<IActionResult> SaveAsync(Guid roundId, Guid actionId, string success, bool statusForm = false)
    {
        try
        {
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            Db.ChangeTracker.Clear();
            return await ShowConflictAsync(roundId, actionId, statusForm);
        }

        TempData["Success"] = success;
        return Redirect(Routes.Quality.Action(roundId, actionId));
    }

    private async Task<IActionResult> ShowConflictAsync(Guid roundId, Guid actionId, bool statusForm)
    {
        if (await LoadAsync(roundId, actionId, write: true) is { } denied)
        {
            return denied;
        }

        Conflict = true;
        if (statusForm)
        {
            // The edit form beside it shows the stored action, so it cannot overwrite what the other person saved.
            Input = ActionInput.From(Action);
        }

        // Saving again is now a deliberate choice to replace the stored action with this form's.
        Input.Version = Action.Version;
        Move.Version = Action.Version;
        ModelState.Remove("Input.Version");
        ModelState.Remove("Move.Version");
        ModelState.AddModelError(string.Empty, ConflictMessage);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid roundId, Guid actionId, bool write)
    {
        if (await LoadRoundAsync(roundId, write) is { } denied)
        {
            return denied;
        }

        if (Report.Actions.FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        return null;
    }
}
