using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Plans;
using Retning.Web.Pages.Admin.Skabeloner;

namespace Retning.Web.Pages.Admin.Skalaer;

/// <summary>
/// A new indicator scale for an offer: a name and its levels, saved as version 1. The offer's
/// first scale becomes its default. Same access as the templates. No citizen data.
/// </summary>
[Authorize]
public sealed class NyModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<NyModel> logger) : PageModel, IScaleForm
{
    [BindProperty]
    public ScaleInput Input { get; set; } = new();

    /// <summary>The offer the scale is for.</summary>
    [BindProperty]
    public Guid? OfferId { get; set; }

    /// <summary>The offers the user may choose between; one offer means no choice.</summary>
    public IReadOnlyList<SelectListItem> OfferChoices { get; private set; } = [];

    public string? OnlyOfferName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? tilbud)
    {
        if (await LoadOffersAsync(tilbud) is { } denied)
        {
            return denied;
        }

        OfferId = tilbud ?? OfferId;
        Input.Padded();
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadOffersAsync(OfferId) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (OfferId is null)
        {
            ModelState.AddModelError(nameof(OfferId), "Vælg det tilbud, skalaen skal høre til.");
        }

        var others = OfferId is { } offerId
            ? await db.IndicatorScales.AsNoTracking().Where(s => s.OfferId == offerId).Select(s => s.Name).ToListAsync(ct)
            : [];
        var levels = Input.Validate(ModelState, others);
        if (levels is null || OfferId is null)
        {
            Input.Padded();
            return Page();
        }

        // An offer's first scale is its default, so there is always exactly one when there are any.
        var scale = new IndicatorScale { OfferId = OfferId.Value, Name = FormText.Clean(Input.Name)!, IsDefault = others.Count == 0 };
        var version = scale.NewVersion(levels, me.FullName, clock.GetUtcNow().UtcDateTime);
        db.IndicatorScales.Add(scale);
        db.IndicatorScaleVersions.Add(version);
        audit.Add(AuditAction.Create, null, AdminAudit.ScaleSubject, new AuditDetailBuilder().Key("tilbud", scale.OfferId).Fact("skala", scale.Name)
            .Fact("niveauer", levels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Change("standard", false, scale.IsDefault).ToString());
        await db.SaveChangesAsync(ct);
        logger.LogInformation("User {UserId} created scale {ScaleId} for offer {OfferId}", me.Id, scale.Id, scale.OfferId);
        TempData["Success"] = $"Skalaen er oprettet med {levels.Count} niveauer (version 1).";
        return Redirect(Routes.Admin.Scale(scale.Id));
    }

    /// <summary>403 for those who administer no offer or not the one named; 404 for an unknown offer.</summary>
    private async Task<IActionResult?> LoadOffersAsync(Guid? offerId)
    {
        if (!TemplateAccess.MayAdministerAny(me))
        {
            return Forbid();
        }

        var ct = HttpContext.RequestAborted;
        if (offerId is { } requested)
        {
            if (!await db.Offers.AnyAsync(o => o.Id == requested, ct))
            {
                return NotFound();
            }

            if (!TemplateAccess.MayAdminister(me, requested))
            {
                return Forbid();
            }
        }

        var query = TemplateAccess.AdministeredOffers(db, me);

        var offers = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        if (offers.Count == 1)
        {
            OnlyOfferName = offers[0].Name;
            OfferId ??= offers[0].Id;
        }

        OfferChoices = [new SelectListItem("Vælg tilbud", string.Empty), .. offers.Select(o => new SelectListItem(o.Name, o.Id.ToString()))];
        return null;
    }
}
