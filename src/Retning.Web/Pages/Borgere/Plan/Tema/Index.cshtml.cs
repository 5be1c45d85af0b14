using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan.Tema;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>
/// The assessment (udredning) of one theme of the plan's template: resources, challenges and
/// need for support, with the template's sub-headings and help texts. The assessment carries
/// its own version, so two people editing different themes never meet; two editing the same
/// theme see both versions, and nothing is overwritten.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, CurrentUser me, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    /// <summary>The citizen's plan, or null when none is made yet.</summary>
    public Plan? Plan { get; private set; }

    public const string ConflictMessage =
        "En anden har gemt ændringer i temaet, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.";

    public sealed class AssessmentInput
    {
        /// <summary>The assessment the form was opened on; empty when the theme had none yet.</summary>
        public Guid? AssessmentId { get; set; }
        [TextLimit(PlanInputRules.MaxAssessmentField)]
        public string? Resources { get; set; }
        [TextLimit(PlanInputRules.MaxAssessmentField)]
        public string? Challenges { get; set; }
        [TextLimit(PlanInputRules.MaxAssessmentField)]
        public string? SupportNeed { get; set; }
        public int Version { get; set; }

        public static AssessmentInput From(ThemeAssessment? a) => a is null
            ? new AssessmentInput()
            : new AssessmentInput { AssessmentId = a.Id, Resources = a.Resources, Challenges = a.Challenges, SupportNeed = a.SupportNeed, Version = a.Version };
    }

    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public TemplateTheme? Theme { get; private set; }
    public ThemeAssessment? Stored { get; private set; }
    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string key)
    {
        if (await LoadAsync(id, key, CitizenRight.Edit) is { } result)
        {
            return result;
        }

        Input = AssessmentInput.From(Stored);
        await audit.RecordAsync(AuditAction.Read, id, Plan is null ? "Plan: tema (ingen plan)" : $"Plan: tema {Theme!.Name} (redigering)", ct: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string key)
    {
        if (await LoadAsync(id, key, CitizenRight.Edit) is { } result)
        {
            return result;
        }

        var ct = HttpContext.RequestAborted;
        if (Plan is null)
        {
            return NotFound();
        }

        var subject = $"Plan: tema {Theme!.Name}";
        if (Stored is null && Input.AssessmentId is not null)
        {
            // The assessment the form was opened on is gone; show what there is now.
            return await ShowConflictAsync(id, key, subject, ct);
        }

        if (Stored is not null && Input.AssessmentId != Stored.Id)
        {
            // Someone wrote the first assessment of this theme while this form was open.
            return await ShowConflictAsync(id, key, subject, ct);
        }

        if (!ModelState.IsValid)
        {
            // Too long (TextLimitAttribute): the message is at the field, the text as typed.
            await audit.RecordAsync(AuditAction.Read, id, subject + " (fejl i formular)", ct: ct);
            return Page();
        }

        var assessment = Stored;
        if (assessment is null)
        {
            assessment = new ThemeAssessment { PlanId = Plan.Id, ThemeKey = key };
            Db.ThemeAssessments.Add(assessment);
        }
        else
        {
            Db.Entry(assessment).Property(a => a.Version).OriginalValue = Input.Version;
        }

        assessment.Resources = FormText.Clean(Input.Resources);
        assessment.Challenges = FormText.Clean(Input.Challenges);
        assessment.SupportNeed = FormText.Clean(Input.SupportNeed);
        assessment.UpdatedBy = me.FullName;
        audit.Add(Stored is null ? AuditAction.Create : AuditAction.Update, id, subject);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, key, subject, ct);
        }
        catch (DbUpdateException) when (Stored is null)
        {
            // The unique (plan, theme) index: another first assessment won the race.
            return await ShowConflictAsync(id, key, subject, ct);
        }

        TempData["Success"] = "Temaet er gemt.";
        return Redirect(Routes.Citizen(id).PlanSection("tema-" + key));
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, string key, string subject, CancellationToken ct)
    {
        audit.DiscardUncommitted();
        Db.ChangeTracker.Clear();
        var planId = Plan!.Id;
        var stored = await Db.ThemeAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.PlanId == planId && a.ThemeKey == key, ct);
        Stored = stored;
        var theirs = AssessmentInput.From(stored);
        Conflict =
        [
            new(Theme!.ResourcesLabel, Input.Resources, theirs.Resources),
            new(Theme.ChallengesLabel, Input.Challenges, theirs.Challenges),
            new(Theme.SupportNeedLabel, Input.SupportNeed, theirs.SupportNeed),
        ];
        // Saving again is now a deliberate choice to replace the stored version with this form.
        Input.AssessmentId = stored?.Id;
        Input.Version = stored?.Version ?? 0;
        ModelState.Remove("Input.AssessmentId");
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, ConflictMessage);
        await audit.RecordAsync(AuditAction.Read, id, subject + " (konflikt)", ct: ct);
        return Page();
    }

    // The same opening as Tema/Evaluering's LoadAsync (citizen, plan, theme): each page then loads
    // different things for the theme, and a shared loader would have to know both pages.
    private async Task<IActionResult?> LoadAsync(Guid id, string key, CitizenRight right)
    {
        if (await LoadCitizenAsync(id, right, "plan", "Plan: tema (uden ret til at redigere)") is { } denied)
        {
            return denied;
        }

        Plan = await plans.FindAsync(id, HttpContext.RequestAborted);

        if (Plan is null)
        {
            return null;
        }

        // Only the themes of the plan's template are edited; assessments from an earlier template are read-only.
        Theme = Plan.TemplateVersion!.Themes.FirstOrDefault(t => t.Key == key);
        if (Theme is null)
        {
            return NotFound();
        }

        var planId = Plan.Id;
        Stored = await Db.ThemeAssessments.FirstOrDefaultAsync(a => a.PlanId == planId && a.ThemeKey == key, HttpContext.RequestAborted);
        return null;
    }

    }
