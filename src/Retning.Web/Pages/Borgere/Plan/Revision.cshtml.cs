using Retning.Domain.Plans;
using Retning.Web.Services.Plans;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>
/// One request to revise the plan ("Revidér planen: …"): what must be revised, where it came
/// from, and where it stands. It closes by itself when the plan changes after it was raised; the
/// contact team or a leader can also mark it done with a comment (e.g. "drøftet – planen holder").
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RevisionModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, CurrentUser me, MyTasks myTasks, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    /// <summary>The citizen's plan, or null when none is made yet.</summary>
    public Plan? Plan { get; private set; }

    public const string ConflictMessage = "En anden har ændret revisionen, mens du havde den åben. Se hvordan den står nu herunder.";

    public sealed class ResolveInput
    {
        public string? Comment { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public ResolveInput Input { get; set; } = new();

    public RevisionState State { get; private set; } = default!;
    public PlanRevisionRequest Revision => State.Request;

    /// <summary>Where the request came from: a link to the evaluation, theme evaluation or minutes.</summary>
    public string SourceHref { get; private set; } = string.Empty;

    public bool CanResolve => CanEdit && State.IsOpen;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid requestId)
    {
        if (await LoadAsync(id, requestId, CitizenRight.Read) is { } notFound)
        {
            return notFound;
        }

        Input.Version = Revision.Version;
        await audit.RecordAsync(AuditAction.Read, id, "Plan: revision", $"revision={requestId}", HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid requestId)
    {
        if (await LoadAsync(id, requestId, CitizenRight.Edit, "Plan: revision markeret udført (uden ret)") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (!State.IsOpen)
        {
            ModelState.AddModelError(string.Empty, "Revisionen er allerede lukket.");
            return await ShowAsync(id, "Plan: revision (allerede lukket)", ct);
        }

        var tracked = await Db.PlanRevisionRequests.FirstAsync(r => r.Id == requestId, ct);
        if (PlanRevisionRules.ResolveProblem(tracked, Input.Comment) is { } problem)
        {
            ModelState.AddFieldErrors([new FieldError(nameof(ResolveInput.Comment), problem)]);
            return await ShowAsync(id, "Plan: revision (fejl i formular)", ct);
        }

        Db.Entry(tracked).Property(r => r.Version).OriginalValue = Input.Version;
        PlanRevisionRules.Resolve(tracked, Today, me.Id!.Value, me.FullName, Input.Comment!);
        audit.Add(AuditAction.Update, id, "Plan: revision markeret udført", $"revision={requestId}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            Db.ChangeTracker.Clear();
            await LoadAsync(id, requestId, CitizenRight.Edit);
            // The form now carries the version shown, so marking it done again is a choice made on what is stored.
            Input.Version = Revision.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, ConflictMessage);
            return await ShowAsync(id, "Plan: revision (konflikt)", ct);
        }

        myTasks.Forget();
        TempData["Success"] = "Revisionen er markeret som udført.";
        return Redirect(Routes.Citizen(id).Plan);
    }

    private async Task<IActionResult> ShowAsync(Guid id, string subject, CancellationToken ct)
    {
        await audit.RecordAsync(AuditAction.Read, id, subject, $"revision={Revision.Id}", ct);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid requestId, CitizenRight right, string? deniedSubject = null)
    {
        if (await LoadCitizenAsync(id, right, "plan", deniedSubject) is { } notFound)
        {
            return notFound;
        }

        Plan = await plans.FindAsync(id, HttpContext.RequestAborted);

        var ct = HttpContext.RequestAborted;
        var state = (await PlanRevisions.LoadAsync(Db, [id], openOnly: false, ct)).FirstOrDefault(s => s.Request.Id == requestId);
        if (state is null)
        {
            return NotFound();
        }

        State = state;
        SourceHref = Revision.Source switch
        {
            PlanRevisionSource.GoalEvaluation => Routes.Citizen(id).Evaluation(Revision.SourceId),
            PlanRevisionSource.ThemeEvaluation => await Db.ThemeEvaluations.Where(e => e.Id == Revision.SourceId).Select(e => e.ThemeKey).FirstOrDefaultAsync(ct) is { } key
                ? Routes.Citizen(id).PlanThemeEvaluation(key) : Routes.Citizen(id).Plan,
            _ => Routes.Citizen(id).Minutes(Revision.SourceId),
        };
        return null;
    }
}
