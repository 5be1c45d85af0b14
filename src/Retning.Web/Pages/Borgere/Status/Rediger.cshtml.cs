using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>
/// Editing a draft status (contact team and leaders): each section's "since last status" and
/// "ahead" texts, whether the section goes to the municipality, and which goals are included.
/// Only a draft or a status out for feedback can be edited; the token catches a colleague's save.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RedigerModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty]
    public StatusEditInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid StatusId { get; set; }

    public StatusReport Report { get; private set; } = default!;
    public IReadOnlyList<GoalOption> GoalOptions { get; private set; } = [];

    /// <summary>Set when a colleague saved in between: their saved texts, shown beside the typed ones.</summary>
    public StatusReport? Newer { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "status", "Status: redigér") is { } denied)
        {
            return denied;
        }

        if (await LoadReportAsync(id, tracked: false) is { } refused)
        {
            return refused;
        }

        Input = new StatusEditInput
        {
            Version = Report.Version,
            GoalIds = [.. Report.Goals.Select(g => g.GoalId)],
            IncludeScoresAppendix = Report.IncludeScoresAppendix,
            Sections = [.. StatusSections.All.Select(key => Report.Sections.FirstOrDefault(s => s.Key == key) is { } s
                ? new StatusEditInput.SectionInput { Key = key, Included = s.Included, Since = s.SinceText, Ahead = s.AheadText }
                : new StatusEditInput.SectionInput { Key = key, Included = true })],
        };
        await audit.RecordAsync(AuditAction.Read, id, "Status: redigér", $"status={StatusId}", HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "status", "Status: redigér") is { } denied)
        {
            return denied;
        }

        if (await LoadReportAsync(id, tracked: true) is { } refused)
        {
            return refused;
        }

        var ct = HttpContext.RequestAborted;
        Validate();
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Status: redigér (fejl)", $"status={StatusId}", ct);
            return Page();
        }

        if (Input.Version != Report.Version)
        {
            Newer = Report;
            ModelState.AddModelError(string.Empty, "En kollega har gemt statussen, mens du skrev. Din tekst er ikke gemt endnu – den står stadig i felterne. Den gemte tekst ses under hvert felt; ret til, og gem igen.");
            Input.Version = Report.Version;
            await audit.RecordAsync(AuditAction.Read, id, "Status: redigér (konflikt)", $"status={StatusId}", ct);
            return Page();
        }

        foreach (var section in Input.Sections)
        {
            var stored = Report.Sections.FirstOrDefault(s => s.Key == section.Key);
            if (stored is null)
            {
                stored = new StatusSection { StatusReportId = Report.Id, Key = section.Key };
                Report.Sections.Add(stored);
            }

            stored.Included = section.Included;
            stored.SinceText = FormText.Clean(section.Since);
            stored.AheadText = StatusSections.Titles(section.Key, Report.Layout).AheadTitle is null ? null : FormText.Clean(section.Ahead);
        }

        var allowed = GoalOptions.Select(g => g.Id).ToHashSet();
        var chosen = Input.GoalIds.Where(allowed.Contains).ToHashSet();
        Report.Goals.RemoveAll(g => !chosen.Contains(g.GoalId));
        foreach (var goalId in chosen.Where(g => Report.Goals.All(x => x.GoalId != g)))
        {
            Report.Goals.Add(new StatusGoal { StatusReportId = Report.Id, GoalId = goalId });
        }

        Report.IncludeScoresAppendix = Input.IncludeScoresAppendix;
        Report.UpdatedUtc = NowUtc; // a change to sections or goals alone must still bump the status's token
        Db.Entry(Report).State = EntityState.Modified;
        audit.Add(AuditAction.Update, id, "Status: afsnit og mål gemt", $"status={StatusId}; afsnit={Input.Sections.Count(s => s.Included)}; mål={chosen.Count}; bilag={Input.IncludeScoresAppendix}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            Db.ChangeTracker.Clear();
            Newer = await StatusLoader.FindAsync(Db, id, StatusId, tracked: false, ct);
            ModelState.AddModelError(string.Empty, "En kollega har gemt statussen i samme øjeblik. Din tekst er ikke gemt endnu – den står stadig i felterne.");
            Input.Version = Newer?.Version ?? Input.Version;
            await audit.RecordAsync(AuditAction.Read, id, "Status: redigér (konflikt)", $"status={StatusId}", ct);
            return Page();
        }

        TempData["Success"] = "Statussen er gemt.";
        return Redirect(Routes.Citizen(id).Status(StatusId));
    }

    public StatusSectionTitles Titles(StatusSectionKey key) => StatusSections.Titles(key, Report.Layout);

    private void Validate()
    {
        // Every section comes back with its key; anything else is a forged form.
        Input.Sections = [.. Input.Sections.Where(s => Enum.IsDefined(s.Key)).DistinctBy(s => s.Key)];
        ModelState.AddFieldErrors(StatusEditRules.Check(Input.Sections.Any(s => s.Included), Input.GoalIds.Count));
    }

    /// <summary>The status to edit, when it is there (404) and still a draft (otherwise back to it with a notice).</summary>
    private async Task<IActionResult?> LoadReportAsync(Guid id, bool tracked)
    {
        var ct = HttpContext.RequestAborted;
        var report = await StatusLoader.FindAsync(Db, id, StatusId, tracked, ct);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        if (!report.State.IsEditable())
        {
            TempData["Notice"] = $"Statussen er \"{report.State.Danish()}\" og kan ikke ændres. Start en ny version for at ændre den.";
            return Redirect(Routes.Citizen(id).Status(StatusId));
        }

        GoalOptions = await StatusLoader.GoalOptionsAsync(Db, id, ct);
        return null;
    }
}
