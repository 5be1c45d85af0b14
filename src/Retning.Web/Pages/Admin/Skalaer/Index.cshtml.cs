using Retning.Web.Pages.Admin.Skabeloner;

namespace Retning.Web.Pages.Admin.Skalaer;

/// <summary>
/// The indicator scales of the offers the user may administer (an administrator: every offer; a
/// Tilbudsleder: the own; 403 for everyone else), and the choice of each offer's default scale.
/// No citizen data.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, ILogger<IndexModel> logger) : PageModel
{
    public IReadOnlyList<OfferGroup> Offers { get; private set; } = [];

    public sealed record OfferGroup(Guid Id, string Name, IReadOnlyList<Row> Scales);

    public sealed record Row(Guid Id, string Name, int Levels, int CurrentVersion, bool IsDefault);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!TemplateAccess.MayAdministerAny(me))
        {
            return Forbid();
        }

        var ct = HttpContext.RequestAborted;
        var query = TemplateAccess.AdministeredOffers(db, me);

        var offers = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var offerIds = offers.Select(o => o.Id).ToList();
        var scales = await db.IndicatorScales.AsNoTracking().Where(s => offerIds.Contains(s.OfferId)).ToListAsync(ct);
        Offers = [.. offers.Select(o => new OfferGroup(o.Id, o.Name, [.. scales
            .Where(s => s.OfferId == o.Id)
            .OrderByDescending(s => s.IsDefault).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.Levels.Count, s.CurrentVersion, s.IsDefault))]))];
        return Page();
    }

    /// <summary>Makes a scale its offer's default: new sub-goals are offered it first.</summary>
    public async Task<IActionResult> OnPostStandardAsync(Guid scaleId)
    {
        var ct = HttpContext.RequestAborted;
        var scale = await db.IndicatorScales.AsNoTracking().Where(s => s.Id == scaleId)
            .Select(s => new { s.Id, s.OfferId, s.Name }).FirstOrDefaultAsync(ct);
        if (scale is null)
        {
            return NotFound();
        }

        if (!TemplateAccess.MayAdminister(me, scale.OfferId))
        {
            return Forbid();
        }

        // One statement for the whole offer, so two admins choosing at once still leave exactly one default.
        // The scales' Version is left alone: it guards the levels form, which this does not touch.
        var before = await db.IndicatorScales.AsNoTracking().Where(s => s.OfferId == scale.OfferId && s.IsDefault).Select(s => s.Name).FirstOrDefaultAsync(ct);
        await AdminAudit.InTransactionAsync(db, audit, async () =>
        {
            await db.IndicatorScales.Where(s => s.OfferId == scale.OfferId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.IsDefault, s => s.Id == scaleId), ct);
            return true;
        }, AuditAction.Update, AdminAudit.ScaleSubject,
            () => new AuditDetailBuilder().Key("tilbud", scale.OfferId).Change("standardskala", before, scale.Name).ToString(), ct);
        logger.LogInformation("User {UserId} made scale {ScaleId} the default of offer {OfferId}", me.Id, scaleId, scale.OfferId);
        TempData["Success"] = $"Skalaen er nu tilbuddets standardskala. Den står først og er markeret som standard, når et delmål får en indikator.";
        return Redirect($"{Routes.Admin.Scales}#tilbud-{scale.OfferId}");
    }
}
