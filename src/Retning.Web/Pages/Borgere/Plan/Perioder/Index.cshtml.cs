using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan.Perioder;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>
/// A plan's periods, newest first, with the cadence its area expects (shown, never enforced) and,
/// for the contact team and leaders, "Luk periode": the live plan is frozen as the open period's
/// snapshot and the next period opens, with one audit row, in one SaveChanges.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock, PlanService plans, CurrentUser me, ILogger<IndexModel> logger)
    : CitizenPageModel(db, access, clock)
{
    public const string Subject = "Plan: perioder";

    private readonly TimeProvider _clock = clock;

    /// <summary>The confirmation "Jeg har gennemgået planen".</summary>
    [BindProperty]
    public bool Reviewed { get; set; }

    public Plan? Plan { get; private set; }
    public IReadOnlyList<PlanPeriod> Periods { get; private set; } = [];
    public PlanPeriod? OpenPeriod => Periods.FirstOrDefault(p => p.IsOpen);
    public CadenceNotice? Cadence { get; private set; }

    /// <summary>A note for the one about to close (adults: a second closing within a year).</summary>
    public string? ClosingNote { get; private set; }

    /// <summary>The open period started today, so it cannot close before tomorrow.</summary>
    public bool OpenedToday => OpenPeriod is { } open && open.StartedOn >= Today;

    public Area Area { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, CitizenRight.Read) is { } notFound)
        {
            return notFound;
        }

        await audit.RecordAsync(AuditAction.Read, id, Subject, ct: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, CitizenRight.Edit, "Plan: luk periode (uden ret)") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;

        if (Plan is null)
        {
            return NotFound();
        }

        // Opening a missing period needs no confirmation; closing one does.
        if (OpenPeriod is not null && !Reviewed)
        {
            ModelState.AddModelError(nameof(Reviewed), "Bekræft, at du har gennemgået planen, før perioden lukkes.");
            await audit.RecordAsync(AuditAction.Read, id, Subject + " (lukning ikke bekræftet)", ct: ct);
            return Page();
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var outcome = await PlanPeriods.CloseAsync(Db, Citizen, Plan, me.FullName, now, Today, ct);
        if (outcome.Refused)
        {
            ModelState.AddModelError(nameof(Reviewed), outcome.Error!);
            await audit.RecordAsync(AuditAction.Read, id, Subject + " (lukning afvist)", ct: ct);
            return Page();
        }

        audit.Add(AuditAction.Update, id, outcome.Closed is null ? "Plan: periode åbnet" : "Plan: periode lukket",
            outcome.Closed is null ? $"periode {outcome.Next.Number}" : $"periode {outcome.Closed.Number}, ny periode {outcome.Next.Number}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone closed (or opened) a period at the same moment: the unique period number refused ours.
            audit.DiscardUncommitted();
            Db.ChangeTracker.Clear();
            logger.LogInformation("Closing a period of plan {PlanId} met a concurrent closing", Plan.Id);
            await LoadAsync(id, CitizenRight.Edit);
            ModelState.AddModelError(nameof(Reviewed), "En anden har lukket perioden, mens du var i gang. Intet er overskrevet; se periodelisten herunder.");
            await audit.RecordAsync(AuditAction.Read, id, Subject + " (samtidig lukning)", ct: ct);
            return Page();
        }

        TempData["Success"] = outcome.Closed is { } closed
            ? $"Periode {closed.Number} er lukket og fastfrosset. Periode {outcome.Next.Number} er startet i dag."
            : $"Planen havde ingen åben periode. Periode {outcome.Next.Number} er startet i dag.";
        return Redirect(Routes.Citizen(id).Periods);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CitizenRight right, string? deniedSubject = null)
    {
        if (await LoadCitizenAsync(id, right, "plan", deniedSubject) is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        Area = Citizen.Department?.Offer?.Area ?? Area.Adults;
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null)
        {
            return null;
        }

        Periods = await PlanPeriods.ListAsync(Db, Plan.Id, ct);
        var closings = Periods.Where(p => p.ClosedOn is not null).Select(p => p.ClosedOn!.Value).ToList();
        var started = Periods.Count > 0 ? Periods.Min(p => p.StartedOn) : DateOnly.FromDateTime(Plan.CreatedUtc);
        Cadence = PeriodCadence.For(Area, closings, started, Today);
        ClosingNote = PeriodCadence.NoteOnClosing(Area, closings, Today);
        return null;
    }
}
