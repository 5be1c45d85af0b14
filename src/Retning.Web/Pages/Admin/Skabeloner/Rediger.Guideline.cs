using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Quality;

namespace Retning.Web.Pages.Admin.Skabeloner;

/// <summary>
/// Indicator 2 of standard 1.3: the template names the guideline it implements, chosen among the region's guidelines
/// that cover the plan template (docs/domain.md, "Quality monitoring"); the guideline's page lists the templates.
/// </summary>
public sealed partial class RedigerModel
{
    /// <summary>The region's guidelines covering indicator 2, with "none" first.</summary>
    public IReadOnlyList<SelectListItem> GuidelineItems { get; private set; } = [];

    /// <summary>Saves the guideline the template implements, under the template's concurrency version.</summary>
    public async Task<IActionResult> OnPostRetningslinjeAsync(Guid id, Guid? guidelineId, int templateVersion)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Input = TemplateInput.From(Template, Current);
        if (guidelineId is { } chosen && GuidelineItems.All(i => i.Value != chosen.ToString()))
        {
            ModelState.AddModelError("guidelineId", "Vælg en af regionens retningslinjer for skabelonen (indikator 2), eller ingen.");
            return Page();
        }

        if (templateVersion != Template.Version)
        {
            ModelState.AddModelError("guidelineId", "En anden har ændret skabelonen, mens du havde den åben. Se valget herunder, og gem igen.");
            return Page();
        }

        audit.Add(AuditAction.Update, null, AdminAudit.TemplateSubject, new AuditDetailBuilder().Key("tilbud", Template.OfferId)
            .Fact("skabelon", Template.Name).Change("retningslinje", Template.GuidelineId?.ToString() ?? "ingen", guidelineId?.ToString() ?? "ingen").ToString());
        Template.GuidelineId = guidelineId;
        db.Entry(Template).Property(t => t.Version).OriginalValue = templateVersion;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            TempData["Notice"] = "En anden har ændret skabelonen samtidig. Intet er gemt; vælg retningslinjen igen.";
            return Redirect(Routes.Admin.Template(id));
        }

        TempData["Success"] = guidelineId is null ? "Skabelonen henviser ikke længere til en retningslinje." : "Skabelonens retningslinje er gemt.";
        return Redirect(Routes.Admin.Template(id));
    }

    private async Task LoadGuidelinesAsync(CancellationToken ct)
    {
        var regionId = await db.Offers.Where(o => o.Id == Template.OfferId).Select(o => o.RegionId).FirstAsync(ct);
        var guidelines = await db.Guidelines.AsNoTracking().Where(g => g.RegionId == regionId).OrderBy(g => g.Title)
            .Select(g => new { g.Id, g.Title, g.Indicators }).ToListAsync(ct);
        GuidelineItems =
        [
            new("Ingen", string.Empty, Template.GuidelineId is null),
            .. guidelines.Where(g => g.Indicators.HasFlag(GuidelineIndicators.PlanTemplate))
                .Select(g => new SelectListItem(g.Title, g.Id.ToString(), g.Id == Template.GuidelineId)),
        ];
    }
}
