using Microsoft.EntityFrameworkCore;
using Retning.Domain.Plans;

namespace Retning.Data;

/// <summary>Gives every offer that lacks them the default templates, scale, methods and rules.</summary>
public static class OfferSetup
{
    public static async Task EnsureDefaultsAsync(AppDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var offers = await db.Offers.ToListAsync(ct);
        var withTemplates = (await db.PlanTemplates.Select(t => t.OfferId).Distinct().ToListAsync(ct)).ToHashSet();
        var withScales = (await db.IndicatorScales.Select(s => s.OfferId).Distinct().ToListAsync(ct)).ToHashSet();
        var withMethods = (await db.MethodCatalogue.Select(m => m.OfferId).Distinct().ToListAsync(ct)).ToHashSet();
        var withRules = (await db.OfferPlanRules.Select(r => r.OfferId).ToListAsync(ct)).ToHashSet();
        foreach (var offer in offers)
        {
            if (!withTemplates.Contains(offer.Id))
            {
                db.PlanTemplates.AddRange(OfferDefaults.Templates(offer, now));
            }

            if (!withScales.Contains(offer.Id))
            {
                db.IndicatorScales.Add(OfferDefaults.DefaultScale(offer));
            }

            if (!withMethods.Contains(offer.Id))
            {
                db.MethodCatalogue.AddRange(OfferDefaults.MethodCatalogue(offer));
            }

            if (!withRules.Contains(offer.Id))
            {
                db.OfferPlanRules.Add(OfferDefaults.Rules(offer));
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
