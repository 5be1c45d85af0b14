namespace Retning.Web.Pages.Kvalitet;

/// <summary>
/// A page of a round that only those who run it open (drawing the sample, completing it): the round is loaded,
/// unknown or unreadable is 404 and a reader who does not run it 403 (docs/domain.md, "Quality monitoring").
/// </summary>
public abstract class RunRoundPageModel : PageModel
{
    public RoundView View { get; private set; } = default!;

    /// <summary>Loads the round, then the page's own facts; a denial is returned instead.</summary>
    protected async Task<IActionResult?> LoadRoundAsync(AppDbContext db, CurrentUser me, Guid roundId, bool tracked, CancellationToken ct)
    {
        if (await RoundView.LoadAsync(db, me, roundId, ct, tracked) is not { } view)
        {
            return NotFound();
        }

        if (!view.Runs)
        {
            return Forbid();
        }

        View = view;
        await LoadPageFactsAsync(ct);
        return null;
    }

    /// <summary>What the page reads beside the round (its <see cref="View"/> is set).</summary>
    protected abstract Task LoadPageFactsAsync(CancellationToken ct);
}
