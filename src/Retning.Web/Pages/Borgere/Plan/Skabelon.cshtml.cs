using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>
/// Changing the plan's template: the move from the children's template (ICS) to the adults'
/// (VUM) from 3 months before the 18th birthday, or to a newer version of the plan's own
/// template. The page shows what carries over before the user confirms. Assessments are never
/// deleted: those without a matching theme stay, read-only, "from the earlier template".
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SkabelonModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    /// <summary>The citizen's plan, or null when none is made yet.</summary>
    public Plan? Plan { get; private set; }

    private const string Subject = "Plan: skabelon";

    public const string Adult = "voksen";
    public const string Newest = "nyeste";

    /// <summary>A template the plan may move to, with what would happen to its assessments.</summary>
    public sealed record Option(string Value, string Title, string TemplateName, TemplateVersion Version, TemplateTransitionReport Report);

    public sealed class ChangeInput
    {
        [TextLimit(TextLimits.Code)]
        public string? Target { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public string CurrentName { get; private set; } = string.Empty;
    public TemplateKind CurrentKind { get; private set; }
    public IReadOnlyList<Option> Options { get; private set; } = [];
    public int Age => AgeRules.AgeOn(Citizen.BirthDate, Today);
    public DateOnly AdultOn => AgeRules.AdultOn(Citizen.BirthDate);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, CitizenRight.Edit) is { } denied)
        {
            return denied;
        }

        Input.Version = Plan?.Version ?? 0;
        await audit.RecordAsync(AuditAction.Read, id, Plan is null ? Subject + " (ingen plan)" : Subject, ct: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, CitizenRight.Edit) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (Plan is null)
        {
            return NotFound();
        }

        var option = Options.FirstOrDefault(o => o.Value == Input.Target);
        if (option is null || Input.Version != Plan.Version)
        {
            // Someone changed the plan (or its template) since the page was shown: show the page as it is now.
            ModelState.AddModelError(string.Empty, option is null
                ? "Skabelonskiftet er ikke længere muligt. Siden viser planen, som den er nu."
                : "En anden har ændret planen, mens du så på siden. Intet er ændret. Se oversigten igen, og bekræft skiftet på ny.");
            Input.Version = Plan.Version;
            ModelState.Remove("Input.Version");
            await audit.RecordAsync(AuditAction.Read, id, Subject + " (konflikt)", ct: ct);
            return Page();
        }

        var from = $"{CurrentName} version {Plan.TemplateVersion!.Number}";
        Db.Entry(Plan).Property(p => p.Version).OriginalValue = Input.Version;
        // The assessments stay as they are: keys the new template shares show under its themes, the rest as "from the earlier template".
        Plan.TemplateVersionId = option.Version.Id;
        audit.Add(AuditAction.Update, id, Subject, $"fra {from} til {option.TemplateName} version {option.Version.Number}; " +
            $"overført: {option.Report.CarriedOver.Count}; fra tidligere skabelon: {option.Report.KeptFromEarlier.Count}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            Db.ChangeTracker.Clear();
            await LoadAsync(id, CitizenRight.Edit);
            ModelState.AddModelError(string.Empty, "En anden har ændret planen, mens du så på siden. Intet er ændret. Se oversigten igen, og bekræft skiftet på ny.");
            Input.Version = Plan!.Version;
            ModelState.Remove("Input.Version");
            await audit.RecordAsync(AuditAction.Read, id, Subject + " (konflikt)", ct: ct);
            return Page();
        }

        TempData["Success"] = $"Planen er flyttet til skabelonens version {option.Version.Number}. " +
            (option.Report.KeptFromEarlier.Count == 0 ? "Alle temaer er overført." : $"{option.Report.KeptFromEarlier.Count} tema(er) vises som \"Fra tidligere skabelon\".");
        return Redirect(Routes.Citizen(id).PlanSection("udredning"));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CitizenRight right)
    {
        if (await LoadCitizenAsync(id, right, "plan", Subject + " (uden ret til at redigere)") is { } denied)
        {
            return denied;
        }

        Plan = await plans.FindAsync(id, HttpContext.RequestAborted);

        if (Plan is null)
        {
            return null;
        }

        var ct = HttpContext.RequestAborted;
        var current = Plan.TemplateVersion!;
        var offerId = Citizen.Department!.OfferId;
        var templates = await Db.PlanTemplates.AsNoTracking().Include(t => t.Versions).Where(t => t.OfferId == offerId).ToListAsync(ct);
        var own = templates.First(t => t.Id == current.TemplateId);
        CurrentName = own.Name;
        CurrentKind = own.Kind;

        var planId = Plan.Id;
        var assessedKeys = await Db.ThemeAssessments.AsNoTracking().Where(a => a.PlanId == planId).Select(a => a.ThemeKey).ToListAsync(ct);
        var names = templates.SelectMany(t => t.Versions.OrderByDescending(v => v.Number)).SelectMany(v => v.Themes)
            .GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First().Name);

        var options = new List<Option>();
        if (TemplateTransition.OffersAdultTemplate(own.Kind, Citizen.BirthDate, Today)
            && templates.FirstOrDefault(t => t.Kind == TemplateKind.Vum) is { Versions.Count: > 0 } vum)
        {
            var target = vum.Current;
            options.Add(new Option(Adult, "Overgang til voksenskabelonen", vum.Name, target, TemplateTransition.Map(current.Themes, target.Themes, assessedKeys, names)));
        }

        if (own.Current.Number > current.Number)
        {
            var target = own.Current;
            options.Add(new Option(Newest, $"Nyeste version af {own.Name}", own.Name, target, TemplateTransition.Map(current.Themes, target.Themes, assessedKeys, names)));
        }

        Options = options;
        return null;
    }
}
