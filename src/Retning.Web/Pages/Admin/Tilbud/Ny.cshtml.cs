using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Organisation;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Admin.Tilbud;

/// <summary>Creating an offer in an existing region (or, while there is none, in a new one).</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NyModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<NyModel> logger) : PageModel
{
    [BindProperty]
    public OfferInput Input { get; set; } = new();

    /// <summary>Empty when no region exists yet: the form then asks for a new region's name.</summary>
    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Regions = await AdminOptions.RegionsAsync(db, HttpContext.RequestAborted);
        if (Regions.Count == 2)
        {
            // One region: preselect it.
            Input.RegionId = Guid.Parse(Regions[1].Value);
        }
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        Regions = await AdminOptions.RegionsAsync(db, ct);
        Region? newRegion = null;
        if (Regions.Count == 0)
        {
            if (FormText.Clean(Input.NewRegionName) is { } regionName)
            {
                newRegion = new Region { Name = regionName };
            }
            else
            {
                ModelState.AddModelError("Input.NewRegionName", "Skriv navnet på regionen eller ejeren.");
            }
        }
        else if (Input.RegionId is not { } regionId || !await db.Regions.AnyAsync(r => r.Id == regionId, ct))
        {
            ModelState.AddModelError("Input.RegionId", "Vælg en region eller ejer.");
        }

        if (Input.LegalBasis is not null && !AdminOptions.IsKnownLegalBasis(Input.LegalBasis))
        {
            ModelState.AddModelError("Input.LegalBasis", "Vælg et lovgrundlag fra listen.");
        }

        ModelState.AddFieldErrors(ModelState.NotYetShown(Input.CheckContact()));

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var offer = new Offer { Name = string.Empty, LegalBasis = string.Empty, RegionId = newRegion?.Id ?? Input.RegionId!.Value };
        Input.ApplyTo(offer);
        if (newRegion is not null)
        {
            db.Regions.Add(newRegion);
        }

        db.Offers.Add(offer);
        // The offer, its defaults and the audit row commit together.
        await AdminAudit.InTransactionAsync(db, audit, async () =>
        {
            await db.SaveChangesAsync(ct);
            // A new offer starts with the shipped templates, scale, methods and rules.
            await OfferSetup.EnsureDefaultsAsync(db, clock, ct);
            return true;
        }, AuditAction.Create, AdminAudit.OfferSubject, () => new AuditDetailBuilder().Key("tilbud", offer.Id).Fact("navn", offer.Name)
            .Fact("lovgrundlag", offer.LegalBasis).Fact("område", offer.Area.Danish()).Fact("ny region", newRegion?.Name).ToString(), ct);
        logger.LogInformation("Administrator {AdminId} created offer {OfferId}", me.Id, offer.Id);

        TempData["Success"] = "Tilbuddet er oprettet. Tilføj nu dets afdelinger.";
        return Redirect(Routes.Admin.Offer(offer.Id));
    }
}
