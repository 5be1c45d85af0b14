using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet;

/// <summary>
/// Completing a round with its conclusion (docs/domain.md, "Quality monitoring"): allowed when every sampled plan's
/// first review is submitted; from then the round is read-only, and the three-year rule counts from this date.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed class AfslutModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : RunRoundPageModel
{
    public sealed class CompleteInput
    {
        [TextLimit(MonitoringRound.MaxConclusion)]
        public string? Conclusion { get; set; }

        public int Version { get; set; }
    }

    [BindProperty]
    public CompleteInput Input { get; set; } = new();

    public int Open { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken ct)
    {
        if (await LoadRoundAsync(db, me, roundId, tracked: false, ct) is { } denied)
        {
            return denied;
        }

        Input = new CompleteInput { Conclusion = View.Round.Conclusion, Version = View.Round.Version };
        await audit.RecordAsync(AuditAction.Read, null, $"Kvalitet: afslut \"{View.Round.Title}\"", $"runde: {roundId}", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken ct)
    {
        if (await LoadRoundAsync(db, me, roundId, tracked: true, ct) is { } denied)
        {
            return denied;
        }

        var round = View.Round;
        if (round.CompletedOn is not null)
        {
            ModelState.AddModelError(string.Empty, "Runden er allerede afsluttet.");
        }
        else if (round.SampledUtc is null)
        {
            ModelState.AddModelError(string.Empty, "Runden kan ikke afsluttes uden en stikprøve. Træk stikprøven først.");
        }
        else if (Open > 0)
        {
            ModelState.AddModelError(string.Empty, $"Runden kan først afsluttes, når alle gennemgange er afsluttet: {Open} mangler.");
        }

        if (FormText.Clean(Input.Conclusion) is null && ModelState["Input.Conclusion"]?.Errors.Count is null or 0)
        {
            ModelState.AddModelError("Input.Conclusion", "Skriv rundens konklusion.");
        }

        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, null, $"Kvalitet: afslut \"{round.Title}\" (fejl i formular)", $"runde: {roundId}", ct);
            return Page();
        }

        db.Entry(round).Property(r => r.Version).OriginalValue = Input.Version;
        round.Conclusion = FormText.Clean(Input.Conclusion);
        round.CompletedOn = DanishTime.Today(clock);
        round.CompletedByUserId = me.Id;
        audit.Add(AuditAction.Update, null, $"Kvalitet: runde afsluttet \"{round.Title}\"", $"runde: {roundId}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            db.ChangeTracker.Clear();
            Input.Version = await db.MonitoringRounds.Where(r => r.Id == roundId).Select(r => r.Version).FirstAsync(ct);
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, "En anden har ændret runden, mens du skrev. Intet er gemt; din konklusion står stadig herunder.");
            await audit.RecordAsync(AuditAction.Read, null, $"Kvalitet: afslut \"{round.Title}\" (konflikt)", $"runde: {roundId}", ct);
            return Page();
        }

        TempData["Success"] = "Runden er afsluttet.";
        return Redirect(Routes.Quality.Round(roundId));
    }

    protected override async Task LoadPageFactsAsync(CancellationToken ct) =>
        Open = (await RoundFacts.SamplesAsync(db, View.Round.Id, ct)).Count(s => s.First != ReviewState.Submitted);
}
