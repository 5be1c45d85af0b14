using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>
/// Professional approaches and methods: methods from the offer's catalogue or by name, each
/// with how it is practised for this citizen (add and remove), and a free text on approaches.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MetoderModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock), IPlanSectionPage<MetoderModel.ApproachesInput>
{
    private readonly PlanSections sections = new(db, audit, plans);

    public sealed class ApproachesInput : IPlanSectionInput
    {
        [TextLimit(PlanInputRules.MaxApproaches)]
        public string? ApproachesText { get; set; }
        public int Version { get; set; }
    }

    public sealed class MethodInput
    {
        [TextLimit(PlanInputRules.MaxMethodName)]
        public string? CatalogueName { get; set; }
        [TextLimit(PlanInputRules.MaxMethodName)]
        public string? FreeName { get; set; }
        [TextLimit(PlanInputRules.MaxMethodPractice)]
        public string? HowPractised { get; set; }
    }

    [BindProperty]
    public MethodInput Method { get; set; } = new();

    public IReadOnlyList<PlanMethod> Methods { get; private set; } = [];
    public IReadOnlyList<MethodCatalogueItem> Catalogue { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CatalogueItems =>
    [
        new("Vælg fra tilbuddets katalog", string.Empty),
        .. Catalogue.Select(m => new SelectListItem(m.Name, m.Name)),
    ];

    public PlanSection<ApproachesInput> Section { get; } = new("Plan: faglige tilgange og metoder", "metoder", "De faglige tilgange er gemt.",
        plan => new() { ApproachesText = plan.ApproachesText, Version = plan.Version },
        (input, plan) => plan.ApproachesText = FormText.Clean(input.ApproachesText),
        input => [("Faglige tilgange", input.ApproachesText)]);

    [BindProperty]
    public ApproachesInput Input { get; set; } = new();

    public Plan? Plan { get; set; }

    public IReadOnlyList<ConflictRow>? Conflict { get; set; }

    // Every section page has these two handlers alike (a reason for the repeat): the right stands in the
    // handler's first line, and the flow itself is PlanSections' (docs/architecture.md, "Page models").
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.ShowAsync(this, this, id, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.SaveAsync(this, this, id, _ => [], HttpContext.RequestAborted);

    public async Task LoadExtrasAsync(CancellationToken ct)
    {
        if (Plan is null)
        {
            return;
        }

        var planId = Plan.Id;
        Methods = await Db.PlanMethods.AsNoTracking().Where(m => m.PlanId == planId).OrderBy(m => m.Name).ToListAsync(ct);
        var offerId = Citizen.Department!.OfferId;
        Catalogue = await Db.MethodCatalogue.AsNoTracking().Where(m => m.OfferId == offerId).OrderBy(m => m.Name).ToListAsync(ct);
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAddMethodAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null)
        {
            return NotFound();
        }

        await LoadExtrasAsync(ct);
        Input = Section.From(Plan);
        var (name, errors) = CheckMethod();
        ModelState.AddFieldErrors(errors, nameof(Method));
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, Section.Subject + " (fejl i formular)", ct: ct);
            return Page();
        }

        Db.PlanMethods.Add(new PlanMethod { PlanId = Plan.Id, Name = name!, HowPractised = FormText.Clean(Method.HowPractised) });
        audit.Add(AuditAction.Create, id, "Plan: metode", name);
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = "Tilgangen er tilføjet.";
        return Redirect(Routes.Citizen(id).PlanMethods);
    }

    public async Task<IActionResult> OnPostRemoveMethodAsync(Guid id, Guid methodId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Plan = await plans.FindAsync(id, ct);
        var method = Plan is null ? null : await Db.PlanMethods.FirstOrDefaultAsync(m => m.Id == methodId && m.PlanId == Plan.Id, ct);
        if (method is null)
        {
            return NotFound();
        }

        Db.PlanMethods.Remove(method);
        audit.Add(AuditAction.Delete, id, "Plan: metode", method.Name);
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = "Tilgangen er fjernet.";
        return Redirect(Routes.Citizen(id).PlanMethods);
    }

    /// <summary>Exactly one name (from the catalogue or typed), not chosen already, and how it is practised; the name when it is fine.</summary>
    private (string? Name, IReadOnlyList<FieldError> Errors) CheckMethod()
    {
        var fromCatalogue = FormText.Clean(Method.CatalogueName);
        var typed = FormText.Clean(Method.FreeName);
        var errors = new List<FieldError>();
        string? name = null;
        if (fromCatalogue is not null && typed is not null)
        {
            errors.Add(new(nameof(MethodInput.FreeName), "Vælg en metode fra kataloget eller skriv et navn – ikke begge."));
        }
        else if (fromCatalogue is null && typed is null)
        {
            errors.Add(new(nameof(MethodInput.CatalogueName), "Vælg en metode fra tilbuddets katalog, eller skriv navnet på en anden metode."));
        }
        else if (fromCatalogue is not null && Catalogue.All(m => m.Name != fromCatalogue))
        {
            errors.Add(new(nameof(MethodInput.CatalogueName), "Metoden findes ikke i tilbuddets katalog."));
        }
        else
        {
            name = fromCatalogue ?? typed;
            if (Methods.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new(fromCatalogue is null ? nameof(MethodInput.FreeName) : nameof(MethodInput.CatalogueName), "Metoden er allerede valgt for borgeren."));
            }
        }

        if (string.IsNullOrWhiteSpace(Method.HowPractised))
        {
            errors.Add(new(nameof(MethodInput.HowPractised), "Beskriv, hvordan metoden praktiseres for borgeren."));
        }

        return (name, errors);
    }
}
