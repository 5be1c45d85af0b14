using System.Security.Cryptography;
using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet;

/// <summary>
/// Drawing a round's sample (<see cref="PlanSampling"/>): a size and a seed — a random one offered, shown and editable,
/// so the same sample can be drawn again and checked. Drawing again is allowed until a review or interview is saved.
/// The plans drawn are written in the order drawn; the first <see cref="MonitoringRound.SecondSampleSize"/> are rated
/// by the second reviewer too. The round's version guards against two drawing at once.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed class StikproeveModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : RunRoundPageModel
{
    public sealed class DrawInput
    {
        public int? SampleSize { get; set; }
        public int? Seed { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public DrawInput Input { get; set; } = new();

    public SampleDraw Draw { get; private set; } = default!;

    /// <summary>Why the sample cannot be drawn (again), or null.</summary>
    public string? Locked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken ct)
    {
        if (await LoadRoundAsync(db, me, roundId, tracked: false, ct) is { } denied)
        {
            return denied;
        }

        Input = new DrawInput { SampleSize = View.Round.SampleSize, Seed = RandomNumberGenerator.GetInt32(1, int.MaxValue), Version = View.Round.Version };
        await audit.RecordAsync(AuditAction.Read, null, $"Kvalitet: stikprøve til \"{View.Round.Title}\"", $"runde: {roundId}; planer at trække fra: {Draw.Candidates.Count}", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken ct)
    {
        if (await LoadRoundAsync(db, me, roundId, tracked: true, ct) is { } denied)
        {
            return denied;
        }

        var round = View.Round;
        if (Locked is not null)
        {
            ModelState.AddModelError(string.Empty, Locked);
        }

        if (Input.Seed is null && ModelState["Input.Seed"]?.Errors.Count is null or 0)
        {
            ModelState.AddModelError("Input.Seed", "Angiv et frø (et helt tal), så stikprøven kan trækkes igen.");
        }

        PlanSample? sample = null;
        if (ModelState.IsValid)
        {
            (sample, var errors) = PlanSampling.Draw(Draw.Candidates, Draw.ReviewerDepartments, Input.SampleSize, Input.Seed!.Value);
            ModelState.AddFieldErrors(errors);
            if (sample is not null && round.SecondSampleSize is { } second && second > sample.Plans.Count)
            {
                ModelState.AddModelError("Input.SampleSize", $"Stikprøven skal have mindst {second} planer: så mange skal anden bedømmer vurdere.");
            }
        }

        if (!ModelState.IsValid || sample is null)
        {
            await audit.RecordAsync(AuditAction.Read, null, $"Kvalitet: stikprøve til \"{round.Title}\" (fejl i formular)", $"runde: {roundId}", ct);
            return Page();
        }

        db.Entry(round).Property(r => r.Version).OriginalValue = Input.Version;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // The old sample goes first (its positions are unique per round), then the new one is written.
            db.RoundSamples.RemoveRange(await RoundFacts.SampleRowsAsync(db, roundId, ct));
            round.Seed = Input.Seed;
            round.SampleSize = sample.Plans.Count;
            round.SampledUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            var position = 0;
            foreach (var plan in sample.Plans)
            {
                position++;
                db.RoundSamples.Add(new RoundSample
                {
                    RoundId = roundId, PlanId = plan.PlanId, CitizenId = Draw.CitizenOfPlan[plan.PlanId], DepartmentId = plan.DepartmentId,
                    Position = position, DoubleRated = position <= (round.SecondSampleSize ?? 0),
                });
            }

            audit.Add(AuditAction.Update, null, $"Kvalitet: stikprøve trukket i \"{round.Title}\"", $"runde: {roundId}; planer: {position}; frø: {Input.Seed}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            audit.DiscardUncommitted();
            db.ChangeTracker.Clear();
            Input.Version = await db.MonitoringRounds.Where(r => r.Id == roundId).Select(r => r.Version).FirstAsync(ct);
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, "En anden har ændret runden, mens du udfyldte formularen. Intet er gemt. Kontroller og træk igen.");
            await audit.RecordAsync(AuditAction.Read, null, $"Kvalitet: stikprøve til \"{round.Title}\" (konflikt)", $"runde: {roundId}", ct);
            return Page();
        }

        TempData["Success"] = $"Stikprøven er trukket: {sample.Plans.Count} planer.";
        return Redirect(Routes.Quality.Round(roundId));
    }

    protected override async Task LoadPageFactsAsync(CancellationToken ct)
    {
        Draw = await SampleDraw.LoadAsync(db, View.Round, DanishTime.Today(clock), ct);
        Locked = View.IsCompleted ? "Runden er afsluttet: stikprøven kan ikke trækkes igen."
            : await RoundFacts.AnyWorkSavedAsync(db, View.Round.Id, ct) ? "Stikprøven kan ikke trækkes igen: der er gemt en gennemgang eller en samtale i runden."
            : null;
    }
}
