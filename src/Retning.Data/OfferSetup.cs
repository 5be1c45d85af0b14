using Microsoft.EntityFrameworkCore;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.Data;

/// <summary>
/// Gives every offer that lacks them the default templates, scale, methods and rules, and every
/// region without purpose categories the shipped list (docs/domain.md, "Purposes").
/// </summary>
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
        var withDiaryLists = (await db.DiaryCategories.Select(c => c.OfferId).Distinct().ToListAsync(ct)).ToHashSet();
        foreach (var offer in offers)
        {
            if (!withTemplates.Contains(offer.Id))
            {
                db.PlanTemplates.AddRange(OfferDefaults.Templates(offer, now));
            }

            if (!withScales.Contains(offer.Id))
            {
                db.IndicatorScales.Add(OfferDefaults.DefaultScale(offer, now));
            }

            if (!withMethods.Contains(offer.Id))
            {
                db.MethodCatalogue.AddRange(OfferDefaults.MethodCatalogue(offer));
            }

            if (!withDiaryLists.Contains(offer.Id))
            {
                db.DiaryCategories.AddRange(DiaryCategory.Defaults(offer.Id));
            }

            if (!withRules.Contains(offer.Id))
            {
                db.OfferPlanRules.Add(OfferDefaults.Rules(offer));
            }
        }

        var withPurposeCategories = (await db.PurposeCategories.Select(c => c.RegionId).Distinct().ToListAsync(ct)).ToHashSet();
        foreach (var regionId in await db.Regions.Select(r => r.Id).ToListAsync(ct))
        {
            if (!withPurposeCategories.Contains(regionId))
            {
                db.PurposeCategories.AddRange(PurposeCategory.Defaults(regionId));
            }
        }

        // Scales from before scale versions were kept get their first version, so every score can point at one.
        foreach (var scale in await db.IndicatorScales.Where(s => !s.Versions.Any()).ToListAsync(ct))
        {
            db.IndicatorScaleVersions.Add(new IndicatorScaleVersion
            {
                ScaleId = scale.Id, Number = scale.CurrentVersion, Name = scale.Name, Levels = [.. scale.Levels.Select(l => new ScaleLevel { Value = l.Value, Label = l.Label, Description = l.Description })], CreatedUtc = now, CreatedByName = "Retning",
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
