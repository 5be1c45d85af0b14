using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin.Skabeloner;

/// <summary>
/// The plan templates (ICS, VUM, FFB) of the offers the user may administer: every offer for an
/// administrator, the own offer(s) for a Tilbudsleder; 403 for everyone else. No citizen data.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, CurrentUser me) : PageModel
{
    public IReadOnlyList<OfferGroup> Offers { get; private set; } = [];

    public sealed record OfferGroup(Guid Id, string Name, Area Area, IReadOnlyList<Row> Templates);

    public sealed record Row(Guid Id, string Name, TemplateKind Kind, int VersionNumber, int Themes, DateTime ChangedUtc, string? ChangedBy);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!TemplateAccess.MayAdministerAny(me))
        {
            return Forbid();
        }

        var ct = HttpContext.RequestAborted;
        var query = TemplateAccess.AdministeredOffers(db, me);

        var offers = await query
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name, o.Area })
            .ToListAsync(ct);
        var offerIds = offers.Select(o => o.Id).ToList();
        var templates = await db.PlanTemplates.AsNoTracking().Include(t => t.Versions)
            .Where(t => offerIds.Contains(t.OfferId))
            .ToListAsync(ct);
        Offers = [.. offers.Select(o => new OfferGroup(o.Id, o.Name, o.Area, [.. templates
            .Where(t => t.OfferId == o.Id && t.Versions.Count > 0)
            .OrderBy(t => t.Kind)
            .Select(t =>
            {
                var current = t.Current;
                return new Row(t.Id, t.Name, t.Kind, current.Number, current.Themes.Count, current.CreatedUtc, current.CreatedBy);
            })]))];
        return Page();
    }
}
