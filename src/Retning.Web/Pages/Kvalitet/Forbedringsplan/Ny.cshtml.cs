using Retning.Documents.Quality;
using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet.Forbedringsplan;

/// <summary>
/// A new action of the improvement plan, written from a finding: with ?indikator=7 the finding, the indicator and
/// the figure (the indicator's share in the next round, up) are filled in from the round's result.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed class NyModel(AppDbContext db, RoundReportReader reader, ImprovementFigures figures, CurrentUser me, AuditLog audit, TimeProvider clock)
    : ActionPageModel(db, reader, figures, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid roundId, [FromQuery(Name = "indikator")] int? indicator)
    {
        if (await LoadRoundAsync(roundId, write: true) is { } denied)
        {
            return denied;
        }

        Input = new ActionInput { DueOn = Today.AddMonths(3), Direction = FigureDirection.Up, OwnerUserId = me.Id };
        if (indicator is { } n && Report.Results.Round.FirstOrDefault(c => (int)c.Indicator == n) is { } count)
        {
            Input.Finding = ImprovementText.Finding(count);
            Input.Indicators = [n];
            Input.Figure = ActionInput.FigureChoice(ActionFigureKind.NextRoundIndicator, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await ReadBeforeAsync(replace: true);
        }

        return Page();
    }

    /// <summary>Reads the chosen figure now into "before" and shows the form again (no JavaScript needed).</summary>
    public async Task<IActionResult> OnPostReadAsync(Guid roundId)
    {
        if (await LoadRoundAsync(roundId, write: true) is { } denied)
        {
            return denied;
        }

        await ReadBeforeAsync(replace: true);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid roundId)
    {
        if (await LoadRoundAsync(roundId, write: true) is { } denied)
        {
            return denied;
        }

        if (!CheckInput())
        {
            return Page();
        }

        await ReadBeforeAsync(replace: false);
        var now = Clock.GetUtcNow().UtcDateTime;
        var action = new ImprovementAction { RoundId = roundId, Title = string.Empty, Finding = string.Empty, FigureKey = string.Empty, CreatedByUserId = me.Id!.Value, CreatedUtc = now };
        Input.ApplyTo(action);
        action.Changes.Add(new ImprovementActionChange { ActionId = action.Id, From = ImprovementActionStatus.Planned, To = ImprovementActionStatus.Planned, AtUtc = now, ByUserId = me.Id!.Value, Note = "Tiltaget er oprettet.", BeforeValue = action.BeforeValue });
        Db.ImprovementActions.Add(action);
        audit.Add(AuditAction.Create, null, "Forbedringsplan: tiltag oprettet", $"runde={roundId}; tiltag={action.Id}");
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Success"] = $"Tiltaget \"{action.Title}\" er gemt.";
        return Redirect(Routes.Quality.Action(roundId, action.Id));
    }
}
